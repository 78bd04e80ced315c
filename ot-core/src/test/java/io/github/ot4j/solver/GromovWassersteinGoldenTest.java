package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.QuadraticProblem;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.testing.Golden;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POT 0.8.2's {@code fused_gromov_wasserstein} (exact conditional gradient) and properties of the exact solver. */
class GromovWassersteinGoldenTest {

    private static final String CASE = "fused_gromov_wasserstein_alpha0.5";

    private static QuadraticProblem problem(Golden g) {
        return QuadraticProblem.fused(Geometry.dense(g.inputMatrix("M")), Matrix.of(g.inputMatrix("C1")),
                Matrix.of(g.inputMatrix("C2")), g.inputVector("p"), g.inputVector("q"), g.param("alpha"));
    }

    @Test
    void conditionalGradientMirrorsPot() {
        Golden g = Golden.load(CASE);
        GromovWassersteinOptions o = GromovWassersteinOptions.potCompatible()
                .withMaxIterations((int) g.param("cg_numItermax")).withTolerance(g.param("cg_stopThr"));
        GromovWassersteinResult r = new GromovWasserstein(o).solve(problem(g));
        assertEquals(StopReason.CONVERGED, r.convergence().reason(), r.convergence().toString());
        double[] history = g.outputVector("loss_history");
        double[] trace = r.objectiveTrace();
        assertEquals(history.length, trace.length, "same number of conditional-gradient steps");
        for (int k = 0; k < history.length; k++) {
            assertEquals(history[k], trace[k], 1e-9 * history[k], "loss " + k);
        }
        g.assertMatrix("plan", r.plan().toArray());
        g.assertScalar("fgw_dist", r.value());
        g.assertScalar("fgw2", r.value());
        assertEquals(0.5 * r.featureCost() + 0.5 * r.structureCost(), r.value(), 1e-15);
        // ot4j's defaults (low-rank factors where exact) reach the same point
        GromovWassersteinResult fast = new GromovWasserstein().solve(problem(g));
        g.assertMatrix("plan", fast.plan().toArray());
    }

    @Test
    void exactGromovWassersteinOfAPermutedCopyIsZero() {
        int n = 9;
        Matrix x = RandomProblems.gaussian(17, n, 2);
        int[] perm = {3, 7, 0, 8, 1, 5, 2, 6, 4};
        Matrix y = x.selectRows(perm);
        Matrix cx = CostFunction.squaredEuclidean().pairwise(x, x).toMatrix();
        Matrix cy = CostFunction.squaredEuclidean().pairwise(y, y).toMatrix();
        QuadraticProblem p = QuadraticProblem.of(cx, cy, null, null);
        // start at the right permutation: a stationary point with value 0
        double[] start = new double[n * n];
        for (int j = 0; j < n; j++) {
            start[perm[j] * n + j] = 1.0 / n;
        }
        GromovWassersteinResult r = new GromovWasserstein().solve(p, start, null);
        assertEquals(0, r.value(), 1e-12);
        // and from p qᵀ the objective only decreases
        GromovWassersteinResult cold = new GromovWasserstein().solve(p);
        double[] trace = cold.objectiveTrace();
        for (int k = 1; k < trace.length; k++) {
            assertTrue(trace[k] <= trace[k - 1] + 1e-12, "step " + k + ": " + trace[k - 1] + " -> " + trace[k]);
        }
        assertEquals(1, cold.plan().mass(), 1e-12);
    }

    @Test
    void lineSearchIsPots() {
        assertEquals(0.25, GromovWasserstein.lineSearch(2, -1, 0), 0);
        assertEquals(1, GromovWasserstein.lineSearch(0.1, -1, 0), 0);
        assertEquals(0, GromovWasserstein.lineSearch(1, 1, 0), 0);
        assertEquals(1, GromovWasserstein.lineSearch(-1, 0.5, 3), 0, "concave: f(1) = 2.5 < f(0) = 3");
        assertEquals(0, GromovWasserstein.lineSearch(-1, 2, 3), 0, "concave: f(1) = 4 > f(0) = 3");
        assertThrows(IllegalArgumentException.class, () -> GromovWassersteinOptions.defaults().withMaxIterations(0));
    }
}
