package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.NotConvergedException;
import io.github.ot4j.result.SparsePlan;
import io.github.ot4j.result.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeded random and degenerate problems for {@link NetworkSimplex}. */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NetworkSimplexTest {

    /** Relative tolerance between the simplex cost and an independent exact optimum. */
    private static final double COST_RTOL = 1e-12;

    private static final NetworkSimplex SOLVER = new NetworkSimplex();

    static double[] randomWeights(Random rnd, int n) {
        double[] w = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 + rnd.nextDouble();
            s += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= s;
        }
        return w;
    }

    static double[][] randomPoints(Random rnd, int n, int d, double shift) {
        double[][] x = new double[n][d];
        for (double[] p : x) {
            for (int k = 0; k < d; k++) {
                p[k] = rnd.nextGaussian() + shift;
            }
        }
        return x;
    }

    static double[] randomCost(Random rnd, int n, int m) {
        double[] c = new double[n * m];
        for (int e = 0; e < c.length; e++) {
            c[e] = rnd.nextDouble();
        }
        return c;
    }

    private static ExactResult solve(int n, int m, double[] cost, double[] a, double[] b) {
        return SOLVER.solve(LinearProblem.of(Geometry.dense(n, m, cost), a, b));
    }

    /** Uniform n × n: the optimum is an optimal assignment (Birkhoff), found by trying every permutation. */
    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void uniformSquareMatchesBestPermutation(int n) {
        Random rnd = new Random(1000 + n);
        for (int trial = 0; trial < 5; trial++) {
            double[] cost = randomCost(rnd, n, n);
            ExactResult r = solve(n, n, cost, null, null);
            ExactChecks.assertOptimal(r);
            double best = bestAssignment(cost, n, new int[n], new boolean[n], 0, 0.0) / n;
            assertEquals(best, r.cost(), COST_RTOL * best);
        }
    }

    private static double bestAssignment(double[] cost, int n, int[] perm, boolean[] used, int row, double sofar) {
        if (row == n) {
            return sofar;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            if (!used[j]) {
                used[j] = true;
                perm[row] = j;
                best = Math.min(best, bestAssignment(cost, n, perm, used, row + 1, sofar + cost[row * n + j]));
                used[j] = false;
            }
        }
        return best;
    }

    /** Non-uniform weights: compared with the enumeration of every basic solution. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2x5", "3x4", "4x3", "4x4", "1x6", "5x2"})
    void nonUniformMatchesEnumeratedVertices(String shape) {
        int n = Integer.parseInt(shape.split("x")[0]);
        int m = Integer.parseInt(shape.split("x")[1]);
        Random rnd = new Random(shape.hashCode());
        for (int trial = 0; trial < 4; trial++) {
            double[] a = randomWeights(rnd, n);
            double[] b = randomWeights(rnd, m);
            double[] cost = randomCost(rnd, n, m);
            ExactResult r = solve(n, m, cost, a, b);
            ExactChecks.assertOptimal(r);
            double best = TinyTransportOracle.optimalCost(a, b, cost);
            assertEquals(best, r.cost(), COST_RTOL * best);
        }
    }

    @ParameterizedTest(name = "{0} x {1}")
    @org.junit.jupiter.params.provider.CsvSource({"40, 55, 2", "70, 30, 3", "120, 120, 2", "300, 250, 2"})
    void randomPointCloudsSatisfyOptimalityConditions(int n, int m, int d) {
        Random rnd = new Random(31L * n + m);
        double[] a = randomWeights(rnd, n);
        double[] b = randomWeights(rnd, m);
        Matrix x = Matrix.of(randomPoints(rnd, n, d, 0));
        Matrix y = Matrix.of(randomPoints(rnd, m, d, 0.5));
        ExactResult dense = SOLVER.solve(LinearProblem.of(CostFunction.squaredEuclidean().pairwise(x, y), a, b));
        ExactChecks.assertOptimal(dense);
        ExactResult cloud = SOLVER.solve(LinearProblem.of(Geometry.pointCloud(x, y, CostFunction.squaredEuclidean()), a, b));
        ExactChecks.assertOptimal(cloud);
        assertEquals(dense.cost(), cloud.cost(), 1e-12 * dense.cost());
    }

    @Test
    void zeroWeightsAreDroppedAndKeepDualFeasibility() {
        Random rnd = new Random(7);
        int n = 9;
        int m = 11;
        double[] a = randomWeights(rnd, n);
        double[] b = randomWeights(rnd, m);
        int[] zeroRows = {0, 4, 8};
        int[] zeroCols = {2, 3, 10};
        for (int i : zeroRows) {
            a[i] = 0;
        }
        for (int j : zeroCols) {
            b[j] = 0;
        }
        double sa = ExactChecks.sum(a);
        double sb = ExactChecks.sum(b);
        for (int j = 0; j < m; j++) {
            b[j] *= sa / sb;
        }
        double[] cost = randomCost(rnd, n, m);
        ExactResult r = solve(n, m, cost, a, b);
        ExactChecks.assertOptimal(r);
        double[] row = r.plan().rowMarginal();
        double[] col = r.plan().columnMarginal();
        for (int i : zeroRows) {
            assertEquals(0.0, row[i], "zero-weight row " + i + " carries no mass");
        }
        for (int j : zeroCols) {
            assertEquals(0.0, col[j], "zero-weight column " + j + " receives no mass");
        }
        assertTrue(r.plan().nonZeros() <= (n - zeroRows.length) + (m - zeroCols.length) - 1);

        // Same optimum as the problem with those points removed.
        double[] ka = {a[1], a[2], a[3], a[5], a[6], a[7]};
        int[] keptCols = {0, 1, 4, 5, 6, 7, 8, 9};
        double[] kb = new double[keptCols.length];
        double[] kc = new double[ka.length * keptCols.length];
        int[] keptRows = {1, 2, 3, 5, 6, 7};
        for (int l = 0; l < keptCols.length; l++) {
            kb[l] = b[keptCols[l]];
        }
        for (int k = 0; k < keptRows.length; k++) {
            for (int l = 0; l < keptCols.length; l++) {
                kc[k * keptCols.length + l] = cost[keptRows[k] * m + keptCols[l]];
            }
        }
        ExactResult reduced = solve(keptRows.length, keptCols.length, kc, ka, kb);
        assertEquals(reduced.cost(), r.cost(), COST_RTOL * r.cost());
    }

    @Test
    void duplicatePointsAndTiesStillGiveAnOptimalVertex() {
        Random rnd = new Random(11);
        double[][] base = randomPoints(rnd, 6, 2, 0);
        double[][] x = new double[18][];
        double[][] y = new double[12][];
        for (int i = 0; i < x.length; i++) {
            x[i] = base[i % 6];
        }
        for (int j = 0; j < y.length; j++) {
            y[j] = base[(j * 5) % 6];
        }
        ExactResult r = SOLVER.solve(LinearProblem.uniform(Geometry.pointCloud(x, y, CostFunction.squaredEuclidean())));
        ExactChecks.assertOptimal(r);
        // x and y are the same six points with uniform mass per point: moving nothing is optimal.
        assertEquals(0.0, r.cost(), 1e-15);
    }

    @Test
    void integerGridCostsWithManyTies() {
        int k = 7;
        double[][] grid = new double[k * k][];
        for (int p = 0; p < grid.length; p++) {
            grid[p] = new double[] {p / k, p % k};
        }
        double[][] shifted = new double[grid.length][];
        for (int p = 0; p < grid.length; p++) {
            shifted[p] = new double[] {grid[p][0] + 1, grid[p][1]};
        }
        ExactResult r = SOLVER.solve(LinearProblem.uniform(Geometry.pointCloud(grid, shifted, CostFunction.euclidean())));
        ExactChecks.assertOptimal(r);
        assertEquals(1.0, r.cost(), 1e-12, "a unit translation of a uniform grid costs 1 under |x - y|");
    }

    @ParameterizedTest(name = "{0} x {1}")
    @org.junit.jupiter.params.provider.CsvSource({"1, 1", "1, 7", "7, 1"})
    void singleRowsAndColumns(int n, int m) {
        Random rnd = new Random(n * 100 + m);
        double[] a = randomWeights(rnd, n);
        double[] b = randomWeights(rnd, m);
        double[] cost = randomCost(rnd, n, m);
        ExactResult r = solve(n, m, cost, a, b);
        ExactChecks.assertOptimal(r);
        double expected = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                expected += (n == 1 ? b[j] : a[i]) * cost[i * m + j];
            }
        }
        assertEquals(expected, r.cost(), 1e-15 + COST_RTOL * expected, "the only feasible plan is a b^T");
        assertEquals(Math.max(n, m), r.plan().nonZeros());
    }

    @Test
    void constantAndNegativeCosts() {
        Random rnd = new Random(5);
        double[] a = randomWeights(rnd, 5);
        double[] b = randomWeights(rnd, 4);
        ExactResult zero = solve(5, 4, new double[20], a, b);
        ExactChecks.assertOptimal(zero);
        assertEquals(0.0, zero.cost());

        double[] constant = new double[20];
        java.util.Arrays.fill(constant, -3.5);
        ExactResult flat = solve(5, 4, constant, a, b);
        ExactChecks.assertOptimal(flat);
        assertEquals(-3.5, flat.cost(), 1e-14);

        double[] cost = randomCost(rnd, 5, 4);
        double[] negative = new double[20];
        for (int e = 0; e < 20; e++) {
            negative[e] = cost[e] - 10;
        }
        ExactResult shifted = solve(5, 4, negative, a, b);
        ExactChecks.assertOptimal(shifted);
        assertEquals(solve(5, 4, cost, a, b).cost() - 10, shifted.cost(), 1e-12, "a constant shift moves the optimum by the shift");
    }

    @Test
    void massesWithinToleranceAreRescaled() {
        Random rnd = new Random(13);
        double[] a = randomWeights(rnd, 6);
        double[] b = randomWeights(rnd, 8);
        for (int j = 0; j < b.length; j++) {
            b[j] *= 1 + 1e-8;
        }
        ExactResult r = solve(6, 8, randomCost(rnd, 6, 8), a, b);
        ExactChecks.assertOptimal(r); // checks column sums against b * sum(a) / sum(b)
        assertEquals(ExactChecks.sum(a), r.plan().mass(), 1e-15);
    }

    @Test
    void stopsAtThePivotCap() {
        Random rnd = new Random(17);
        int n = 30;
        double[] cost = randomCost(rnd, n, n);
        NetworkSimplex capped = new NetworkSimplex(NetworkSimplexOptions.defaults().withMaxIterations(5));
        ExactResult r = capped.solve(LinearProblem.uniform(Geometry.dense(n, n, cost)));
        assertEquals(StopReason.MAX_ITERATIONS, r.convergence().reason());
        assertEquals(5, r.convergence().iterations());
        assertTrue(r.convergence().finalError() > NetworkSimplex.PIVOT_TOLERANCE, "an improving arc is left");
        assertThrows(NotConvergedException.class, r::requireConverged);
        ExactResult full = SOLVER.solve(LinearProblem.uniform(Geometry.dense(n, n, cost)));
        assertTrue(full.convergence().iterations() > 5);
        assertTrue(full.convergence().finalError() <= NetworkSimplex.PIVOT_TOLERANCE);
    }

    @Test
    void listenerIsCalledAndCanCancel() {
        Random rnd = new Random(19);
        int n = 500;
        LinearProblem problem = LinearProblem.uniform(CostFunction.squaredEuclidean()
                .pairwise(Matrix.of(randomPoints(rnd, n, 2, 0)), Matrix.of(randomPoints(rnd, n, 2, 0))));
        int[] calls = new int[1];
        ExactResult full = SOLVER.solve(problem, p -> {
            calls[0]++;
            return true;
        });
        assertTrue(full.isConverged());
        assertEquals(full.convergence().iterations() / TransportSimplex.PROGRESS_EVERY, calls[0]);
        assertTrue(calls[0] >= 1, "the problem needs more than " + TransportSimplex.PROGRESS_EVERY + " pivots");

        ExactResult cancelled = SOLVER.solve(problem, p -> false);
        assertEquals(StopReason.CANCELLED, cancelled.convergence().reason());
        assertEquals(TransportSimplex.PROGRESS_EVERY, cancelled.convergence().iterations());
    }

    @Test
    void planIsSparseAndConsistent() {
        Random rnd = new Random(23);
        int n = 25;
        int m = 18;
        ExactResult r = solve(n, m, randomCost(rnd, n, m), randomWeights(rnd, n), randomWeights(rnd, m));
        SparsePlan plan = r.plan();
        double[][] dense = plan.toArray();
        int[] rows = plan.rowIndices();
        int[] cols = plan.columnIndices();
        double[] values = plan.values();
        int positive = 0;
        for (double[] row : dense) {
            for (double v : row) {
                positive += v > 0 ? 1 : 0;
            }
        }
        assertEquals(plan.nonZeros(), positive);
        for (int k = 0; k < values.length; k++) {
            assertEquals(dense[rows[k]][cols[k]], values[k]);
            assertEquals(values[k], plan.get(rows[k], cols[k]));
        }
        assertEquals(r.cost(), plan.cost(r.problem().geometry()), 1e-14);
    }
}
