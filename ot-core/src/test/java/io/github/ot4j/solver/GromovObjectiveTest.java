package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.GromovLoss;
import io.github.ot4j.problem.QuadraticProblem;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tensor-product form of the Gromov-Wasserstein energy against the four-index sum, its
 * gradient against finite differences, and the low-rank path against the dense one.
 */
class GromovObjectiveTest {

    private static Matrix sqDist(Matrix x) {
        return CostFunction.squaredEuclidean().pairwise(x, x).toMatrix();
    }

    /** A random plan with marginals p, q: a Sinkhorn plan on a random cost. */
    private static double[] plan(double[] p, double[] q, long seed) {
        Matrix x = RandomProblems.gaussian(seed, p.length, 2);
        Matrix y = RandomProblems.gaussian(seed + 1, q.length, 2);
        return new Sinkhorn(SinkhornOptions.epsilon(0.5).withTolerance(1e-14))
                .solve(io.github.ot4j.problem.LinearProblem.of(CostFunction.squaredEuclidean().pairwise(x, y), p, q))
                .plan().toRowMajor();
    }

    private static double bruteForce(QuadraticProblem pr, double[] t) {
        int n = pr.rows();
        int m = pr.cols();
        double s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < n; k++) {
                    for (int l = 0; l < m; l++) {
                        s += pr.loss().loss(pr.sourceCost().get(i, k), pr.targetCost().get(j, l)) * t[i * m + j] * t[k * m + l];
                    }
                }
            }
        }
        return s;
    }

    private static Matrix asymmetric(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] c = new double[n * n];
        for (int k = 0; k < c.length; k++) {
            c[k] = r.nextDouble();
        }
        return Matrix.of(n, n, c);
    }

    @ParameterizedTest
    @EnumSource(GromovLoss.class)
    void valueIsTheFourIndexSumAndTheGradientMatchesFiniteDifferences(GromovLoss loss) {
        for (boolean symmetric : new boolean[] {true, false}) {
            int n = 6;
            int m = 7;
            Matrix c1 = symmetric ? sqDist(RandomProblems.gaussian(1, n, 2)) : asymmetric(1, n);
            Matrix c2 = symmetric ? sqDist(RandomProblems.gaussian(2, m, 3)) : asymmetric(2, m);
            double[] p = RandomProblems.weights(3, n);
            double[] q = RandomProblems.weights(4, m);
            QuadraticProblem pr = QuadraticProblem.of(c1, c2, p, q).withLoss(loss);
            GromovObjective f = GromovObjective.of(pr, CostFactorization.NONE);
            assertEquals(symmetric, f.isSymmetric());
            double[] t = plan(p, q, 5);
            double[] grad = new double[n * m];
            double v = f.valueAndGradient(t, n, m, grad);
            double exact = bruteForce(pr, t);
            assertEquals(exact, v, 1e-12 * Math.abs(exact) + 1e-15, loss + " symmetric=" + symmetric);
            assertEquals(v, f.value(t), 1e-15 * Math.abs(v));
            // directional derivative along a direction with zero row and column sums, which keeps constC exact
            double[] d = new double[n * m];
            d[0] = 1;
            d[1] = -1;
            d[m] = -1;
            d[m + 1] = 1;
            double h = 1e-6;
            double[] plus = t.clone();
            double[] minus = t.clone();
            for (int k = 0; k < d.length; k++) {
                plus[k] += h * d[k];
                minus[k] -= h * d[k];
            }
            double fd = (bruteForce(pr, plus) - bruteForce(pr, minus)) / (2 * h);
            double analytic = GromovObjective.dot(grad, d);
            assertEquals(fd, analytic, 1e-6 * Math.max(1, Math.abs(fd)), loss + " symmetric=" + symmetric);
        }
    }

    @Test
    void lowRankFactorsAreFoundForPointCloudsAndAgreeWithDenseProducts() {
        int n = 64;
        int m = 72;
        Matrix c1 = sqDist(RandomProblems.gaussian(11, n, 2));
        Matrix c2 = sqDist(RandomProblems.gaussian(12, m, 3));
        QuadraticProblem pr = QuadraticProblem.of(c1, c2, null, null);
        GromovObjective fast = GromovObjective.of(pr, CostFactorization.AUTO);
        GromovObjective dense = GromovObjective.of(pr, CostFactorization.NONE);
        assertEquals(4, fast.sourceRank(), "squared distances in 2-D have rank 4");
        assertEquals(5, fast.targetRank(), "squared distances in 3-D have rank 5");
        assertEquals(-1, dense.sourceRank());
        double[] t = plan(pr.a(), pr.b(), 13);
        double[] g1 = new double[n * m];
        double[] g2 = new double[n * m];
        double v1 = fast.valueAndGradient(t, n, m, g1);
        double v2 = dense.valueAndGradient(t, n, m, g2);
        assertEquals(v2, v1, 1e-12 * v2);
        double scale = 0;
        for (double g : g2) {
            scale = Math.max(scale, Math.abs(g));
        }
        for (int k = 0; k < g1.length; k++) {
            assertEquals(g2[k], g1[k], 1e-12 * scale);
        }
        // Euclidean (not squared) distances are full rank: dense products are used
        Matrix e1 = CostFunction.euclidean().pairwise(RandomProblems.gaussian(11, n, 2), RandomProblems.gaussian(11, n, 2))
                .toMatrix();
        assertEquals(-1, GromovObjective.of(QuadraticProblem.of(e1, c2, null, null)).sourceRank());
    }

    @Test
    void asymmetricLowRankCostsUseTheTransposedFactors() {
        int n = 48;
        int m = 56;
        // rank-2 asymmetric costs
        Matrix x = RandomProblems.gaussian(21, n, 2);
        Matrix y = RandomProblems.gaussian(22, n, 2);
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                c[i * n + k] = x.get(i, 0) * y.get(k, 0) + 2 * x.get(i, 1) * y.get(k, 1);
            }
        }
        Matrix c1 = Matrix.of(n, n, c);
        Matrix c2 = asymmetric(23, m);
        QuadraticProblem pr = QuadraticProblem.of(c1, c2, null, null);
        GromovObjective fast = GromovObjective.of(pr);
        GromovObjective dense = GromovObjective.of(pr, CostFactorization.NONE);
        assertEquals(2, fast.sourceRank());
        assertFalse(fast.isSymmetric());
        double[] t = plan(pr.a(), pr.b(), 24);
        double[] g1 = new double[n * m];
        double[] g2 = new double[n * m];
        assertEquals(dense.valueAndGradient(t, n, m, g2), fast.valueAndGradient(t, n, m, g1), 1e-12);
        for (int k = 0; k < g1.length; k++) {
            assertEquals(g2[k], g1[k], 1e-12);
        }
    }

    @Test
    void badShapesAreRejected() {
        QuadraticProblem pr = QuadraticProblem.of(sqDist(RandomProblems.gaussian(1, 3, 2)),
                sqDist(RandomProblems.gaussian(2, 4, 2)), null, null);
        GromovObjective f = GromovObjective.of(pr);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> f.valueAndGradient(new double[12], 4, 3, new double[12]));
        assertTrue(e.getMessage().contains("4 x 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> f.tensor(new double[11], new double[12]));
        assertThrows(IllegalArgumentException.class, () -> GromovObjective.of(null));
    }
}
