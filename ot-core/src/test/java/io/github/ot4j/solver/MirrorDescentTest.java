package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mirror descent on the quadratic {@code F(P) = ½ |P - Q|²}, whose minimizer can be checked:
 * the fixed point of the linearized step minimizes the strictly convex
 * {@code <C, P> + λ F(P) + ε KL(P | a bᵀ)}, so its KKT conditions hold: the matrix
 * {@code C + λ (P - Q) + ε log(P / (a bᵀ))} is of the form {@code f_i + g_j}.
 */
class MirrorDescentTest {

    private static final int N = 12;
    private static final int M = 15;

    private static SmoothObjective quadratic(double[] q) {
        return (plan, rows, cols, gradient) -> {
            double v = 0;
            for (int k = 0; k < plan.length; k++) {
                double d = plan[k] - q[k];
                gradient[k] = d;
                v += 0.5 * d * d;
            }
            return v;
        };
    }

    private static LinearProblem problem() {
        Geometry c = CostFunction.squaredEuclidean().pairwise(RandomProblems.gaussian(31, N, 2),
                RandomProblems.gaussian(32, M, 2));
        return LinearProblem.of(c, RandomProblems.weights(33, N), RandomProblems.weights(34, M));
    }

    private static double[] target(LinearProblem p) {
        // Q: a random plan with the right marginals (a Sinkhorn plan on a random cost).
        Geometry random = CostFunction.squaredEuclidean().pairwise(RandomProblems.gaussian(35, N, 2),
                RandomProblems.gaussian(36, M, 2));
        return new Sinkhorn(SinkhornOptions.epsilon(0.5).withTolerance(1e-12)).solve(p.withGeometry(random))
                .plan().toRowMajor();
    }

