package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.Kernels;
import io.github.ot4j.internal.ScalarKernels;
import io.github.ot4j.internal.Vectorization;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.DualPotentials;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Warm-started kernel-domain solves on a kernel stabilized at the warm start
 * ({@code K = exp((f0_i + g0_j - C_ij) / eps)}): they must reach the log domain's solution when
 * the cost range is far beyond what a plain kernel can represent, and absorb the scalings into
 * the kernel when a poor warm start drives them out of range.
 */
class StabilizedKernelTest {

    private static final double TOL = 1e-10;
    /** Plans from two converged solves agree to this (L1), tied to the marginal tolerance. */
    private static final double PLAN_L1 = 1e3 * TOL;
    /** The same with float kernel storage (relative entry error ~6e-8). */
    private static final double FLOAT_PLAN_L1 = 1e-6;

    private static LinearProblem problem(long seed, int n, int m) {
        Geometry c = CostFunction.squaredEuclidean().pairwise(RandomProblems.gaussian(seed, n, 2),
                RandomProblems.gaussian(seed + 1, m, 2));
        return LinearProblem.of(c, RandomProblems.weights(seed + 2, n), RandomProblems.weights(seed + 3, m));
    }

    private static SinkhornOptions options(double eps, Domain domain) {
        return SinkhornOptions.epsilon(eps).withDomain(domain).withTolerance(TOL).withMaxIterations(200_000)
                .withCheckEvery(1);
    }

