package io.github.ot4j.solver;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.QuadraticProblem;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.testing.Golden;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POT 0.8.2's {@code entropic_gromov_wasserstein} golden case, mirrored and with ot4j's defaults. */
class EntropicGromovGoldenTest {

    private static final String CASE = "entropic_gromov_wasserstein_square_loss";

    private static QuadraticProblem problem(Golden g) {
        return QuadraticProblem.of(Matrix.of(g.inputMatrix("C1")), Matrix.of(g.inputMatrix("C2")), g.inputVector("p"),
                g.inputVector("q"));
    }

    @Test
    void potCompatibleOptionsMirrorTheReference() {
        Golden g = Golden.load(CASE);
        EntropicGromovOptions o = EntropicGromovOptions.potCompatible(g.param("epsilon"))
                .withMaxIterations((int) g.param("max_iter")).withTolerance(g.param("tol"));
        GromovWassersteinResult r = new EntropicGromovWasserstein(o).solve(problem(g));
        assertEquals(StopReason.CONVERGED, r.convergence().reason(), r.convergence().toString());
        double[] history = g.outputVector("err_history");
        double[] trace = r.convergence().errorTrace();
        assertEquals(history.length, trace.length, "same number of outer error checks");
        for (int k = 0; k < history.length; k++) {
            assertEquals(history[k], trace[k], 1e-6 * history[k] + 1e-14, "outer error check " + k);
        }
        g.assertMatrix("plan", r.plan().toArray());
        g.assertScalar("gw_dist", r.value());
        g.assertScalar("entropic_gw2", r.structureCost());
    }

    @Test
    void fastDefaultsReachTheSameCoupling() {
        Golden g = Golden.load(CASE);
        GromovWassersteinResult r = new EntropicGromovWasserstein(EntropicGromovOptions.epsilon(g.param("epsilon")))
                .solve(problem(g));
        assertEquals(StopReason.CONVERGED, r.convergence().reason(), r.convergence().toString());
        g.assertMatrix("plan", r.plan().toArray());
        g.assertScalar("gw_dist", r.value());
        int cold = 0;
        GromovWassersteinResult mirror = new EntropicGromovWasserstein(EntropicGromovOptions.potCompatible(g.param("epsilon")))
                .solve(problem(g));
        for (int k : mirror.innerIterations()) {
            cold += k;
        }
        int warm = 0;
        for (int k : r.innerIterations()) {
            warm += k;
        }
        assertTrue(warm < cold, "warm starts need fewer Sinkhorn iterations: " + warm + " vs " + cold);
    }
}
