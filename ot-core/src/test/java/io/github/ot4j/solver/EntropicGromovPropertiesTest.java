package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.GromovLoss;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.problem.QuadraticProblem;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeded properties of entropic (fused) Gromov-Wasserstein. */
class EntropicGromovPropertiesTest {

    private static final double EPS = 0.01;

    /** Squared distances divided by 10 (so that {@code ε} is comparable to the cost scale). */
    private static Matrix sqDist(Matrix x) {
        double[] c = CostFunction.squaredEuclidean().pairwise(x, x).toRowMajor();
        for (int k = 0; k < c.length; k++) {
            c[k] /= 10;
        }
        return Matrix.of(x.rows(), x.rows(), c);
    }

    /** {@code x R + t} for a random orthogonal R (Gram-Schmidt on Gaussian columns) and shift t. */
    static Matrix rigidMotion(Matrix x, long seed) {
        int d = x.cols();
        SplittableRandom r = new SplittableRandom(seed);
        double[][] q = new double[d][d];
        for (int c = 0; c < d; c++) {
            for (int k = 0; k < d; k++) {
                q[c][k] = RandomProblems.normal(r);
            }
            for (int prev = 0; prev < c; prev++) {
                double dot = 0;
                for (int k = 0; k < d; k++) {
                    dot += q[c][k] * q[prev][k];
                }
                for (int k = 0; k < d; k++) {
                    q[c][k] -= dot * q[prev][k];
                }
            }
            double norm = 0;
            for (int k = 0; k < d; k++) {
                norm += q[c][k] * q[c][k];
            }
            for (int k = 0; k < d; k++) {
                q[c][k] /= Math.sqrt(norm);
            }
        }
        double[] shift = new double[d];
        for (int k = 0; k < d; k++) {
            shift[k] = 10 * RandomProblems.normal(r);
        }
        double[] out = new double[x.rows() * d];
        for (int i = 0; i < x.rows(); i++) {
            for (int c = 0; c < d; c++) {
                double s = shift[c];
                for (int k = 0; k < d; k++) {
                    s += x.get(i, k) * q[c][k];
                }
                out[i * d + c] = s;
            }
        }
        return Matrix.of(x.rows(), d, out);
    }