    private static double l1(double[] x, double[] y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += Math.abs(x[k] - y[k]);
        }
        return s;
    }

    @Test
    void warmStartedAutoSolveUsesTheKernelDomainBeyondThePlainKernelsRange() {
        LinearProblem p = problem(1, 70, 60);
        double eps = p.geometry().statistics().range() / 1500; // range / eps = 1500 > AUTO_KERNEL_MAX_RANGE
        SinkhornResult cold = new Sinkhorn(options(eps, Domain.AUTO)).solve(p);
        assertEquals(Domain.LOG, cold.domain(), "without a warm start the range rules out the kernel");
        assertEquals(StopReason.CONVERGED, cold.convergence().reason());
        // A warm start from a nearby problem (the cost perturbed), as in mirror descent.
        double[] cost = p.geometry().toDense().toRowMajor();
        SplittableRandom r = new SplittableRandom(7);
        for (int k = 0; k < cost.length; k++) {
            cost[k] += 3 * eps * r.nextDouble();
        }
        LinearProblem q = p.withGeometry(Geometry.dense(70, 60, cost));
        SinkhornResult logSolve = new Sinkhorn(options(eps, Domain.LOG)).solve(q, cold.potentials());
        SinkhornResult auto = new Sinkhorn(options(eps, Domain.AUTO)).solve(q, cold.potentials());
        assertEquals(Domain.KERNEL, auto.domain());
        assertEquals(StopReason.CONVERGED, auto.convergence().reason(), auto.convergence().toString());
        double d = l1(logSolve.plan().toRowMajor(), auto.plan().toRowMajor());
        assertTrue(d <= PLAN_L1, "stabilized kernel vs log domain: L1 " + d);
    }

    @Test
    void scalingsBeyondTheLimitAreAbsorbedIntoTheKernel() {
        // Unbalanced (the gauge of the potentials is fixed), warm-started 300 eps below the
        // solution: the scalings must grow by e^300 > 1e100 (double) and e^300 > 1e8 (float).
        LinearProblem base = problem(3, 50, 40);
        LinearProblem p = new LinearProblem(base.geometry(), base.a(), base.b(), 0.5, 0.5);
        double eps = p.geometry().statistics().range() / 200;
        SinkhornResult reference = new Sinkhorn(options(eps, Domain.LOG)).solve(p);
        assertEquals(StopReason.CONVERGED, reference.convergence().reason());
        double[] f = reference.potentials().f().clone();
        double[] g = reference.potentials().g().clone();
        for (int i = 0; i < f.length; i++) {
            f[i] -= 300 * eps;
        }
        for (int j = 0; j < g.length; j++) {
            g[j] -= 300 * eps;
        }
        for (KernelPrecision precision : KernelPrecision.values()) {
            for (Kernels k : new Kernels[] {ScalarKernels.INSTANCE, Vectorization.kernels()}) {
                KernelSinkhorn engine = new KernelSinkhorn(p.geometry(), p.a(), p.b(), 0.5, 0.5, eps, precision, k,
                        1, f, g);
                double[][] start = engine.initialScalings(f, g);
                EngineResult out = engine.run(start[0], start[1], 200_000, 1e-12, 1, ErrorNorm.L1,
                        ProgressListener.NONE);
                String what = k.name() + ", " + precision;
                assertEquals(StopReason.CONVERGED, out.reason(), what);
                assertTrue(engine.absorptions() > 0, what + ": the scalings must have been absorbed");
                double[] plan = new double[50 * 40];
                engine.plan(out.f(), out.g(), plan);
                double d = l1(reference.plan().toRowMajor(), plan);
                assertTrue(d <= (precision == KernelPrecision.FLOAT ? FLOAT_PLAN_L1 : PLAN_L1),
                        what + ": L1 to the log-domain plan " + d);
            }
        }
    }

    @Test
    void warmStartWithZeroMassesKeepsThemAtMinusInfinity() {
        LinearProblem base = problem(5, 30, 25);
        double[] a = base.a();
        double[] b = base.b();
        a[3] = 0;
        b[7] = 0;
        LinearProblem p = LinearProblem.of(base.geometry(), TestWeights.normalize(a), TestWeights.normalize(b));
        double eps = p.geometry().statistics().range() / 900; // beyond the plain kernel: stabilized
        SinkhornResult cold = new Sinkhorn(options(eps, Domain.LOG)).solve(p);
        SinkhornResult warm = new Sinkhorn(options(eps, Domain.AUTO)).solve(p, cold.potentials());
        assertEquals(Domain.KERNEL, warm.domain());
        assertEquals(StopReason.CONVERGED, warm.convergence().reason());
        assertEquals(Double.NEGATIVE_INFINITY, warm.potentials().f()[3]);
        assertEquals(Double.NEGATIVE_INFINITY, warm.potentials().g()[7]);
        assertTrue(l1(cold.plan().toRowMajor(), warm.plan().toRowMajor()) <= PLAN_L1);
    }

    @Test
    void floatKernelBeyondItsRangeIsStabilizedColdAndWarm() {
        // One source point far from everything: its whole cost row lies > 150 eps above min C, where
        // a plain float kernel (entries below e^-87 flush to zero) would have an all-zero row.
        double[] x = RandomProblems.gaussian(21, 60, 2).toRowMajor();
        x[0] = 20;
        x[1] = 20;
        Geometry c = CostFunction.squaredEuclidean().pairwise(io.github.ot4j.geometry.Matrix.of(60, 2, x),
                RandomProblems.gaussian(22, 50, 2));
        LinearProblem p = LinearProblem.of(c, RandomProblems.weights(23, 60), RandomProblems.weights(24, 50));
        double eps = p.geometry().statistics().range() / 300;
        SinkhornResult reference = new Sinkhorn(options(eps, Domain.LOG)).solve(p);
        SinkhornResult cold = new Sinkhorn(options(eps, Domain.KERNEL).withPrecision(KernelPrecision.FLOAT)
                .withTolerance(1e-9)).solve(p);
        assertEquals(StopReason.CONVERGED, cold.convergence().reason(), cold.convergence().toString());
        double d = l1(reference.plan().toRowMajor(), cold.plan().toRowMajor());
        assertTrue(d <= FLOAT_PLAN_L1, "cold float vs log domain: L1 " + d);
        double[] cost = p.geometry().toDense().toRowMajor();
        for (int k = 0; k < cost.length; k++) {
            cost[k] += 2 * eps * Math.sin(k);
        }
        LinearProblem q = p.withGeometry(Geometry.dense(60, 50, cost));
        SinkhornResult warmReference = new Sinkhorn(options(eps, Domain.LOG)).solve(q);
        SinkhornResult warm = new Sinkhorn(options(eps, Domain.AUTO).withPrecision(KernelPrecision.FLOAT)
                .withTolerance(1e-9)).solve(q, reference.potentials());
        assertEquals(Domain.KERNEL, warm.domain());
        assertEquals(StopReason.CONVERGED, warm.convergence().reason(), warm.convergence().toString());
        d = l1(warmReference.plan().toRowMajor(), warm.plan().toRowMajor());
        assertTrue(d <= FLOAT_PLAN_L1, "warm float vs log domain: L1 " + d);
    }

    /**
     * Regression: an unbalanced kernel-domain solve on costs far below zero (|min C| / eps > 500,
     * so the kernel is built from {@code C - min C}) applied the power {@code tau} to the shifted
     * scalings as if the shift were not there, and converged to a wrong plan.
     */
    @Test
    void unbalancedKernelOnShiftedCostsMatchesTheLogDomain() {
        LinearProblem base = problem(31, 40, 35);
        double eps = base.geometry().statistics().range() / 100;
        double[] cost = base.geometry().toDense().toRowMajor();
        for (int k = 0; k < cost.length; k++) {
            cost[k] -= 800 * eps;
        }
        LinearProblem p = new LinearProblem(Geometry.dense(40, 35, cost), base.a(), base.b(), 0.7, 0.6);
        SinkhornResult log = new Sinkhorn(options(eps, Domain.LOG)).solve(p);
        SinkhornResult kernel = new Sinkhorn(options(eps, Domain.KERNEL)).solve(p);
        assertEquals(StopReason.CONVERGED, log.convergence().reason());
        assertEquals(StopReason.CONVERGED, kernel.convergence().reason());
        double d = l1(log.plan().toRowMajor(), kernel.plan().toRowMajor());
        assertTrue(d <= 1e-6 * log.plan().mass(), "kernel vs log domain on shifted unbalanced costs: L1 " + d);
    }

    @Test
    void theStabilizedKernelIsAtMostOneWithAOneInEveryRowAndColumn() {
        LinearProblem p = problem(23, 9, 7);
        double eps = 0.01;
        SplittableRandom r = new SplittableRandom(24);
        double[] f = new double[9];
        for (int i = 0; i < f.length; i++) {
            f[i] = 2 * (r.nextDouble() - 0.5); // within +-100 eps: the scalings stay representable
        }
        KernelSinkhorn engine = new KernelSinkhorn(p.geometry(), p.a(), p.b(), 1, 1, eps, KernelPrecision.DOUBLE,
                ScalarKernels.INSTANCE, 1, f, new double[7]);
        double[] k = new double[9 * 7];
        double[] ones9 = new double[9];
        double[] ones7 = new double[7];
        java.util.Arrays.fill(ones9, 1);
        java.util.Arrays.fill(ones7, 1);
        engine.plan(ones9, ones7, k);
        for (int i = 0; i < 9; i++) {
            double max = 0;
            for (int j = 0; j < 7; j++) {
                assertTrue(k[i * 7 + j] <= 1 + 1e-12, "K <= 1 at " + i + "," + j);
                max = Math.max(max, k[i * 7 + j]);
            }
            assertEquals(1.0, max, 1e-12, "row " + i);
        }
        for (int j = 0; j < 7; j++) {
            double max = 0;
            for (int i = 0; i < 9; i++) {
                max = Math.max(max, k[i * 7 + j]);
            }
            assertEquals(1.0, max, 1e-12, "column " + j);
        }
        // The initial scalings represent the potentials exactly.
        double[][] s = engine.initialScalings(f, new double[7]);
        double[] f2 = new double[9];
        double[] g2 = new double[7];
        engine.toPotentials(s[0], s[1], f2, g2);
        for (int i = 0; i < 9; i++) {
            assertEquals(f[i], f2[i], 1e-12, "f " + i);
        }
        for (int j = 0; j < 7; j++) {
            assertEquals(0.0, g2[j], 1e-12, "g " + j);
        }
    }
}
