package io.github.ot4j.symmetry.diagnostics;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.symmetry.align.OrthogonalMap;
import io.github.ot4j.symmetry.group.FiniteGroup;
import io.github.ot4j.symmetry.group.Haar;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EquivarianceDiagnosticsTest {

    /** "Zero" for quantities computed from exactly related embeddings: rounding only. */
    private static final double ROUNDING = 1e-13;

    @Test
    void embeddingsRelatedByAnOrthogonalMapHaveZeroDiscrepancy() {
        for (int k : new int[] {3, 8, 16}) {
            Matrix f = RandomProblems.gaussian(10 + k, 50, k);
            OrthogonalMap q = new OrthogonalMap(Haar.orthogonal(k, new SplittableRandom(k)));
            EquivarianceReport r = EquivarianceDiagnostics.compare(f, q.apply(f));
            assertTrue(r.gramDiscrepancy() <= ROUNDING, "k=" + k + ": " + r.gramDiscrepancy());
            assertTrue(r.meanSquaredGramDiscrepancy() <= ROUNDING, "k=" + k);
            assertTrue(r.orthogonalResidual() <= ROUNDING, "k=" + k + ": " + r.orthogonalResidual());
            assertTrue(r.linearResidual() <= ROUNDING, "k=" + k + ": " + r.linearResidual());
            assertTrue(r.orthogonalMap().distance(q) <= 1e-12, "the map is recovered");
            assertTrue(Math.abs(r.orthogonalityGap()) <= ROUNDING);
        }
    }

    @Test
    void otherRelationsHavePositiveDiscrepancy() {
        int k = 6;
        Matrix f = RandomProblems.gaussian(31, 40, k);
        OrthogonalMap q = new OrthogonalMap(Haar.orthogonal(k, new SplittableRandom(2)));
        // A scaled orthogonal map is linear but not isometric.
        double[] scaled = q.apply(f).toRowMajor();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= 1.5;
        }
        EquivarianceReport r = EquivarianceDiagnostics.compare(f, Matrix.of(40, k, scaled));
        assertEquals(1.25, r.gramDiscrepancy(), 1e-12, "|1.5² - 1| relative Gram change");
        assertTrue(r.linearResidual() <= ROUNDING, "a linear map explains it exactly");
        assertEquals(1.0 / 3, r.orthogonalResidual(), 1e-12, "|1.5 - 1| / 1.5 left by the best orthogonal map");
        assertTrue(r.orthogonalityGap() > 0.3);

        // An unrelated embedding: large discrepancy and residuals.
        EquivarianceReport u = EquivarianceDiagnostics.compare(f, RandomProblems.gaussian(32, 40, k));
        assertTrue(u.gramDiscrepancy() > 0.5, "unrelated: " + u.gramDiscrepancy());
        assertTrue(u.orthogonalResidual() > 0.5 && u.linearResidual() > 0.5);
        assertTrue(u.linearResidual() <= u.orthogonalResidual() + 1e-12, "linear is never worse");

        // Small noise: small but positive.
        double[] noisy = q.apply(f).toRowMajor();
        SplittableRandom r2 = new SplittableRandom(5);
        for (int i = 0; i < noisy.length; i++) {
            noisy[i] += 1e-3 * RandomProblems.normal(r2);
        }
        EquivarianceReport n = EquivarianceDiagnostics.compare(f, Matrix.of(40, k, noisy));
        assertTrue(n.gramDiscrepancy() > 1e-6 && n.gramDiscrepancy() < 1e-2, "noisy: " + n.gramDiscrepancy());
        assertTrue(n.orthogonalMap().distance(q) < 1e-2);
    }

    @Test
    void gramDiscrepancyMatchesTheDirectDefinition() {
        Matrix f = RandomProblems.gaussian(41, 12, 4);
        Matrix h = RandomProblems.gaussian(42, 12, 4);
        EquivarianceReport r = EquivarianceDiagnostics.compare(f, h);
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 12; j++) {
                double a = dot(f.row(i), f.row(j));
                double b = dot(h.row(i), h.row(j));
                diff += (a - b) * (a - b);
                norm += a * a;
            }
        }
        assertEquals(Math.sqrt(diff / norm), r.gramDiscrepancy(), 1e-12);
        assertEquals(diff / 144, r.meanSquaredGramDiscrepancy(), 1e-10 * diff);
    }

    @Test
    void perElementSeparatesEquivariantFromNonEquivariantEmbeddings() {
        FiniteGroup c4 = FiniteGroup.cyclicRotations(4);
        Matrix x = RandomProblems.gaussian(51, 30, 2);
        // (x, |x|, 1): rotations act on the first two coordinates and fix the rest, an orthogonal map.
        List<EquivarianceReport> good = EquivarianceDiagnostics.perElement(
                p -> new double[] {p[0], p[1], Math.hypot(p[0], p[1]), 1}, x, c4);
        assertEquals(4, good.size());
        for (EquivarianceReport r : good) {
            assertTrue(r.gramDiscrepancy() <= ROUNDING && r.orthogonalResidual() <= ROUNDING, r.toString());
        }
        // (x1², x2, x1 x2) is not equivariant under quarter turns.
        List<EquivarianceReport> bad = EquivarianceDiagnostics.perElement(
                p -> new double[] {p[0] * p[0], p[1], p[0] * p[1]}, x, c4);
        assertTrue(bad.get(0).gramDiscrepancy() <= ROUNDING, "the identity is always equivariant");
        assertTrue(bad.get(1).gramDiscrepancy() > 0.1, "quarter turn: " + bad.get(1).gramDiscrepancy());
    }

    @Test
    void badInputIsRejected() {
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> EquivarianceDiagnostics.compare(RandomProblems.gaussian(1, 5, 3), RandomProblems.gaussian(1, 5, 4)));
        assertTrue(shape.getMessage().contains("embedding is 5 x 3 but transformed is 5 x 4"), shape.getMessage());
        FiniteGroup c3 = FiniteGroup.cyclicRotations(3);
        IllegalArgumentException dim = assertThrows(IllegalArgumentException.class,
                () -> EquivarianceDiagnostics.perElement(p -> p, RandomProblems.gaussian(1, 5, 3), c3));
        assertTrue(dim.getMessage().contains("x has dimension 3"), dim.getMessage());
        IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
                () -> EquivarianceDiagnostics.perElement(p -> p[0] > 0 ? new double[2] : new double[3],
                        Matrix.of(new double[][] {{1, 0}, {-1, 0}}), c3));
        assertTrue(ragged.getMessage().contains("returned 3 values for input 1 but 2 for input 0"), ragged.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> EquivarianceDiagnostics.perElement(p -> new double[] {Double.NaN}, RandomProblems.gaussian(1, 2, 2), c3));
        assertTrue(nan.getMessage().contains("is NaN"), nan.getMessage());
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
