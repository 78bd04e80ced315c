package io.github.ot4j;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.ExactResult;
import io.github.ot4j.solver.NetworkSimplex;
import io.github.ot4j.solver.NetworkSimplexOptions;
import io.github.ot4j.solver.OneDimensional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exact-OT shortcuts of {@link OT} and their input checks. */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OTEmdTest {

    private static final double[][] COST = {{0, 1, 2}, {1, 0, 1}};
    private static final double[] A = {0.5, 0.5};
    private static final double[] B = {0.25, 0.5, 0.25};

    @Test
    void shortcutsAgree() {
        ExactResult r = OT.emd(A, B, COST);
        assertTrue(r.isConverged());
        assertEquals(0.25 * 1 + 0.25 * 1, r.cost(), 1e-15, "each side sends a quarter one step");
        assertEquals(r.cost(), OT.emd2(A, B, COST));
        assertEquals(2, r.plan().rows());
        assertEquals(3, r.plan().cols());

        Random rnd = new Random(9);
        double[][] x = new double[12][3];
        double[][] y = new double[9][3];
        for (double[] p : x) {
            p[0] = rnd.nextGaussian();
            p[1] = rnd.nextGaussian();
            p[2] = rnd.nextGaussian();
        }
        for (double[] p : y) {
            p[0] = rnd.nextGaussian();
            p[1] = rnd.nextGaussian();
            p[2] = rnd.nextGaussian();
        }
        ExactResult cloud = OT.emd(x, y);
        double[][] cost = CostFunction.squaredEuclidean().pairwise(Matrix.of(x), Matrix.of(y)).toArray();
        assertEquals(OT.emd(null, null, cost).cost(), cloud.cost(), 1e-12 * cloud.cost());
        ExactResult weighted = OT.emd(null, null, Matrix.of(x), Matrix.of(y), CostFunction.euclidean());
        assertTrue(weighted.isConverged());

        double[] u = {0, 1, 3};
        double[] v = {2, 0.5};
        assertEquals(OneDimensional.solve(u, v, null, null, CostFunction.squaredEuclidean()).cost(),
                OT.emd1d(u, v, null, null, CostFunction.squaredEuclidean()).cost());
        assertEquals(Math.sqrt(OneDimensional.wassersteinPower(u, v, null, null, 2)), OT.wasserstein1d(u, v, null, null, 2),
                1e-15);
    }

    @Test
    void rejectsBadWeights() {
        assertMessage(() -> OT.emd(new double[] {0.5, Double.NaN}, B, COST), "a[1] is NaN");
        assertMessage(() -> OT.emd(A, new double[] {0.25, Double.POSITIVE_INFINITY, 0.25}, COST), "b[1] is Infinity");
        assertMessage(() -> OT.emd(new double[] {-0.5, 1.5}, B, COST), "a[0] is negative", "-0.5");
        assertMessage(() -> OT.emd(new double[] {0, 0}, B, COST), "a has zero total mass");
        assertMessage(() -> OT.emd(new double[] {1.0}, B, COST), "a has 1 entries but the cost has 2 rows");
        assertMessage(() -> OT.emd(A, new double[] {0.5, 0.5}, COST), "b has 2 entries but the cost has 3 columns");
        assertMessage(() -> OT.emd(A, new double[] {0.25, 0.5, 0.5}, COST), "a has total mass 1.0 but b has 1.25");
    }

    @Test
    void rejectsBadCosts() {
        assertMessage(() -> OT.emd(A, B, new double[][] {{0, Double.NaN, 2}, {1, 0, 1}}), "cost[0][1] is NaN");
        assertMessage(() -> OT.emd(A, B, new double[][] {{0, 1, 2}, {1, Double.NEGATIVE_INFINITY, 1}}),
                "cost[1][1] is -Infinity");
        assertMessage(() -> OT.emd(A, B, new double[0][]), "cost");
        assertMessage(() -> OT.emd(A, B, (double[][]) null), "cost must not be null");
        assertMessage(() -> OT.emd(A, B, new double[][] {{0, 1, 2}, {1, 0}}), "cost");
        assertMessage(() -> OT.emd(A, B, new double[][] {{0, 1, 2}, {1, -1e308, 1e308}}), "costs range from -1.0E308 to 1.0E308");
        CostFunction broken = CostFunction.of("broken", (p, q) -> p[0] > 0 ? Double.NaN : 1.0);
        assertMessage(() -> OT.emd(null, null, Matrix.of(new double[][] {{-1}, {1}}), Matrix.of(new double[][] {{0}}), broken),
                "cost[1][0] is NaN");
    }

    @Test
    void rejectsUnbalancedProblemsAndBadOptions() {
        LinearProblem relaxed = LinearProblem.of(Geometry.dense(COST), A, B).withRelaxation(0.9, 1);
        assertMessage(() -> new NetworkSimplex().solve(relaxed), "balanced problems only", "tauA=0.9");
        assertMessage(() -> new NetworkSimplex().solve(null), "problem must not be null");
        assertMessage(() -> new NetworkSimplex(null), "options must not be null");
        assertMessage(() -> NetworkSimplexOptions.defaults().withMaxIterations(0), "maxIterations must be >= 1, got 0");
        assertMessage(() -> NetworkSimplexOptions.defaults().withMassTolerance(-1e-3), "massTolerance", "-0.001");
        assertMessage(() -> NetworkSimplexOptions.defaults().withMassTolerance(Double.NaN), "massTolerance", "NaN");

        double[] b = {0.25, 0.5, 0.25 + 1e-9};
        ExactResult lenient = OT.emd(A, b, COST);
        assertTrue(lenient.isConverged(), "within the default mass tolerance");
        NetworkSimplex strict = new NetworkSimplex(NetworkSimplexOptions.defaults().withMassTolerance(1e-12));
        assertMessage(() -> strict.solve(LinearProblem.of(Geometry.dense(COST), A, b)), "exceeds the mass tolerance 1.0E-12");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "message '" + e.getMessage() + "' should contain '" + f + "'");
        }
    }
}
