package io.github.ot4j.symmetry.align;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.symmetry.group.Haar;
import io.github.ot4j.symmetry.group.OrthogonalGroup;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WassersteinProcrustesTest {

    private static final int N = 60;
    private static final int D = 5;

    @Test
    void sinkhornTransportRecoversARandomRotationOfAShuffledCloudInEverySeed() {
        WassersteinProcrustes solver = new WassersteinProcrustes(WassersteinProcrustesOptions.defaults()
                .withGroup(OrthogonalGroup.SPECIAL_ORTHOGONAL).withMethod(TransportMethod.SINKHORN));
        int recovered = 0;
        for (long seed = 0; seed < 20; seed++) {
            Matrix x = RandomProblems.gaussian(1000 + seed, N, D);
            OrthogonalMap truth = new OrthogonalMap(Haar.specialOrthogonal(D, new SplittableRandom(seed)));
            int[] perm = ProcrustesTest.permutation(N, new SplittableRandom(500 + seed));
            Matrix y = truth.apply(x).selectRows(ProcrustesTest.inverse(perm)); // y_{perm[i]} = R x_i
            WassersteinProcrustesResult r = solver.solve(x, y);
            assertNonIncreasing(r.objectiveTrace());
            // The entropic plan is blurred (epsilon is 10% of the mean cost), so the matching is read off
            // the recovered map: the nearest target of R x_i.
            Matrix mapped = r.map().apply(x);
            boolean matched = true;
            for (int i = 0; i < N; i++) {
                matched &= nearest(mapped.row(i), y) == perm[i];
            }
            if (r.map().distance(truth) <= 1e-6 && matched) {
                recovered++;
            }
        }
        assertEquals(20, recovered, "rotation and matching recovered in 20 of 20 seeds");
    }

    @Test
    void exactTransportRecoversTheRotationAndThePermutationInEverySeed() {
        WassersteinProcrustes solver = new WassersteinProcrustes(WassersteinProcrustesOptions.defaults()
                .withGroup(OrthogonalGroup.SPECIAL_ORTHOGONAL).withMethod(TransportMethod.EXACT));
        int recovered = 0;
        for (long seed = 0; seed < 20; seed++) {
            Matrix x = RandomProblems.gaussian(1000 + seed, N, D);
            OrthogonalMap truth = new OrthogonalMap(Haar.specialOrthogonal(D, new SplittableRandom(seed)));
            int[] perm = ProcrustesTest.permutation(N, new SplittableRandom(500 + seed));
            Matrix y = truth.apply(x).selectRows(ProcrustesTest.inverse(perm));
            WassersteinProcrustesResult r = solver.solve(x, y);
            assertNonIncreasing(r.objectiveTrace());
            // The exact plan is the permutation itself: all of row i's mass 1/n on y_{perm[i]}.
            boolean matched = true;
            for (int i = 0; i < N; i++) {
                matched &= Math.abs(r.plan().get(i, perm[i]) - 1.0 / N) <= 1e-12;
            }
            if (r.map().distance(truth) <= 1e-9 && matched && r.objective() <= 1e-20) {
                recovered++;
            }
        }
        assertEquals(20, recovered, "rotation and permutation recovered exactly in 20 of 20 seeds");
    }

    @Test
    void recoversARotationWithReflectionsAllowedAndNoise() {
        for (long seed = 0; seed < 4; seed++) {
            TransportMethod method = TransportMethod.values()[(int) (seed % 2)];
            WassersteinProcrustes solver = new WassersteinProcrustes(WassersteinProcrustesOptions.defaults()
                    .withMethod(method));
            Matrix x = RandomProblems.gaussian(2000 + seed, N, D);
            OrthogonalMap truth = new OrthogonalMap(Haar.orthogonal(D, new SplittableRandom(seed + 40)));
            int[] perm = ProcrustesTest.permutation(N, new SplittableRandom(seed));
            double[] y = truth.apply(x).selectRows(ProcrustesTest.inverse(perm)).toRowMajor();
            SplittableRandom noise = new SplittableRandom(seed + 99);
            for (int k = 0; k < y.length; k++) {
                y[k] += 0.02 * RandomProblems.normal(noise);
            }
            WassersteinProcrustesResult r = solver.solve(x, Matrix.of(N, D, y));
            assertEquals(32, r.starts(), "all 2^5 PCA-frame sign patterns in O(5)");
            assertTrue(r.map().distance(truth) < 0.05, method + " seed " + seed + ": " + r.map().distance(truth));
            assertNonIncreasing(r.objectiveTrace());
        }
    }

    @Test
    void objectiveNeverIncreasesFromAPoorStart() {
        Matrix x = RandomProblems.gaussian(77, 40, 3);
        Matrix y = RandomProblems.gaussian(78, 50, 3);
        for (TransportMethod method : TransportMethod.values()) {
            WassersteinProcrustes solver = new WassersteinProcrustes(WassersteinProcrustesOptions.defaults()
                    .withMethod(method));
            WassersteinProcrustesResult r = solver.solve(x, y, LinearProblem.uniformWeights(40),
                    LinearProblem.uniformWeights(50), OrthogonalMap.identity(3));
            double[] trace = r.objectiveTrace();
            assertTrue(trace.length >= 2, method + ": the alternation ran: " + trace.length);
            assertNonIncreasing(trace);
            assertEquals(trace[trace.length - 1], r.objective(), 0);
            assertEquals(1, r.starts());
            assertTrue(r.reason() == StopReason.CONVERGED || r.iterations() == solver.options().maxIterations());
        }
    }

    @Test
    void badInputIsRejected() {
        WassersteinProcrustes solver = new WassersteinProcrustes(WassersteinProcrustesOptions.defaults());
        Matrix x = RandomProblems.gaussian(1, 5, 3);
        IllegalArgumentException dim = assertThrows(IllegalArgumentException.class,
                () -> solver.solve(x, RandomProblems.gaussian(2, 5, 2)));
        assertTrue(dim.getMessage().contains("x has dimension 3 but y has dimension 2"), dim.getMessage());
        IllegalArgumentException mass = assertThrows(IllegalArgumentException.class,
                () -> solver.solve(x, x, new double[] {1, 1, 1, 1, 1}, LinearProblem.uniformWeights(5)));
        assertTrue(mass.getMessage().contains("a has total mass 5.0 but b has"), mass.getMessage());
        IllegalArgumentException start = assertThrows(IllegalArgumentException.class,
                () -> solver.solve(x, x, LinearProblem.uniformWeights(5), LinearProblem.uniformWeights(5),
                        OrthogonalMap.identity(2)));
        assertTrue(start.getMessage().contains("initial must be a map of R^3"), start.getMessage());
        IllegalArgumentException starts = assertThrows(IllegalArgumentException.class,
                () -> WassersteinProcrustesOptions.defaults().withMaxStarts(0));
        assertTrue(starts.getMessage().contains("maxStarts must be >= 1, got 0"), starts.getMessage());
    }

    static void assertNonIncreasing(double[] trace) {
        for (int t = 1; t < trace.length; t++) {
            assertTrue(trace[t] <= trace[t - 1], "objective increased at step " + t + ": " + trace[t - 1] + " -> " + trace[t]);
        }
    }

    static int nearest(double[] p, Matrix y) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int j = 0; j < y.rows(); j++) {
            double s = 0;
            for (int k = 0; k < p.length; k++) {
                double t = p[k] - y.get(j, k);
                s += t * t;
            }
            if (s < bestDistance) {
                bestDistance = s;
                best = j;
            }
        }
        return best;
    }
}
