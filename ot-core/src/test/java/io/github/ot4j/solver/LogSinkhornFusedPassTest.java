package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Kernels;
import io.github.ot4j.internal.ScalarKernels;
import io.github.ot4j.internal.Vectorization;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fused log-domain pass (one exponential per entry, shifted by the previous potential, with
 * fallbacks to the row maximum and to the exact column pass) against a textbook iteration with
 * two max-shifted log-sum-exps per iteration, on the cases that take each branch: cold starts far
 * from the marginals, wild warm starts, unbalanced problems (scales above 1), zero masses, and
 * matrix-free geometries.
 */
class LogSinkhornFusedPassTest {

    /** Potentials agree to this, relative to epsilon (rounding differs, nothing else). */
    private static final double POTENTIAL_TOLERANCE = 1e-9;

    private static List<Kernels> kernels() {
        List<Kernels> out = new ArrayList<>();
        out.add(ScalarKernels.INSTANCE);
        Kernels v = Vectorization.vectorKernelsOrNull();
        if (v != null) {
            out.add(v);
        }
        return out;
    }

    /** POT's sinkhorn_log order, generalized to tau: g from f, then f from g, max-shifted. */
    private static void reference(Geometry c, double[] a, double[] b, double tauA, double tauB, double eps,
                                  double[] f, double[] g, int iterations) {
        int n = c.rows();
        int m = c.cols();
        for (int t = 0; t < iterations; t++) {
            for (int j = 0; j < m; j++) {
                if (b[j] == 0) {
                    g[j] = Double.NEGATIVE_INFINITY;
                    continue;
                }
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    max = Math.max(max, f[i] - c.cost(i, j));
                }
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += Math.exp((f[i] - c.cost(i, j) - max) / eps);
                }
                g[j] = tauB * (eps * Math.log(b[j]) - max - eps * Math.log(s));
            }
            for (int i = 0; i < n; i++) {
                if (a[i] == 0) {
                    f[i] = Double.NEGATIVE_INFINITY;
                    continue;
                }
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < m; j++) {
                    max = Math.max(max, g[j] - c.cost(i, j));
                }
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += Math.exp((g[j] - c.cost(i, j) - max) / eps);
                }
                f[i] = tauA * (eps * Math.log(a[i]) - max - eps * Math.log(s));
            }
        }
    }

    private static void check(String what, Geometry c, double[] a, double[] b, double tauA, double tauB, double eps,
                              double[] f0, double[] g0, int iterations) {
        double[] fr = f0.clone();
        double[] gr = g0.clone();
        reference(c, a, b, tauA, tauB, eps, fr, gr, iterations);
        for (Kernels k : kernels()) {
            for (int parallelism : new int[] {1, 2}) {
                double[] f = f0.clone();
                double[] g = g0.clone();
                LogSinkhorn engine = new LogSinkhorn(c, a, b, tauA, tauB, k, parallelism);
                EngineResult r = engine.run(f, g, eps, iterations, 0, 1, ErrorNorm.L1, ProgressListener.NONE, "test");
                assertEquals(iterations, r.iterations(), what);
                String label = what + " (" + k.name() + ", parallelism " + parallelism + ")";
                assertClose(fr, r.f(), eps, label + " f");
                assertClose(gr, r.g(), eps, label + " g");
            }
        }
    }

    private static void assertClose(double[] expected, double[] actual, double eps, String what) {
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == Double.NEGATIVE_INFINITY) {
                assertEquals(Double.NEGATIVE_INFINITY, actual[i], what + "[" + i + "]");
                continue;
            }
            double scale = eps * (1 + Math.abs(expected[i]) / eps);
            assertTrue(Math.abs(expected[i] - actual[i]) <= POTENTIAL_TOLERANCE * scale,
                    what + "[" + i + "]: expected " + expected[i] + " got " + actual[i]);
        }
    }

    private static Geometry cost(long seed, int n, int m) {
        Matrix x = RandomProblems.gaussian(seed, n, 2);
        Matrix y = RandomProblems.gaussian(seed + 1, m, 2);
        return CostFunction.squaredEuclidean().pairwise(x, y);
    }

    @Test
    void coldStartAtSmallEpsilonTakesTheFallbacksAndMatchesTheTextbookIteration() {
        // Far from the marginals: row sums under SAFE_LOW and untrusted column sums in the first iterations.
        Geometry c = cost(1, 60, 47);
        double eps = 0.002 * c.statistics().max();
        check("cold start", c, RandomProblems.weights(3, 60), RandomProblems.weights(4, 47), 1, 1, eps,
                new double[60], new double[47], 25);
    }

    @Test
    void moderateEpsilonMatchesOverManyIterations() {
        Geometry c = cost(5, 80, 90);
        double eps = 0.05 * c.statistics().max();
        check("moderate", c, RandomProblems.weights(6, 80), RandomProblems.weights(7, 90), 1, 1, eps,
                new double[80], new double[90], 60);
    }

    @Test
    void wildWarmStartMatches() {
        Geometry c = cost(9, 40, 33);
        double eps = 0.01 * c.statistics().max();
        SplittableRandom r = new SplittableRandom(10);
        double[] f = new double[40];
        double[] g = new double[33];
        for (int i = 0; i < f.length; i++) {
            f[i] = (r.nextDouble() - 0.5) * 2000 * eps;
        }
        for (int j = 0; j < g.length; j++) {
            g[j] = (r.nextDouble() - 0.5) * 2000 * eps;
        }
        check("wild warm start", c, RandomProblems.weights(11, 40), RandomProblems.weights(12, 33), 1, 1, eps, f, g,
                10);
    }

    @Test
    void unbalancedProblemsWithScalesAboveOneMatch() {
        Geometry c = cost(13, 50, 45);
        double eps = 0.02 * c.statistics().max();
        double[] a = RandomProblems.weights(14, 50);
        double[] b = RandomProblems.weights(15, 45);
        for (int j = 0; j < b.length; j++) {
            b[j] *= 30; // much more target mass: the relaxed potentials stay far from the balanced ones
        }
        check("unbalanced", c, a, b, 0.4, 0.7, eps, new double[50], new double[45], 30);
    }

    @Test
    void zeroMassRowsAndColumnsAndMatrixFreeGeometriesMatch() {
        Matrix x = RandomProblems.gaussian(17, 30, 2);
        Matrix y = RandomProblems.gaussian(18, 28, 2);
        Geometry pointCloud = Geometry.pointCloud(x, y, CostFunction.squaredEuclidean());
        double eps = 0.02 * pointCloud.statistics().max();
        double[] a = RandomProblems.weights(19, 30);
        double[] b = RandomProblems.weights(20, 28);
        a[4] = 0;
        a[17] = 0;
        b[0] = 0;
        b[27] = 0;
        check("matrix-free, zero masses", pointCloud, TestWeights.normalize(a), TestWeights.normalize(b), 1, 1, eps, new double[30],
                new double[28], 20);
        check("dense, zero masses", pointCloud.toDense(), TestWeights.normalize(a), TestWeights.normalize(b), 1, 1, eps, new double[30],
                new double[28], 20);
    }
}
