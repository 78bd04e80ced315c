package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.testing.Golden;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POT 0.8.2's {@code empirical_sinkhorn_divergence} golden cases and the divergence's properties. */
class SinkhornDivergenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"sinkhorn_divergence_reg1", "sinkhorn_divergence_reg0.5"})
    void matchesPot(String name) {
        Golden g = Golden.load(name);
        Matrix xs = Matrix.of(g.inputMatrix("Xs"));
        Matrix xt = Matrix.of(g.inputMatrix("Xt"));
        SinkhornDivergenceResult r = SinkhornDivergence.potCompatible(g.param("reg"))
                .compute(xs, xt, g.inputVector("a"), g.inputVector("b"), CostFunction.squaredEuclidean())
                .requireConverged();
        g.assertScalar("sinkhorn_loss_ab", r.crossTerm());
        g.assertScalar("sinkhorn_loss_a", r.sourceTerm());
        g.assertScalar("sinkhorn_loss_b", r.targetTerm());
        g.assertScalar("divergence", r.divergence());
        assertEquals(r.unclamped(), r.divergence(), 0, "positive here, so not clamped");
        assertEquals(DivergenceTerm.TRANSPORT_COST, r.term());
    }

    @Test
    void zeroForIdenticalInputsAndSymmetric() {
        Matrix x = RandomProblems.gaussian(101, 15, 2);
        Matrix y = RandomProblems.gaussian(102, 17, 2);
        double[] a = RandomProblems.weights(103, 15);
        double[] b = RandomProblems.weights(104, 17);
        for (DivergenceTerm term : DivergenceTerm.values()) {
            SinkhornDivergence d = new SinkhornDivergence(SinkhornOptions.epsilon(0.5), term, SelfTermSolver.SINKHORN);
            SinkhornDivergenceResult same = d.compute(x, x, a, a, CostFunction.squaredEuclidean());
            assertEquals(0, same.unclamped(), 1e-12, term.toString());
            assertEquals(0, same.divergence(), 1e-12, term.toString());
            double ab = d.compute(x, y, a, b, CostFunction.squaredEuclidean()).unclamped();
            double ba = d.compute(y, x, b, a, CostFunction.squaredEuclidean()).unclamped();
            assertEquals(ab, ba, 1e-9 * Math.abs(ab), term.toString());
        }
    }

    @Test
    void regularizedDivergenceIsNonNegativeAndGrowsWithSeparation() {
        SinkhornDivergence d = new SinkhornDivergence(SinkhornOptions.epsilon(0.2), DivergenceTerm.REGULARIZED,
                SelfTermSolver.SYMMETRIC);
        for (long seed = 0; seed < 8; seed++) {
            Matrix x = RandomProblems.gaussian(200 + seed, 12, 2);
            Matrix y = RandomProblems.gaussian(300 + seed, 14, 2);
            SinkhornDivergenceResult r = d.compute(x, y, RandomProblems.weights(400 + seed, 12),
                    RandomProblems.weights(500 + seed, 14), CostFunction.squaredEuclidean()).requireConverged();
            assertTrue(r.unclamped() >= -1e-10, "seed " + seed + ": " + r.unclamped());
            assertEquals(r.crossTerm() - 0.5 * (r.sourceTerm() + r.targetTerm()), r.unclamped(), 1e-15);
        }
        Matrix x = RandomProblems.gaussian(600, 12, 2);
        double previous = -1;
        for (double shift : new double[] {0.5, 1, 2, 4}) {
            double[] moved = x.toRowMajor();
            for (int k = 0; k < moved.length; k += 2) {
                moved[k] += shift;
            }
            double s = d.compute(x, Matrix.of(12, 2, moved), null, null, CostFunction.squaredEuclidean()).divergence();
            assertTrue(s > previous, "shift " + shift + ": " + s + " after " + previous);
            previous = s;
        }
        // for a pure translation the squared-Euclidean divergence tends to |shift|² as ε → 0
        assertEquals(16, previous, 0.5);
    }

    @Test
    void symmetricSelfTermsAgreeWithSinkhornAndConvergeFaster() {
        Matrix x = RandomProblems.gaussian(700, 20, 2);
        Matrix y = RandomProblems.gaussian(701, 22, 2);
        double[] a = RandomProblems.weights(702, 20);
        double[] b = RandomProblems.weights(703, 22);
        SinkhornOptions o = SinkhornOptions.epsilon(1).withTolerance(1e-12);
        for (DivergenceTerm term : DivergenceTerm.values()) {
            SinkhornDivergenceResult plain = new SinkhornDivergence(o, term, SelfTermSolver.SINKHORN)
                    .compute(x, y, a, b, CostFunction.squaredEuclidean()).requireConverged();
            SinkhornDivergenceResult fast = new SinkhornDivergence(o, term, SelfTermSolver.SYMMETRIC)
                    .compute(x, y, a, b, CostFunction.squaredEuclidean()).requireConverged();
            assertEquals(plain.sourceTerm(), fast.sourceTerm(), 1e-9 * Math.abs(plain.sourceTerm()), term.toString());
            assertEquals(plain.targetTerm(), fast.targetTerm(), 1e-9 * Math.abs(plain.targetTerm()), term.toString());
            assertEquals(plain.unclamped(), fast.unclamped(), 1e-8, term.toString());
            assertTrue(fast.source().convergence().iterations() < plain.source().convergence().iterations(),
                    fast.source().convergence() + " vs " + plain.source().convergence());
            double[] rows = fast.source().plan().rowMarginal();
            for (int i = 0; i < a.length; i++) {
                assertEquals(a[i], rows[i], 1e-11);
            }
        }
    }

    @Test
    void badInputIsRejected() {
        SinkhornDivergence d = SinkhornDivergence.potCompatible(1);
        Matrix x2 = RandomProblems.gaussian(1, 4, 2);
        Matrix x3 = RandomProblems.gaussian(2, 4, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> d.compute(x2, x3, null, null, CostFunction.squaredEuclidean()));
        assertTrue(e.getMessage().contains("dimension 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> d.compute(Geometry.dense(new double[4][5]), Geometry.dense(new double[4][4]),
                        Geometry.dense(new double[4][4]), null, null));
        assertTrue(e.getMessage().contains("targetCost is 4 x 4 but must be 5 x 5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> d.compute(x2, x2, new double[] {1, 0, 0}, null, CostFunction.squaredEuclidean()));
        assertTrue(e.getMessage().contains("a has 3 entries"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new SinkhornDivergence(null, DivergenceTerm.REGULARIZED, SelfTermSolver.SYMMETRIC));
    }
}
