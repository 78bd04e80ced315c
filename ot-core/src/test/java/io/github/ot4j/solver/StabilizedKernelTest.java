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
    void poorWarmStartIsAbsorbedIntoTheKernelAndStillConverges() {
        LinearProblem p = problem(3, 50, 40);
        double eps = p.geometry().statistics().range() / 200;
        SinkhornResult reference = new Sinkhorn(options(eps, Domain.LOG)).solve(p);
        // A warm start 200 eps away from the solution, in opposite directions on alternate rows:
        // the scalings must undo a factor e^400 and pass 1e100 (e^230) on the way.
        double[] f = reference.potentials().f().clone();
        double[] g = reference.potentials().g().clone();
        for (int i = 0; i < f.length; i++) {
            f[i] += (i % 2 == 0 ? 200 : -200) * eps;
        }
        for (Kernels k : new Kernels[] {ScalarKernels.INSTANCE, Vectorization.kernels()}) {
            KernelSinkhorn engine = new KernelSinkhorn(p.geometry(), p.a(), p.b(), 1, 1, eps, KernelPrecision.DOUBLE,
                    k, 1, f, g);
            double[] u = new double[50];
            double[] v = new double[40];
            java.util.Arrays.fill(u, 1);
            java.util.Arrays.fill(v, 1);
            EngineResult out = engine.run(u, v, 200_000, TOL, 1, ErrorNorm.L1, ProgressListener.NONE);
            assertEquals(StopReason.CONVERGED, out.reason(), k.name());
            assertTrue(engine.absorptions() > 0, k.name() + ": the scalings must have been absorbed");
            double[] plan = new double[50 * 40];
            engine.plan(out.f(), out.g(), plan);
            double d = l1(reference.plan().toRowMajor(), plan);
            assertTrue(d <= PLAN_L1, k.name() + ": L1 to the log-domain plan " + d);
        }
        SinkhornResult viaSolver = new Sinkhorn(options(eps, Domain.KERNEL)).solve(p, new DualPotentials(f, g));
        assertEquals(StopReason.CONVERGED, viaSolver.convergence().reason());
        assertEquals(Domain.KERNEL, viaSolver.domain());
    }

    @Test
    void warmStartWithZeroMassesKeepsThemAtMinusInfinity() {
        LinearProblem base = problem(5, 30, 25);
        double[] a = base.a();
        double[] b = base.b();
        a[3] = 0;
        b[7] = 0;
        LinearProblem p = LinearProblem.of(base.geometry(), normalize(a), normalize(b));
        double eps = p.geometry().statistics().range() / 900; // beyond the plain kernel: stabilized
        SinkhornResult cold = new Sinkhorn(options(eps, Domain.LOG)).solve(p);
        SinkhornResult warm = new Sinkhorn(options(eps, Domain.AUTO)).solve(p, cold.potentials());
        assertEquals(Domain.KERNEL, warm.domain());
        assertEquals(StopReason.CONVERGED, warm.convergence().reason());
        assertEquals(Double.NEGATIVE_INFINITY, warm.potentials().f()[3]);
        assertEquals(Double.NEGATIVE_INFINITY, warm.potentials().g()[7]);
        assertTrue(l1(cold.plan().toRowMajor(), warm.plan().toRowMajor()) <= PLAN_L1);
    }

    private static double[] normalize(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x;
        }
        double[] out = w.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] /= s;
        }
        return out;
    }
}
