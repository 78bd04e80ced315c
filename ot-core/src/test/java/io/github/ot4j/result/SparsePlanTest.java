package io.github.ot4j.result;

import io.github.ot4j.geometry.Geometry;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link SparsePlan} against the dense plan with the same entries. */
class SparsePlanTest {

    private static final int[] ROWS = {2, 0, 1, 0, 2};
    private static final int[] COLS = {3, 2, 0, 0, 1};
    private static final double[] VALUES = {0.1, 0.2, 0.3, 0.15, 0.25};

    private static SparsePlan plan() {
        return SparsePlan.of(3, 4, ROWS, COLS, VALUES);
    }

    private static DensePlan dense() {
        double[] d = new double[12];
        for (int k = 0; k < VALUES.length; k++) {
            d[ROWS[k] * 4 + COLS[k]] = VALUES[k];
        }
        return DensePlan.of(3, 4, d);
    }

    @Test
    void operationsAgreeWithTheDensePlan() {
        SparsePlan s = plan();
        DensePlan d = dense();
        assertEquals(5, s.nonZeros());
        assertArrayEquals(d.toRowMajor(), s.toRowMajor());
        assertArrayEquals(d.rowMarginal(), s.rowMarginal(), 1e-15);
        assertArrayEquals(d.columnMarginal(), s.columnMarginal(), 1e-15);
        assertEquals(d.mass(), s.mass(), 1e-15);
        double[] y = {1, -2, 3, 0.5};
        double[] x = {2, -1, 4};
        assertArrayEquals(d.pullBack(y), s.pullBack(y), 1e-15);
        assertArrayEquals(d.pushForward(x), s.pushForward(x), 1e-15);
        Geometry cost = Geometry.dense(new double[][] {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}});
        assertEquals(d.cost(cost), s.cost(cost), 1e-15);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(d.get(i, j), s.get(i, j));
            }
        }
    }

    @Test
    void entriesAreSortedByRowThenColumnAndZerosDropped() {
        SparsePlan s = SparsePlan.of(2, 3, new int[] {1, 0, 1, 0}, new int[] {2, 1, 0, 0}, new double[] {0.4, 0.3, 0.0, 0.3});
        assertArrayEquals(new int[] {0, 0, 1}, s.rowIndices());
        assertArrayEquals(new int[] {0, 1, 2}, s.columnIndices());
        assertArrayEquals(new double[] {0.3, 0.3, 0.4}, s.values());
        assertEquals(plan(), plan());
        assertEquals(plan().hashCode(), plan().hashCode());
    }

    @Test
    void rejectsBadEntries() {
        assertMessage(() -> SparsePlan.of(2, 2, new int[] {0, 0}, new int[] {1, 1}, new double[] {0.1, 0.2}),
                "entry (0, 1) is given more than once");
        assertMessage(() -> SparsePlan.of(2, 2, new int[] {2}, new int[] {0}, new double[] {0.1}), "rowIndex[0] is 2");
        assertMessage(() -> SparsePlan.of(2, 2, new int[] {0}, new int[] {-1}, new double[] {0.1}), "colIndex[0] is -1");
        assertMessage(() -> SparsePlan.of(2, 2, new int[] {0}, new int[] {0}, new double[] {-0.1}), "values[0] is negative");
        assertMessage(() -> SparsePlan.of(2, 2, new int[] {0}, new int[] {0}, new double[] {Double.NaN}), "values[0] is NaN");
        assertMessage(() -> SparsePlan.of(2, 2, new int[] {0, 1}, new int[] {0}, new double[] {1}), "must agree");
        assertMessage(() -> SparsePlan.of(0, 2, new int[0], new int[0], new double[0]), "at least 1 x 1");
        assertThrows(IndexOutOfBoundsException.class, () -> plan().get(3, 0));
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' should contain '" + fragment + "'");
    }
}