    private static void assertPlansClose(double[] expected, double[] actual, double tol) {
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], tol, "entry " + k);
        }
    }

    @Test
    void invariantUnderRigidMotionsOfEitherInput() {
        Matrix x = RandomProblems.gaussian(41, 18, 2);
        Matrix y = RandomProblems.gaussian(42, 22, 3);
        double[] p = RandomProblems.weights(43, 18);
        double[] q = RandomProblems.weights(44, 22);
        EntropicGromovWasserstein solver = new EntropicGromovWasserstein(EntropicGromovOptions.epsilon(EPS));
        GromovWassersteinResult base = solver.solve(QuadraticProblem.of(sqDist(x), sqDist(y), p, q)).requireConverged();
        GromovWassersteinResult movedSource = solver.solve(QuadraticProblem.of(sqDist(rigidMotion(x, 45)), sqDist(y), p, q));
        GromovWassersteinResult movedTarget = solver.solve(QuadraticProblem.of(sqDist(x), sqDist(rigidMotion(y, 46)), p, q));
        double[] plan = base.plan().toRowMajor();
        assertPlansClose(plan, movedSource.plan().toRowMajor(), 1e-9);
        assertPlansClose(plan, movedTarget.plan().toRowMajor(), 1e-9);
        assertEquals(base.value(), movedSource.value(), 1e-10 * base.value());
        assertEquals(base.value(), movedTarget.value(), 1e-10 * base.value());
        // marginals are those of the problem
        double[] rows = base.plan().rowMarginal();
        double[] cols = base.plan().columnMarginal();
        for (int i = 0; i < p.length; i++) {
            assertEquals(p[i], rows[i], 1e-12);
        }
        for (int j = 0; j < q.length; j++) {
            assertEquals(q[j], cols[j], 1e-9);
        }
    }

    @Test
    void accelerationReachesThePlainFixedPointInFewerOuterIterations() {
        Matrix x = RandomProblems.gaussian(31, 40, 2);
        Matrix y = RandomProblems.gaussian(32, 45, 3);
        QuadraticProblem pr = QuadraticProblem.of(sqDist(x), sqDist(y), null, null);
        // a tight outer tolerance, so that both runs end close to the fixed point itself
        EntropicGromovOptions o = EntropicGromovOptions.epsilon(0.02).withTolerance(1e-12);
        o = o.withInner(o.inner().withTolerance(1e-12));
        GromovWassersteinResult plain = new EntropicGromovWasserstein(o).solve(pr).requireConverged();
        GromovWassersteinResult fast = new EntropicGromovWasserstein(o.withAcceleration(EntropicGromovOptions.SUGGESTED_ACCELERATION))
                .solve(pr).requireConverged();
        assertTrue(fast.convergence().iterations() < plain.convergence().iterations(),
                fast.convergence().iterations() + " vs " + plain.convergence().iterations());
        assertPlansClose(plain.plan().toRowMajor(), fast.plan().toRowMajor(), 1e-10);
        assertEquals(plain.value(), fast.value(), 1e-9 * plain.value());
    }

    @Test
    void oneAndTwoThreadsAgreeToRounding() {
        // 300 x 260 entries: above Parallel.SEQUENTIAL_THRESHOLD, so the passes over the plan are
        // really split; fused (alpha 0.5), so the linear-cost terms are exercised as well. The
        // outer passes (MirrorDescent, GromovObjective, CostStatistics) sum over fixed blocks and
        // do not depend on the thread count, but the inner Sinkhorn combines its column sums per
        // thread chunk, so the plans agree to rounding only, not bit for bit.
        Matrix x = RandomProblems.gaussian(101, 300, 2);
        Matrix y = RandomProblems.gaussian(102, 260, 2);
        Geometry m = CostFunction.squaredEuclidean().pairwise(x, y);
        QuadraticProblem pr = QuadraticProblem.fused(m, sqDist(x), sqDist(y), null, null, 0.5);
        EntropicGromovOptions o = EntropicGromovOptions.epsilon(0.05).withMaxIterations(15).withTolerance(0);
        GromovWassersteinResult one = new EntropicGromovWasserstein(o.withInner(o.inner().withParallelism(1))).solve(pr);
        GromovWassersteinResult two = new EntropicGromovWasserstein(o.withInner(o.inner().withParallelism(2))).solve(pr);
        double[] p1 = one.plan().toRowMajor();
        double[] p2 = two.plan().toRowMajor();
        double largest = 0;
        double diff = 0;
        for (int k = 0; k < p1.length; k++) {
            largest = Math.max(largest, p1[k]);
            diff = Math.max(diff, Math.abs(p1[k] - p2[k]));
        }
        assertTrue(diff <= 1e-13 * largest, "plans differ by " + diff + " (largest entry " + largest + ")");
        assertEquals(one.value(), two.value(), 1e-13 * one.value());
        assertTrue(java.util.Arrays.equals(one.innerIterations(), two.innerIterations()), "inner iterations differ");
    }

    @Test
    void anIsometricCopyIsCloserThanAnotherShape() {
        Matrix x = RandomProblems.gaussian(51, 20, 2);
        Matrix other = RandomProblems.gaussian(52, 20, 2);
        EntropicGromovWasserstein solver = new EntropicGromovWasserstein(EntropicGromovOptions.epsilon(0.02));
        double self = solver.solve(QuadraticProblem.of(sqDist(x), sqDist(rigidMotion(x, 53)), null, null)).value();
        double different = solver.solve(QuadraticProblem.of(sqDist(x), sqDist(other), null, null)).value();
        assertTrue(self < 0.2 * different, "GW(x, moved x) = " + self + " vs GW(x, other) = " + different);
    }

    @Test
    void fusedWithAlphaZeroIsSinkhornOnTheFeatureCost() {
        Matrix x = RandomProblems.gaussian(61, 10, 2);
        Matrix y = RandomProblems.gaussian(62, 12, 2);
        Geometry m = CostFunction.squaredEuclidean().pairwise(x, y);
        QuadraticProblem pr = QuadraticProblem.fused(m, sqDist(x), sqDist(y), null, null, 0);
        EntropicGromovOptions o = EntropicGromovOptions.epsilon(0.1);
        GromovWassersteinResult r = new EntropicGromovWasserstein(o).solve(pr);
        SinkhornResult s = new Sinkhorn(o.inner()).solve(LinearProblem.uniform(m));
        assertPlansClose(s.plan().toRowMajor(), r.plan().toRowMajor(), 1e-9);
        assertEquals(s.transportCost(), r.featureCost(), 1e-9);
        assertEquals(r.featureCost(), r.value(), 1e-15);
    }

    @Test
    void fusedValueCombinesBothTerms() {
        Matrix x = RandomProblems.gaussian(71, 10, 2);
        Matrix y = RandomProblems.gaussian(72, 12, 2);
        Geometry m = CostFunction.squaredEuclidean().pairwise(x, y);
        QuadraticProblem pr = QuadraticProblem.fused(m, sqDist(x), sqDist(y), null, null, 0.3);
        GromovWassersteinResult r = new EntropicGromovWasserstein(EntropicGromovOptions.epsilon(0.05)).solve(pr)
                .requireConverged();
        assertEquals(0.7 * r.featureCost() + 0.3 * r.structureCost(), r.value(), 1e-14);
        assertEquals(r.plan().cost(m), r.featureCost(), 1e-14);
        double gw = GromovObjective.of(pr).value(r.plan().toRowMajor());
        assertEquals(gw, r.structureCost(), 1e-12 * gw);
        double[] trace = r.objectiveTrace();
        assertEquals(r.value(), trace[trace.length - 1], 1e-12);
    }

    @Test
    void klLossConverges() {
        Matrix x = RandomProblems.gaussian(81, 12, 2);
        Matrix y = RandomProblems.gaussian(82, 14, 2);
        QuadraticProblem pr = QuadraticProblem.of(sqDist(x), sqDist(y), null, null).withLoss(GromovLoss.KL);
        GromovWassersteinResult r = new EntropicGromovWasserstein(EntropicGromovOptions.epsilon(0.5)).solve(pr);
        assertEquals(StopReason.CONVERGED, r.convergence().reason(), r.convergence().toString());
        assertTrue(Double.isFinite(r.value()));
        assertEquals(1.0, r.plan().mass(), 1e-9);
    }

    @Test
    void listenerCancels() {
        QuadraticProblem pr = QuadraticProblem.of(sqDist(RandomProblems.gaussian(91, 8, 2)),
                sqDist(RandomProblems.gaussian(92, 9, 2)), null, null);
        GromovWassersteinResult r = new EntropicGromovWasserstein(EntropicGromovOptions.epsilon(0.01).withTolerance(0))
                .solve(pr, null, progress -> progress.iteration() < 3);
        assertEquals(StopReason.CANCELLED, r.convergence().reason());
        assertEquals(3, r.convergence().iterations());
    }

    @Test
    void badInputIsRejectedWithTheValue() {
        Matrix c3 = sqDist(RandomProblems.gaussian(1, 3, 2));
        Matrix c4 = sqDist(RandomProblems.gaussian(2, 4, 2));
        assertMessage(() -> QuadraticProblem.of(c3, c4, new double[] {0.5, 0.5}, null), "a has 2 entries");
        assertMessage(() -> QuadraticProblem.of(c3, c4, null, new double[] {1, 1, 1, 1}), "total mass");
        assertMessage(() -> QuadraticProblem.of(Matrix.of(new double[][] {{0, 1, 2}}), c4, null, null), "square");
        assertMessage(() -> QuadraticProblem.fused(Geometry.dense(new double[3][3]), c3, c4, null, null, 0.5), "3 x 3");
        assertMessage(() -> QuadraticProblem.fused(Geometry.dense(new double[3][4]), c3, c4, null, null, 1.5),
                "alpha must be in [0, 1], got 1.5");
        assertMessage(() -> new QuadraticProblem(c3, c4, new double[] {1, 1, 1}, new double[] {1, 1, 1, 0}, null, 0.5,
                GromovLoss.SQUARE), "alpha must be 1");
        Matrix negative = Matrix.of(new double[][] {{0, -1, 0}, {-1, 0, 0}, {0, 0, 0}});
        assertMessage(() -> QuadraticProblem.of(negative, c4, null, null).withLoss(GromovLoss.KL), "sourceCost[0][1] is negative");
        assertMessage(() -> EntropicGromovOptions.epsilon(0), "epsilon must be > 0");
        assertMessage(() -> EntropicGromovOptions.epsilon(0.1).withTolerance(-1), "tolerance must be >= 0");
        assertMessage(() -> new EntropicGromovWasserstein(EntropicGromovOptions.epsilon(0.1))
                .solve(QuadraticProblem.of(c3, c4, null, null), new double[5], null), "initialPlan has 5 entries");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable e, String part) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        assertTrue(x.getMessage().contains(part), x.getMessage());
    }
}
