package io.github.ot4j.solver;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.problem.BarycenterProblem;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** POT 0.8.2's {@code ot.bregman.barycenter} golden cases (1-D Gaussian histograms on 50 bins). */
class BarycenterGoldenTest {

    static BarycenterProblem problem(Golden g) {
        double[][] a = g.inputMatrix("A");
        int n = a.length;
        int count = a[0].length;
        double[][] histograms = new double[count][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < count; k++) {
                histograms[k][i] = a[i][k];
            }
        }
        return BarycenterProblem.of(Geometry.dense(g.inputMatrix("M")), histograms, g.inputVector("weights"));
    }

    private static BarycenterOptions mirror(Golden g) {
        return BarycenterOptions.potCompatible(g.param("reg")).withTolerance(g.param("stopThr"))
                .withMaxIterations((int) g.param("numItermax"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"barycenter_1d_reg1e-3_w0.5", "barycenter_1d_reg1e-2_w0.2_0.8",
        "barycenter_1d_reg1e-3_w0.5_default_stopThr"})
    void mirrorsPotIterationAndStoppingRule(String name) {
        Golden g = Golden.load(name);
        BarycenterResult r = new WassersteinBarycenter(mirror(g)).solve(problem(g));
        assertEquals(StopReason.CONVERGED, r.convergence().reason(), r.convergence().toString());
        assertEquals((int) g.outputScalar("niter") + 1, r.convergence().iterations(), "POT's niter is the 0-based last index");
        double[] history = g.outputVector("err_history");
        double[] trace = r.convergence().errorTrace();
        assertEquals(history.length, trace.length);
        for (int k = 0; k < history.length; k++) {
            assertEquals(history[k], trace[k], 1e-8 * history[k] + 1e-15, "error check " + k);
        }
        g.assertVector("barycenter", r.barycenter());
    }

    @Test
    void defaultStopThresholdIsPotsLooseOne() {
        Golden g = Golden.load("barycenter_1d_reg1e-3_w0.5_default_stopThr");
        assertEquals(g.param("stopThr"), BarycenterOptions.potCompatible(1e-3).tolerance());
        BarycenterResult r = new WassersteinBarycenter(BarycenterOptions.potCompatible(g.param("reg")))
                .solve(problem(g));
        g.assertVector("barycenter", r.barycenter());
        assertEquals(202, r.convergence().iterations());
    }

    @Test
    void withUniformWeightsTheLogDomainAndDefaultsReachTheConvergedReference() {
        Golden g = Golden.load("barycenter_1d_reg1e-3_w0.5");
        BarycenterProblem p = problem(g);
        BarycenterResult log = new WassersteinBarycenter(mirror(g).withDomain(Domain.LOG)).solve(p);
        assertEquals(StopReason.CONVERGED, log.convergence().reason());
        assertEquals(Domain.LOG, log.domain());
        g.assertVector("barycenter", log.barycenter());
        BarycenterResult fast = new WassersteinBarycenter(BarycenterOptions.epsilon(g.param("reg"))).solve(p);
        assertEquals(StopReason.CONVERGED, fast.convergence().reason());
        g.assertVector("barycenter", fast.barycenter());
        double mass = 0;
        for (double v : fast.barycenter()) {
            mass += v;
        }
        assertEquals(1.0, mass, 1e-6);
        assertArrayEquals(p.histogram(0), fast.problem().histogram(0));
    }

    /**
     * POT's kernel-domain start is only right for uniform weights: with weights 0.2/0.8 its
     * barycenter (the golden output) differs from the log-domain one, and ot4j's weighted start
     * makes the kernel domain agree with the log domain instead.
     */
    @Test
    void weightedStartMakesKernelAndLogDomainsAgreeForNonUniformWeights() {
        Golden g = Golden.load("barycenter_1d_reg1e-2_w0.2_0.8");
        BarycenterProblem p = problem(g);
        BarycenterOptions o = BarycenterOptions.epsilon(g.param("reg")).withTolerance(1e-12);
        double[] kernel = new WassersteinBarycenter(o.withDomain(Domain.KERNEL)).solve(p).requireConverged().barycenter();
        double[] log = new WassersteinBarycenter(o.withDomain(Domain.LOG)).solve(p).requireConverged().barycenter();
        double[] pot = g.outputVector("barycenter");
        double worst = 0;
        for (int j = 0; j < kernel.length; j++) {
            assertEquals(log[j], kernel[j], 1e-7 * log[j] + 1e-15, "bin " + j);
            worst = Math.max(worst, Math.abs(pot[j] - log[j]) / log[j]);
        }
        org.junit.jupiter.api.Assertions.assertTrue(worst > 0.5, "POT's start gives another histogram: " + worst);
    }
}
