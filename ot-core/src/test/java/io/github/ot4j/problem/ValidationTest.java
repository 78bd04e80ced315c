package io.github.ot4j.problem;

import io.github.ot4j.OT;
import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.solver.EpsilonSchedule;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.NotConvergedException;
import io.github.ot4j.result.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input is rejected at the public entry points with messages naming argument and value. */
class ValidationTest {

    private static void rejects(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "message '" + e.getMessage() + "' should mention '" + f + "'");
        }
    }

    private static final Geometry G = Geometry.dense(new double[][] {{0, 1, 2}, {1, 0, 1}});

    @Test
    void weightsAreChecked() {
        rejects(() -> LinearProblem.of(G, new double[] {0.5, 0.5, 0}, null), "a has 3 entries", "the cost has 2 rows");
        rejects(() -> LinearProblem.of(G, null, new double[] {0.5, 0.5}), "b has 2 entries", "3 columns");
        rejects(() -> LinearProblem.of(G, new double[] {Double.NaN, 1}, null), "a[0] is NaN");
        rejects(() -> LinearProblem.of(G, new double[] {1, Double.POSITIVE_INFINITY}, null), "a[1] is Infinity");
        rejects(() -> LinearProblem.of(G, new double[] {-0.5, 1.5}, null), "a[0] is negative: -0.5");
        rejects(() -> LinearProblem.of(G, new double[] {0, 0}, null), "a has zero total mass");
        rejects(() -> LinearProblem.of(G, new double[] {0.5, 0.6}, null), "a has total mass 1.1", "b has 1.0");
        rejects(() -> LinearProblem.uniform(G).withRelaxation(0, 1), "tauA must be in (0, 1], got 0.0");
        rejects(() -> LinearProblem.uniform(null), "geometry must not be null");
        // unbalanced problems may have different masses
        assertEquals(1.1, LinearProblem.of(G, null, null).withRelaxation(0.5, 0.5).massA() + 0.1, 1e-12);
    }

    @Test
    void costsAndPointsAreChecked() {
        rejects(() -> Geometry.dense(new double[][] {{0, Double.NaN}}), "cost[0][1] is NaN");
        rejects(() -> Geometry.dense(new double[][] {{0, 1}, {1}}), "values[1]".replace("values", "cost"), "has 1 entries");
        rejects(() -> Geometry.dense(new double[0][]), "at least one row");
        rejects(() -> Geometry.dense(2, 2, new double[3]), "3 values", "2 x 2");
        rejects(() -> Geometry.pointCloud(new double[][] {{0, 1}}, new double[][] {{0, 1, 2}}, CostFunction.euclidean()),
                "dimension 2", "dimension 3");
        rejects(() -> Matrix.of(new double[][] {{Double.NEGATIVE_INFINITY}}), "values[0][0] is -Infinity");
        rejects(() -> CostFunction.minkowski(0.5), "p must be >= 1", "0.5");
        rejects(() -> CostFunction.byName("hamming"), "unknown metric 'hamming'");
    }

    @Test
    void optionsAreChecked() {
        rejects(() -> SinkhornOptions.epsilon(0), "epsilon must be > 0", "got 0.0");
        rejects(() -> SinkhornOptions.epsilon(-0.1), "epsilon must be > 0", "-0.1");
        rejects(() -> SinkhornOptions.epsilon(Double.NaN), "epsilon", "NaN");
        rejects(() -> SinkhornOptions.epsilon(1).withTolerance(-1), "tolerance must be >= 0", "-1.0");
        rejects(() -> SinkhornOptions.epsilon(1).withMaxIterations(0), "maxIterations must be >= 1, got 0");
        rejects(() -> SinkhornOptions.epsilon(1).withCheckEvery(0), "checkEvery must be >= 1, got 0");
        rejects(() -> EpsilonSchedule.geometric(1.5, 3), "decay must be in (0, 1], got 1.5");
        rejects(() -> OT.sinkhorn(new double[] {1}, new double[] {1}, new double[][] {{1}}, 0), "epsilon");
    }

    @Test
    void nonConvergenceIsDataUntilRequired() {
        Convergence c = new Convergence(StopReason.MAX_ITERATIONS, 10, 1e-3, 1e-9, new double[] {1e-2, 1e-3});
        NotConvergedException e = assertThrows(NotConvergedException.class, c::requireConverged);
        assertTrue(e.getMessage().contains("MAX_ITERATIONS"));
        rejects(() -> new Convergence(StopReason.CONVERGED, 3, Double.NaN, 1e-9, null), "cannot be CONVERGED");
        rejects(() -> new Convergence(StopReason.CONVERGED, 3, 1e-3, 1e-9, null), "cannot be CONVERGED");
    }
}
