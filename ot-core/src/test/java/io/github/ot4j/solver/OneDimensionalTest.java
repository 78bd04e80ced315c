package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exact 1-D OT: POT golden case, agreement with the network simplex, and the quantile formula. */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OneDimensionalTest {

    /** Relative tolerance between the sorted solution and the network simplex on the same problem. */
    private static final double COST_RTOL = 1e-12;

    @Test
    void matchesPotEmd1dAndWasserstein1d() {
        Golden g = Golden.load("emd_1d_n15_m20");
        double[] xa = g.inputVector("xa");
        double[] xb = g.inputVector("xb");
        double[] a = g.inputVector("a");
        double[] b = g.inputVector("b");

        ExactResult squared = OneDimensional.solve(xa, xb, a, b, CostFunction.squaredEuclidean());
        g.assertMatrix("plan_sqeuclidean", squared.plan().toArray());
        g.assertScalar("cost_sqeuclidean", squared.cost());
        ExactChecks.assertOptimal(squared);

        ExactResult abs = OneDimensional.solve(xa, xb, a, b, OneDimensional.power(1));
        g.assertMatrix("plan_abs", abs.plan().toArray());
        g.assertScalar("cost_abs", abs.cost());
        ExactChecks.assertOptimal(abs);
        assertEquals(abs.cost(), OneDimensional.solve(xa, xb, a, b, CostFunction.euclidean()).cost(), 1e-15);

        g.assertScalar("wasserstein_1d_p1", OneDimensional.wassersteinPower(xa, xb, a, b, 1));
        g.assertScalar("wasserstein_1d_p2", OneDimensional.wassersteinPower(xa, xb, a, b, 2));
    }

    private static double[] randomPositions(Random rnd, int n, double scale, boolean withDuplicates) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = withDuplicates && i > 0 && rnd.nextInt(4) == 0 ? x[rnd.nextInt(i)] : scale * rnd.nextGaussian();
        }
        return x;
    }

    private static double[] weightsWithZeros(Random rnd, int n) {
        double[] w = NetworkSimplexTest.randomWeights(rnd, n);
        for (int i = 0; i < n; i += 5) {
            w[i] = 0;
        }
        double s = ExactChecks.sum(w);
        for (int i = 0; i < n; i++) {
            w[i] /= s;
        }
        return w;
    }

    /** The sorted solution is optimal: same cost as the network simplex, and its duals certify it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"p=1", "p=1.5", "p=2", "p=3", "cosh"})
    void agreesWithNetworkSimplexForConvexCosts(String which) {
        CostFunction cost = which.equals("cosh")
                ? CostFunction.of("cosh(x-y)", (x, y) -> Math.cosh(x[0] - y[0]))
                : OneDimensional.power(Double.parseDouble(which.substring(2)));
        Random rnd = new Random(which.hashCode());
        for (int trial = 0; trial < 3; trial++) {
            int n = 5 + rnd.nextInt(30);
            int m = 5 + rnd.nextInt(30);
            double[] x = randomPositions(rnd, n, 1, trial > 0);
            double[] y = randomPositions(rnd, m, 1.5, trial > 0);
            double[] a = trial == 2 ? weightsWithZeros(rnd, n) : NetworkSimplexTest.randomWeights(rnd, n);
            double[] b = trial == 2 ? weightsWithZeros(rnd, m) : NetworkSimplexTest.randomWeights(rnd, m);
            ExactResult sorted = OneDimensional.solve(x, y, a, b, cost);
            ExactChecks.assertOptimal(sorted);
            ExactResult simplex = new NetworkSimplex().solve(
                    LinearProblem.of(Geometry.pointCloud(Matrix.column(x), Matrix.column(y), cost), a, b));
            assertEquals(simplex.cost(), sorted.cost(), COST_RTOL * Math.abs(simplex.cost()), which + " trial " + trial);
        }
    }

    @ParameterizedTest(name = "p = {0}")
    @ValueSource(doubles = {1, 1.5, 2, 4})
    void quantileFormulaEqualsTheCostOfTheMonotonePlan(double p) {
        Random rnd = new Random(Double.hashCode(p));
        double[] x = randomPositions(rnd, 23, 1, true);
        double[] y = randomPositions(rnd, 17, 2, true);
        double[] a = weightsWithZeros(rnd, 23);
        double[] b = NetworkSimplexTest.randomWeights(rnd, 17);
        double plan = OneDimensional.solve(x, y, a, b, OneDimensional.power(p)).cost();
        double quantile = OneDimensional.wassersteinPower(x, y, a, b, p);
        assertEquals(plan, quantile, COST_RTOL * plan);
        assertEquals(Math.pow(quantile, 1 / p), OneDimensional.wasserstein(x, y, a, b, p), 1e-14);
    }

    @Test
    void translationAndIdentity() {
        Random rnd = new Random(3);
        double[] x = randomPositions(rnd, 40, 1, false);
        double[] shifted = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            shifted[i] = x[i] + 0.75;
        }
        for (double p : new double[] {1, 2, 3}) {
            assertEquals(0.75, OneDimensional.wasserstein(x, shifted, null, null, p), 1e-12, "W_p of a translation");
            assertEquals(0.0, OneDimensional.wasserstein(x, x, null, null, p), 0.0, "W_p(x, x)");
        }
        ExactResult self = OneDimensional.solve(x, x, null, null, CostFunction.squaredEuclidean());
        assertEquals(0.0, self.cost());
        assertEquals(x.length, self.plan().nonZeros());
    }

    @Test
    void singlePointsAndUnsortedInputKeepTheCallersOrder() {
        ExactResult one = OneDimensional.solve(new double[] {2}, new double[] {-1, 5, 0}, null, new double[] {0.2, 0.3, 0.5},
                CostFunction.squaredEuclidean());
        assertArrayEquals(new double[] {0.2, 0.3, 0.5}, one.plan().toArray()[0], 1e-15);
        assertEquals(0.2 * 9 + 0.3 * 9 + 0.5 * 4, one.cost(), 1e-14);

        ExactResult swap = OneDimensional.solve(new double[] {1, 0}, new double[] {10, 9}, null, null, OneDimensional.power(2));
        assertEquals(0.5, swap.plan().get(0, 0), "largest source goes to the largest target");
        assertEquals(0.5, swap.plan().get(1, 1));
        assertEquals(0.0, swap.plan().get(0, 1));
        ExactChecks.assertOptimal(swap);
    }

    @Test
    void rejectsBadInput() {
        double[] x = {0, 1};
        double[] y = {0.5, 2};
        assertMessage(() -> OneDimensional.wassersteinPower(x, y, null, null, 0.5), "p must be >= 1", "0.5");
        assertMessage(() -> OneDimensional.wasserstein(x, y, null, null, Double.NaN), "p must be >= 1", "NaN");
        assertMessage(() -> OneDimensional.power(0), "p must be >= 1", "0.0");
        assertMessage(() -> OneDimensional.solve(new double[] {0, Double.NaN}, y, null, null, OneDimensional.power(1)),
                "x[1] is NaN");
        assertMessage(() -> OneDimensional.wassersteinPower(x, new double[] {Double.POSITIVE_INFINITY}, null, null, 1),
                "y[0] is Infinity");
        assertMessage(() -> OneDimensional.solve(new double[0], y, null, null, OneDimensional.power(1)),
                "x must have at least one entry");
        assertMessage(() -> OneDimensional.solve(x, y, new double[] {1}, null, OneDimensional.power(1)), "a has 1 entries");
        assertMessage(() -> OneDimensional.wassersteinPower(x, y, new double[] {0.5, 0.5}, new double[] {0.5, 0.6}, 1),
                "total mass");
        assertMessage(() -> OneDimensional.wassersteinPower(x, y, new double[] {-0.5, 1.5}, null, 1), "a[0] is negative");
        assertMessage(() -> OneDimensional.wassersteinPower(x, y, null, new double[] {0, 0}, 1), "b has zero total mass");
        assertMessage(() -> OneDimensional.solve(x, y, null, null, null), "cost must not be null");
        assertMessage(() -> OneDimensional.solve(null, y, null, null, OneDimensional.power(1)), "x must not be null");
    }

    static void assertMessage(org.junit.jupiter.api.function.Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "message '" + e.getMessage() + "' should contain '" + f + "'");
        }
    }
}
