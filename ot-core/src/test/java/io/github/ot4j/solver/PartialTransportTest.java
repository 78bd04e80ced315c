package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.problem.PartialProblem;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.testing.Golden;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POT 0.8.2's partial transport golden case and the constraints of partial plans. */
class PartialTransportTest {

    private static final String CASE = "partial_wasserstein_m0.6";

    private static PartialProblem problem(Golden g) {
        return PartialProblem.of(Geometry.dense(g.inputMatrix("M")), g.inputVector("a"), g.inputVector("b"), g.param("m"));
    }

    @Test
    void entropicMirrorsPotForAllIterations() {
        Golden g = Golden.load(CASE);
        EntropicPartialOptions o = EntropicPartialOptions.potCompatible(g.param("entropic_reg"))
                .withMaxIterations((int) g.param("entropic_numItermax")).withTolerance(g.param("entropic_stopThr"));
        PartialTransportResult r = new EntropicPartialTransport(o).solve(problem(g));
        assertEquals(StopReason.MAX_ITERATIONS, r.convergence().reason());
        assertEquals(1000, r.convergence().iterations());
        assertEquals((int) g.outputScalar("entropic_n_err_checks"), r.convergence().errorTrace().length);
        g.assertMatrix("entropic_plan", r.plan().toArray());
        g.assertScalar("entropic_cost", r.cost());
    }

    @Test
    void entropicPlansRespectThePartialConstraints() {
        Geometry c = CostFunction.squaredEuclidean().pairwise(RandomProblems.gaussian(1, 14, 2), RandomProblems.gaussian(2, 17, 2));
        double[] a = RandomProblems.weights(3, 14);
        double[] b = RandomProblems.weights(4, 17);
        for (int k = 0; k < b.length; k++) {
            b[k] *= 1.3;
        }
        PartialProblem p = PartialProblem.of(c, a, b, 0.7);
        PartialTransportResult r = new EntropicPartialTransport(EntropicPartialOptions.epsilon(0.2)).solve(p)
                .requireConverged();
        assertEquals(0.7, r.plan().mass(), 1e-12);
        double[] rows = r.plan().rowMarginal();
        double[] cols = r.plan().columnMarginal();
        for (int i = 0; i < a.length; i++) {
            assertTrue(rows[i] <= a[i] + 1e-9, "row " + i + ": " + rows[i] + " > " + a[i]);
        }
        for (int j = 0; j < b.length; j++) {
            assertTrue(cols[j] <= b[j] + 1e-9, "column " + j + ": " + cols[j] + " > " + b[j]);
        }
        assertEquals(r.plan().cost(c), r.cost(), 1e-14);
        // moving more mass costs more
        double more = new EntropicPartialTransport(EntropicPartialOptions.epsilon(0.2)).solve(PartialProblem.of(c, a, b, 0.9))
                .cost();
        assertTrue(more > r.cost());
    }

    @Test
    void badInputIsRejected() {
        Geometry c = Geometry.dense(new double[][] {{0, 1}, {1, 0}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialProblem.of(c, null, null, 1.5));
        assertTrue(e.getMessage().contains("mass must be in (0, min(|a|, |b|)] = (0, 1.0], got 1.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PartialProblem.of(c, null, null, 0));
        e = assertThrows(IllegalArgumentException.class, () -> PartialProblem.of(c, new double[] {1}, null, 0.5));
        assertTrue(e.getMessage().contains("a has 1 entries"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EntropicPartialOptions.epsilon(0.1).withCheckEvery(0));
        assertTrue(e.getMessage().contains("checkEvery must be >= 1, got 0"), e.getMessage());
    }
}
