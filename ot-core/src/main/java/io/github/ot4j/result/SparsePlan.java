package io.github.ot4j.result;

import io.github.ot4j.geometry.Geometry;

import java.util.Arrays;

/**
 * A transport plan stored as its non-zero entries, in compressed sparse row form. Exact solvers
 * return vertices of the transport polytope, which have at most {@code n + m - 1} non-zeros, so
 * this plan takes {@code O(n + m)} memory where a {@link DensePlan} takes {@code O(n m)}.
 *
 * <p>Entries are kept sorted by row, then column. Explicit zeros are dropped on construction, so
 * {@link #nonZeros()} counts strictly positive entries. Marginals, products and costs run in
 * {@code O(nnz)} (plus the output size). Immutable; arrays are copied in and out.
 */
public final class SparsePlan implements TransportPlan {

    private final int rows;
    private final int cols;
    private final int[] rowStart;
    private final int[] colIndex;
    private final double[] values;

    private SparsePlan(int rows, int cols, int[] rowStart, int[] colIndex, double[] values) {
        this.rows = rows;
        this.cols = cols;
        this.rowStart = rowStart;
        this.colIndex = colIndex;
        this.values = values;
    }

    /**
     * Builds a plan from coordinate triplets {@code P[rowIndex[k]][colIndex[k]] = values[k]}, in any
     * order. Zero values are dropped. The arrays are not modified.
     *
     * @param rows n, at least 1
     * @param cols m, at least 1
     * @param rowIndex row of each entry, in {@code [0, rows)}
     * @param colIndex column of each entry, in {@code [0, cols)}
     * @param values finite, non-negative values
     * @return the plan
     * @throws IllegalArgumentException on a bad shape, mismatched lengths, an index out of range,
     *     a repeated (row, column) pair, or a negative or non-finite value
     */
    public static SparsePlan of(int rows, int cols, int[] rowIndex, int[] colIndex, double[] values) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("plan must be at least 1 x 1, got " + rows + " x " + cols);
        }
        if (rowIndex == null || colIndex == null || values == null) {
            throw new IllegalArgumentException("rowIndex, colIndex and values must not be null");
        }
        if (rowIndex.length != values.length || colIndex.length != values.length) {
            throw new IllegalArgumentException("rowIndex has " + rowIndex.length + " entries, colIndex "
                    + colIndex.length + " and values " + values.length + "; they must agree");
        }
        int count = 0;
        for (int k = 0; k < values.length; k++) {
            double v = values[k];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("values[" + k + "] is " + v);
            }
            if (v < 0) {
                throw new IllegalArgumentException("values[" + k + "] is negative: " + v);
            }
            if (rowIndex[k] < 0 || rowIndex[k] >= rows) {
                throw new IllegalArgumentException("rowIndex[" + k + "] is " + rowIndex[k] + ", outside [0, " + rows + ")");
            }
            if (colIndex[k] < 0 || colIndex[k] >= cols) {
                throw new IllegalArgumentException("colIndex[" + k + "] is " + colIndex[k] + ", outside [0, " + cols + ")");
            }
            if (v > 0) {
                count++;
            }
        }
        // Counting sort by row, then sort each row's columns.
        int[] start = new int[rows + 1];
        for (int k = 0; k < values.length; k++) {
            if (values[k] > 0) {
                start[rowIndex[k] + 1]++;
            }
        }
        for (int i = 0; i < rows; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, rows);
        long[] keyed = new long[count];
        for (int k = 0; k < values.length; k++) {
            if (values[k] > 0) {
                // column in the high bits, original position in the low bits: sorting orders by column
                keyed[fill[rowIndex[k]]++] = ((long) colIndex[k] << 32) | k;
            }
        }
        int[] cj = new int[count];
        double[] cv = new double[count];
        for (int i = 0; i < rows; i++) {
            Arrays.sort(keyed, start[i], start[i + 1]);
            for (int p = start[i]; p < start[i + 1]; p++) {
                int j = (int) (keyed[p] >>> 32);
                int k = (int) keyed[p];
                if (p > start[i] && cj[p - 1] == j) {
                    throw new IllegalArgumentException("entry (" + i + ", " + j + ") is given more than once");
                }
                cj[p] = j;
                cv[p] = values[k];
            }
        }
        return new SparsePlan(rows, cols, start, cj, cv);
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    /** @return the number of stored (strictly positive) entries */
    public int nonZeros() {
        return values.length;
    }

    /** @return the row of each non-zero, in storage order (row, then column), as a new array */
    public int[] rowIndices() {
        int[] out = new int[values.length];
        for (int i = 0; i < rows; i++) {
            Arrays.fill(out, rowStart[i], rowStart[i + 1], i);
        }
        return out;
    }

    /** @return the column of each non-zero, in storage order, as a new array */
    public int[] columnIndices() {
        return colIndex.clone();
    }

    /** @return the value of each non-zero, in storage order, as a new array */
    public double[] values() {
        return values.clone();
    }

    @Override
    public double get(int i, int j) {
        java.util.Objects.checkIndex(i, rows);
        java.util.Objects.checkIndex(j, cols);
        int p = Arrays.binarySearch(colIndex, rowStart[i], rowStart[i + 1], j);
        return p >= 0 ? values[p] : 0.0;
    }

    @Override
    public void row(int i, double[] out) {
        Arrays.fill(out, 0, cols, 0.0);
        for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
            out[colIndex[p]] = values[p];
        }
    }

    @Override
    public double[] rowMarginal() {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                s += values[p];
            }
            out[i] = s;
        }
        return out;
    }

    @Override
    public double[] columnMarginal() {
        double[] out = new double[cols];
        for (int p = 0; p < values.length; p++) {
            out[colIndex[p]] += values[p];
        }
        return out;
    }

    @Override
    public double mass() {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    @Override
    public double[] pullBack(double[] y) {
        requireLength("y", y, cols, "columns");
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                s += values[p] * y[colIndex[p]];
            }
            out[i] = s;
        }
        return out;
    }

    @Override
    public double[] pushForward(double[] x) {
        requireLength("x", x, rows, "rows");
        double[] out = new double[cols];
        for (int i = 0; i < rows; i++) {
            double xi = x[i];
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                out[colIndex[p]] += values[p] * xi;
            }
        }
        return out;
    }

    /**
     * {@inheritDoc} Runs in {@code O(nnz)} cost evaluations.
     */
    @Override
    public double cost(Geometry cost) {
        if (cost == null || cost.rows() != rows || cost.cols() != cols) {
            throw new IllegalArgumentException("cost is " + (cost == null ? "null" : cost.rows() + " x " + cost.cols())
                    + " but the plan is " + rows + " x " + cols);
        }
        double s = 0;
        for (int i = 0; i < rows; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                s += values[p] * cost.cost(i, colIndex[p]);
            }
        }
        return s;
    }

    private static void requireLength(String name, double[] v, int expected, String what) {
        if (v == null || v.length != expected) {
            throw new IllegalArgumentException(name + " has " + (v == null ? 0 : v.length) + " entries but the plan has "
                    + expected + " " + what);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparsePlan p && p.rows == rows && p.cols == cols && Arrays.equals(p.rowStart, rowStart)
                && Arrays.equals(p.colIndex, colIndex) && Arrays.equals(p.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(rowStart) + Arrays.hashCode(colIndex)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SparsePlan[" + rows + " x " + cols + ", " + values.length + " non-zeros]";
    }
}
