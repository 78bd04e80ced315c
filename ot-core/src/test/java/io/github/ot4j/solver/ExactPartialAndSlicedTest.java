package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.problem.PartialProblem;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.testing.Golden;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exact partial transport and sliced Wasserstein against POT 0.8.2, and their properties. */
class ExactPartialAndSlicedTest {

    @Test
    void exactPartialMatchesPot() {
        Golden g = Golden.load("partial_wasserstein_m0.6");
        PartialProblem p = PartialProblem.of(Geometry.dense(g.inputMatrix("M")), g.inputVector("a"), g.inputVector("b"),
                g.param("m"));
        PartialTransportResult r = new ExactPartialTransport().solve(p);
        assertEquals(StopReason.CONVERGED, r.convergence().reason());
        g.assertMatrix("plan", r.plan().toArray());
        g.assertScalar("cost", r.cost());
        g.assertScalar("partial_w_dist", r.cost());
        assertEquals(g.param("m"), r.plan().mass(), 1e-12);
    }

    @Test
    void exactPartialWithFullMassIsExactTransport() {
        Geometry c = CostFunction.squaredEuclidean().pairwise(RandomProblems.gaussian(5, 9, 2), RandomProblems.gaussian(6, 11, 2));
        double[] a = RandomProblems.weights(7, 9);
        double[] b = RandomProblems.weights(8, 11);
        double partial = new ExactPartialTransport().solve(PartialProblem.of(c, a, b, 1)).cost();
        double full = new NetworkSimplex().solve(LinearProblem.of(c, a, b)).cost();
        assertEquals(full, partial, 1e-12 * full);
        double half = new ExactPartialTransport().solve(PartialProblem.of(c, a, b, 0.5)).cost();
        assertTrue(half < full);
    }

    @Test
    void slicedMatchesPotWithFixedDirections() {
        Golden g = Golden.load("sliced_wasserstein_d3_K20");
        Matrix xs = Matrix.of(g.inputMatrix("Xs"));
        Matrix xt = Matrix.of(g.inputMatrix("Xt"));
        Matrix directions = Matrix.of(g.inputMatrix("projections"));
        for (int p : new int[] {1, 2}) {
            SlicedResult r = new SlicedWasserstein(SlicedOptions.fixed(p, directions)).compute(xs, xt, g.inputVector("a"),
                    g.inputVector("b"));
            g.assertVector("projected_emds_p" + p, r.projected());
            g.assertScalar("sw_p" + p, r.distance());
            if (p == 2) {
                g.assertScalar("max_sw_p2", r.maxSliced());
                double bug = g.outputScalar("sw_p2_with_default_n_projections_BUG");
                assertTrue(Math.abs(r.distance() - bug) > 0.1, "POT 0.8.2's n_projections bug is not replicated");
            }
        }
    }

    @Test
    void slicedIsAtMostWassersteinAndSeeded() {
        for (long seed = 0; seed < 6; seed++) {
            Matrix x = RandomProblems.gaussian(100 + seed, 12, 3);
            Matrix y = RandomProblems.gaussian(200 + seed, 15, 3);
            double[] a = RandomProblems.weights(300 + seed, 12);
            double[] b = RandomProblems.weights(400 + seed, 15);
            double w1 = new NetworkSimplex().solve(LinearProblem.of(CostFunction.euclidean().pairwise(x, y), a, b)).cost();
            double w2 = Math.sqrt(new NetworkSimplex().solve(LinearProblem.of(CostFunction.squaredEuclidean().pairwise(x, y),
                    a, b)).cost());
            SlicedResult s1 = new SlicedWasserstein(SlicedOptions.random(1, seed).withProjections(64)).compute(x, y, a, b);
            SlicedResult s2 = new SlicedWasserstein(SlicedOptions.random(2, seed).withProjections(64)).compute(x, y, a, b);
            assertTrue(s1.distance() <= s1.maxSliced() + 1e-12);
            assertTrue(s1.maxSliced() <= w1 + 1e-12, "seed " + seed + ": max-SW_1 " + s1.maxSliced() + " > W_1 " + w1);
            assertTrue(s2.maxSliced() <= w2 + 1e-12, "seed " + seed + ": max-SW_2 " + s2.maxSliced() + " > W_2 " + w2);
            assertTrue(s1.distance() > 0);
            SlicedResult again = new SlicedWasserstein(SlicedOptions.random(1, seed).withProjections(64)).compute(x, y, a, b);
            assertEquals(s1.distance(), again.distance(), 0, "same seed, same directions");
            assertEquals(s1.directions(), again.directions());
        }
    }

    @Test
    void randomDirectionsAreUnitColumnsAndBadInputIsRejected() {
        Matrix d = SlicedWasserstein.randomDirections(4, 7, 3);
        assertEquals(4, d.rows());
        assertEquals(7, d.cols());
        for (int k = 0; k < 7; k++) {
            double s = 0;
            for (int c = 0; c < 4; c++) {
                s += d.get(c, k) * d.get(c, k);
            }
            assertEquals(1, s, 1e-12);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SlicedOptions.fixed(2, Matrix.of(new double[][] {{1, 0.5}, {0, 0.5}})));
        assertTrue(e.getMessage().contains("directions column 1 has norm"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SlicedWasserstein(SlicedOptions.random(0.5, 1)));
        assertTrue(e.getMessage().contains("order must be >= 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SlicedWasserstein(SlicedOptions.fixed(1, d))
                .compute(RandomProblems.gaussian(1, 3, 2), RandomProblems.gaussian(2, 3, 2), null, null));
        assertTrue(e.getMessage().contains("directions have dimension 4 but the points have 2"), e.getMessage());
    }
}
