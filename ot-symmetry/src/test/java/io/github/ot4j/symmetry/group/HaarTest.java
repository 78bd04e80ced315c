package io.github.ot4j.symmetry.group;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.symmetry.internal.DenseAlgebra;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HaarTest {

    private static final int SAMPLES = 4000;
    /** Moment checks allow this many standard errors. */
    private static final double SIGMAS = 5;

    @ParameterizedTest(name = "{0}({1})")
    @CsvSource({"SPECIAL_ORTHOGONAL, 2", "SPECIAL_ORTHOGONAL, 3", "ORTHOGONAL, 2", "ORTHOGONAL, 3", "ORTHOGONAL, 5",
            "SPECIAL_ORTHOGONAL, 6"})
    void samplesAreOrthogonalWithTheRightDeterminantAndHaarMoments(OrthogonalGroup group, int d) {
        SplittableRandom random = new SplittableRandom(1234 + d);
        int negative = 0;
        double sumEntry = 0;
        double sumEntrySq = 0;
        double sumTrace = 0;
        double sumTraceSq = 0;
        for (int s = 0; s < SAMPLES; s++) {
            Matrix q = Haar.sample(group, d, random);
            double[] m = q.toRowMajor();
            assertTrue(FiniteGroupTest.orthogonalityError(m, d) <= 1e-12, "orthogonal");
            double det = DenseAlgebra.determinant(m, d);
            assertEquals(1, Math.abs(det), 1e-12, "|det| = 1");
            if (group == OrthogonalGroup.SPECIAL_ORTHOGONAL) {
                assertEquals(1, det, 1e-12, "det = +1 in SO(d)");
            }
            if (det < 0) {
                negative++;
            }
            double trace = 0;
            for (int i = 0; i < d; i++) {
                trace += m[i * d + i];
            }
            sumEntry += m[0];
            sumEntrySq += m[0] * m[0];
            sumTrace += trace;
            sumTraceSq += trace * trace;
        }
        if (group == OrthogonalGroup.ORTHOGONAL) {
            assertEquals(0.5, negative / (double) SAMPLES, SIGMAS * 0.5 / Math.sqrt(SAMPLES), "half have det -1");
        }
        // Under Haar measure: E[Q_11] = 0, E[Q_11²] = 1/d, E[tr Q] = 0, E[(tr Q)²] = 1
        // (2 for SO(2), where tr = 2 cos θ).
        assertEquals(0, sumEntry / SAMPLES, SIGMAS * Math.sqrt(1.0 / d / SAMPLES), "E[Q_11]");
        assertEquals(1.0 / d, sumEntrySq / SAMPLES, SIGMAS * Math.sqrt(2.0 / SAMPLES), "E[Q_11²]");
        double traceSq = group == OrthogonalGroup.SPECIAL_ORTHOGONAL && d == 2 ? 2 : 1;
        assertEquals(0, sumTrace / SAMPLES, SIGMAS * Math.sqrt(traceSq / SAMPLES), "E[tr Q]");
        assertEquals(traceSq, sumTraceSq / SAMPLES, SIGMAS * Math.sqrt(6.0 / SAMPLES), "E[(tr Q)²]");
    }

    @Test
    void theSameSeedGivesTheSameMatrix() {
        double[] a = Haar.orthogonal(4, new SplittableRandom(7)).toRowMajor();
        double[] b = Haar.orthogonal(4, new SplittableRandom(7)).toRowMajor();
        double[] c = Haar.orthogonal(4, new SplittableRandom(8)).toRowMajor();
        assertArrayEquals(a, b, 0);
        assertTrue(FiniteGroupTest.maxDiff(a, c) > 0.01);
        assertArrayEquals(new double[] {1}, Haar.specialOrthogonal(1, new SplittableRandom(1)).toRowMajor(), 0);
    }

    @Test
    void badArgumentsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Haar.orthogonal(0, new SplittableRandom(1)));
        assertTrue(e.getMessage().contains("d must be >= 1, got 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Haar.orthogonal(3, null));
    }
}