    /** Max deviation of {@code R_ij} from the additive form {@code f_i + g_j} (double centering). */
    private static double additiveResidual(double[] r) {
        double[] rowMean = new double[N];
        double[] colMean = new double[M];
        double all = 0;
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < M; j++) {
                rowMean[i] += r[i * M + j] / M;
                colMean[j] += r[i * M + j] / N;
                all += r[i * M + j] / (N * M);
            }
        }
        double max = 0;
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < M; j++) {
                max = Math.max(max, Math.abs(r[i * M + j] - rowMean[i] - colMean[j] + all));
            }
        }
        return max;
    }

    @Test
    void linearizedStepConvergesToTheKktPointOfTheRegularizedProblem() {
        LinearProblem p = problem();
        double[] q = target(p);
        double eps = 0.05;
        double lambda = 0.5;
        MirrorDescentOptions o = MirrorDescentOptions.of(SinkhornOptions.epsilon(eps).withTolerance(1e-13)
                .withCheckEvery(1)).withWeight(lambda).withTolerance(1e-12).withMaxIterations(500);
        MirrorDescentResult r = new MirrorDescent(o).minimize(p, quadratic(q));
        assertEquals(StopReason.CONVERGED, r.convergence().reason(), r.convergence().toString());
        double[] plan = r.plan().toRowMajor();
        double[] a = p.a();
        double[] b = p.b();
        double[] residual = new double[N * M];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < M; j++) {
                int k = i * M + j;
                residual[k] = p.geometry().cost(i, j) + lambda * (plan[k] - q[k]) + eps * Math.log(plan[k] / (a[i] * b[j]));
            }
        }
        assertTrue(additiveResidual(residual) < 1e-8, "KKT residual " + additiveResidual(residual));
        // the objective trace decreases monotonically for this convex problem... after the first step
        double[] trace = r.objectiveTrace();
        assertEquals(r.convergence().iterations() + 1, trace.length);
        assertEquals(r.linearCost() + lambda * r.objectiveValue(), r.totalObjective(), 1e-15);
        assertTrue(r.innerConverged() == r.convergence().iterations());
    }

    @Test
    void proximalStepsOnALinearObjectiveAreSinkhornAtSmallerEpsilon() {
        // P_{t+1} = argmin <C, P> + eps KL(P | P_t) from P_0 = a bᵀ gives, after T steps, the
        // Sinkhorn plan at eps / T: an exact identity.
        LinearProblem p = problem();
        SmoothObjective zero = (plan, rows, cols, gradient) -> {
            java.util.Arrays.fill(gradient, 0);
            return 0;
        };
        SinkhornOptions inner = SinkhornOptions.epsilon(0.5).withTolerance(1e-13).withCheckEvery(1);
        MirrorDescentOptions o = MirrorDescentOptions.of(inner).withStep(MirrorStep.PROXIMAL).withTolerance(0)
                .withMaxIterations(5);
        double[] plan = new MirrorDescent(o).minimize(p, zero).plan().toRowMajor();
        double[] sinkhorn = new Sinkhorn(inner.withEpsilon(0.1)).solve(p).plan().toRowMajor();
        for (int k = 0; k < plan.length; k++) {
            assertEquals(sinkhorn[k], plan[k], 1e-9 * Math.max(sinkhorn[k], 1e-6));
        }
    }

    @Test
    void proximalStepsDecreaseASmoothObjective() {
        // F = ½ |P - Q|² is 1-smooth relative to KL (|.|₂ <= |.|₁ and Pinsker), so steps with
        // eps >= λ decrease <C, P> + λ F(P) monotonically.
        LinearProblem p = problem();
        double[] q = target(p);
        MirrorDescentOptions o = MirrorDescentOptions.of(SinkhornOptions.epsilon(1.0).withTolerance(1e-13))
                .withStep(MirrorStep.PROXIMAL).withWeight(1).withTolerance(0).withMaxIterations(30);
        double[] trace = new MirrorDescent(o).minimize(p, quadratic(q)).objectiveTrace();
        for (int t = 1; t < trace.length; t++) {
            assertTrue(trace[t] <= trace[t - 1] + 1e-12, "objective rose at step " + t + ": " + trace[t - 1] + " -> " + trace[t]);
        }
        assertTrue(trace[trace.length - 1] < trace[0] - 1e-3, "and it makes progress");
    }

    @Test
    void warmStartsSaveInnerIterations() {
        LinearProblem p = problem();
        double[] q = target(p);
        MirrorDescentOptions o = MirrorDescentOptions.of(SinkhornOptions.epsilon(0.05).withTolerance(1e-11))
                .withWeight(0.5).withTolerance(0).withMaxIterations(20);
        MirrorDescentResult warm = new MirrorDescent(o).minimize(p, quadratic(q));
        MirrorDescentResult cold = new MirrorDescent(o.withInnerStart(InnerStart.COLD)).minimize(p, quadratic(q));
        int sw = java.util.Arrays.stream(warm.innerIterations()).sum();
        int sc = java.util.Arrays.stream(cold.innerIterations()).sum();
        assertTrue(sw < sc, "warm " + sw + " vs cold " + sc);
        assertEquals(cold.totalObjective(), warm.totalObjective(), 1e-9);
    }

    /**
     * Inexact inner solves (tolerance tied to the last outer step) reach the same fixed point of
     * a convex problem with fewer inner iterations; the final value-only evaluation keeps the
     * reported objective consistent.
     */
    @Test
    void inexactInnerSolvesReachTheSameFixedPointWithFewerInnerIterations() {
        LinearProblem p = problem();
        double[] q = target(p);
        MirrorDescentOptions exact = MirrorDescentOptions.of(SinkhornOptions.epsilon(0.05).withTolerance(1e-12))
                .withWeight(0.5).withTolerance(1e-11).withMaxIterations(300);
        MirrorDescentResult e = new MirrorDescent(exact).minimize(p, quadratic(q));
        MirrorDescentResult i = new MirrorDescent(exact.withInnerToleranceFactor(0.1)).minimize(p, quadratic(q));
        assertEquals(StopReason.CONVERGED, i.convergence().reason(), i.convergence().toString());
        int se = java.util.Arrays.stream(e.innerIterations()).sum();
        int si = java.util.Arrays.stream(i.innerIterations()).sum();
        assertTrue(si < se, "inexact " + si + " vs exact " + se);
        assertEquals(e.totalObjective(), i.totalObjective(), 1e-9);
        assertEquals(i.linearCost() + 0.5 * i.objectiveValue(), i.totalObjective(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> exact.withInnerToleranceFactor(-1));
        // The old six-argument constructor keeps exact inner tolerances.
        assertEquals(0, new MirrorDescentOptions(5, 0, 1, SinkhornOptions.epsilon(1), InnerStart.WARM,
                MirrorStep.LINEARIZED).innerToleranceFactor());
    }

    @Test
    void listenerCancelsAndBadInputIsRejected() {
        LinearProblem p = problem();
        double[] q = target(p);
        AtomicInteger calls = new AtomicInteger();
        MirrorDescentOptions o = MirrorDescentOptions.of(SinkhornOptions.epsilon(0.05)).withTolerance(0);
        MirrorDescentResult r = new MirrorDescent(o).minimize(p, quadratic(q), null, pr -> calls.incrementAndGet() < 2);
        assertEquals(StopReason.CANCELLED, r.convergence().reason());
        assertEquals(2, r.convergence().iterations());
        assertThrows(IllegalArgumentException.class, () -> new MirrorDescent(o).minimize(p, quadratic(q), new double[3], null));
        assertThrows(IllegalArgumentException.class, () -> MirrorDescentOptions.of(SinkhornOptions.epsilon(1)).withMaxIterations(0));
        assertThrows(IllegalArgumentException.class, () -> MirrorDescentOptions.of(SinkhornOptions.epsilon(1)).withWeight(Double.NaN));
    }

    @Test
    void objectiveProducingNaNEndsDivergedWithTheLastFinitePlan() {
        LinearProblem p = problem();
        AtomicInteger calls = new AtomicInteger();
        SmoothObjective poisoned = (plan, rows, cols, gradient) -> {
            java.util.Arrays.fill(gradient, calls.incrementAndGet() >= 3 ? Double.NaN : 0.1);
            return 0;
        };
        MirrorDescentResult r = new MirrorDescent(MirrorDescentOptions.of(SinkhornOptions.epsilon(0.1)).withTolerance(0))
                .minimize(p, poisoned);
        assertEquals(StopReason.DIVERGED, r.convergence().reason());
        for (double v : r.plan().toRowMajor()) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void andersonAccelerationReachesTheSameFixedPointInFewerSteps() {
        LinearProblem p = problem();
        double[] q = target(p);
        MirrorDescentOptions o = MirrorDescentOptions.of(SinkhornOptions.epsilon(0.05).withTolerance(1e-13)
                .withCheckEvery(1)).withWeight(1).withTolerance(1e-11).withMaxIterations(2000);
        MirrorDescentResult plain = new MirrorDescent(o).minimize(p, quadratic(q));
        MirrorDescentResult fast = new MirrorDescent(o.withAcceleration(4)).minimize(p, quadratic(q));
        assertEquals(StopReason.CONVERGED, plain.convergence().reason(), plain.convergence().toString());
        assertEquals(StopReason.CONVERGED, fast.convergence().reason(), fast.convergence().toString());
        assertTrue(fast.convergence().iterations() < plain.convergence().iterations(),
                fast.convergence().iterations() + " vs " + plain.convergence().iterations());
        double[] a = plain.plan().toRowMajor();
        double[] b = fast.plan().toRowMajor();
        for (int k = 0; k < a.length; k++) {
            assertEquals(a[k], b[k], 1e-9);
        }
        assertThrows(IllegalArgumentException.class, () -> o.withAcceleration(-1));
    }
}
