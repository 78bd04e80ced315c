package io.github.ot4j.datasets.io;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;

import java.util.Arrays;

/**
 * A sparse matrix in coordinate (triplet) form with 0-based indices: entry {@code k} is
 * {@code values[k]} at {@code (rowIndex[k], colIndex[k])}. Duplicated positions are allowed and
 * add up, as in scipy's COO format.
 *
 * @param rows number of rows, at least 1
 * @param cols number of columns, at least 1
 * @param rowIndex row of each entry, in {@code [0, rows)}; cloned in and out
 * @param colIndex column of each entry, in {@code [0, cols)}; cloned in and out
 * @param values value of each entry, finite; cloned in and out
 */
public record SparseTriplets(int rows, int cols, int[] rowIndex, int[] colIndex, double[] values) {

    /**
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @param rowIndex row of each entry, in {@code [0, rows)}; cloned in and out
     * @param colIndex column of each entry, in {@code [0, cols)}; cloned in and out
     * @param values value of each entry, finite; cloned in and out
     * @throws IllegalArgumentException on a bad shape, arrays of different lengths, an index out of
     *     range or a non-finite value
     */
    public SparseTriplets {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("shape must be at least 1 x 1, got " + rows + " x " + cols);
        }
        if (rowIndex == null || colIndex == null || values == null) {
            throw new IllegalArgumentException("rowIndex, colIndex and values must not be null");
        }
        if (rowIndex.length != values.length || colIndex.length != values.length) {
            throw new IllegalArgumentException("rowIndex, colIndex and values have " + rowIndex.length + ", "
                    + colIndex.length + " and " + values.length + " entries; they must agree");
        }
        rowIndex = rowIndex.clone();
        colIndex = colIndex.clone();
        values = values.clone();
        for (int k = 0; k < values.length; k++) {
            if (rowIndex[k] < 0 || rowIndex[k] >= rows) {
                throw new IllegalArgumentException("rowIndex[" + k + "] = " + rowIndex[k] + " is outside [0, " + rows + ")");
            }
            if (colIndex[k] < 0 || colIndex[k] >= cols) {
                throw new IllegalArgumentException("colIndex[" + k + "] = " + colIndex[k] + " is outside [0, " + cols + ")");
            }
            if (!Double.isFinite(values[k])) {
                throw new IllegalArgumentException("values[" + k + "] is " + values[k]);
            }
        }
    }

    /**
     * The non-zero entries of a dense matrix, row by row.
     *
     * @param m the matrix
     * @return its triplets
     */
    public static SparseTriplets fromDense(Matrix m) {
        double[] v = RawAccess.data(m);
        int nnz = 0;
        for (double x : v) {
            if (x != 0) {
                nnz++;
            }
        }
        int[] r = new int[nnz];
        int[] c = new int[nnz];
        double[] val = new double[nnz];
        for (int k = 0, e = 0; k < v.length; k++) {
            if (v[k] != 0) {
                r[e] = k / m.cols();
                c[e] = k % m.cols();
                val[e++] = v[k];
            }
        }
        return new SparseTriplets(m.rows(), m.cols(), r, c, val);
    }

    /** @return the number of stored entries */
    public int size() {
        return values.length;
    }

    /** @return a copy of rowIndex */
    @Override
    public int[] rowIndex() {
        return rowIndex.clone();
    }

    /** @return a copy of colIndex */
    @Override
    public int[] colIndex() {
        return colIndex.clone();
    }

    /** @return a copy of values */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * @return the dense matrix, duplicates summed
     * @throws IllegalArgumentException if {@code rows * cols} exceeds the largest Java array
     */
    public Matrix toDense() {
        long n = (long) rows * cols;
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a dense " + rows + " x " + cols + " matrix does not fit in one Java array");
        }
        double[] d = new double[(int) n];
        for (int k = 0; k < values.length; k++) {
            d[rowIndex[k] * cols + colIndex[k]] += values[k];
        }
        return Matrix.of(rows, cols, d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseTriplets t && t.rows == rows && t.cols == cols && Arrays.equals(t.rowIndex, rowIndex)
                && Arrays.equals(t.colIndex, colIndex) && Arrays.equals(t.values, values);
    }

    @Override
    public int hashCode() {
        return ((31 * rows + cols) * 31 + Arrays.hashCode(rowIndex)) * 31 + Arrays.hashCode(colIndex) * 7
                + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SparseTriplets[" + rows + " x " + cols + ", " + values.length + " entries]";
    }
}
