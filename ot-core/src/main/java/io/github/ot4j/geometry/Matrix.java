package io.github.ot4j.geometry;

import io.github.ot4j.internal.Checks;
import io.github.ot4j.internal.RawAccess;

import java.util.Arrays;

/**
 * An immutable dense matrix of doubles stored row-major ({@code data[i * cols + j]}).
 *
 * <p>This is the type ot4j uses for point sets (one point per row), features and projections at
 * its public edges. It is built once from {@code double[][]} or a row-major array, copying the
 * input; every accessor that returns an array returns a copy. All entries are finite: factories
 * reject NaN and infinities with an {@link IllegalArgumentException} naming the offending entry.
 */
public final class Matrix {

    static {
        RawAccess.registerMatrixAccess(m -> m.data, Matrix::new);
    }

    private final int rows;
    private final int cols;
    private final double[] data;

    private Matrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /**
     * Copies a rectangular array into a matrix.
     *
     * @param values one row per entry; all rows must have the same length, at least 1
     * @return the matrix
     * @throws IllegalArgumentException if {@code values} is null, empty, ragged, or holds a
     *     non-finite entry
     */
    public static Matrix of(double[][] values) {
        return of("values", values);
    }

    /**
     * Like {@link #of(double[][])}, naming the argument {@code name} in error messages.
     *
     * @param name the argument name used in messages
     * @param values one row per entry
     * @return the matrix
     * @throws IllegalArgumentException as for {@link #of(double[][])}
     */
    public static Matrix of(String name, double[][] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row");
        }
        if (values[0] == null || values[0].length == 0) {
            throw new IllegalArgumentException(name + "[0] must have at least one column");
        }
        int cols = values[0].length;
        double[] data = new double[values.length * cols];
        for (int i = 0; i < values.length; i++) {
            double[] row = values[i];
            if (row == null || row.length != cols) {
                throw new IllegalArgumentException(name + "[" + i + "] has "
                        + (row == null ? "no" : String.valueOf(row.length)) + " entries but "
                        + name + "[0] has " + cols);
            }
            System.arraycopy(row, 0, data, i * cols, cols);
        }
        Checks.requireFinite(name, data, cols);
        return new Matrix(values.length, cols, data);
    }

    /**
     * Copies a row-major array into a {@code rows × cols} matrix.
     *
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @param rowMajor {@code rows * cols} finite values, row-major; not modified
     * @return the matrix
     * @throws IllegalArgumentException on a bad shape or a non-finite value
     */
    public static Matrix of(int rows, int cols, double[] rowMajor) {
        return of("values", rows, cols, rowMajor);
    }

    /**
     * Like {@link #of(int, int, double[])}, naming the argument {@code name} in error messages.
     *
     * @param name the argument name used in messages
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @param rowMajor {@code rows * cols} finite values, row-major; not modified
     * @return the matrix
     * @throws IllegalArgumentException on a bad shape or a non-finite value
     */
    public static Matrix of(String name, int rows, int cols, double[] rowMajor) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 x 1, got " + rows + " x " + cols);
        }
        if (rowMajor == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if ((long) rows * cols != rowMajor.length) {
            throw new IllegalArgumentException(name + " has " + rowMajor.length + " values but "
                    + rows + " x " + cols + " needs " + ((long) rows * cols));
        }
        double[] data = rowMajor.clone();
        Checks.requireFinite(name, data, cols);
        return new Matrix(rows, cols, data);
    }

    /**
     * A column vector ({@code n × 1}) holding {@code values}.
     *
     * @param values finite values, at least one; not modified
     * @return the matrix
     */
    public static Matrix column(double[] values) {
        return of("values", values == null ? 0 : values.length, 1, values);
    }

    /** @return the number of rows */
    public int rows() {
        return rows;
    }

    /** @return the number of columns */
    public int cols() {
        return cols;
    }

    /**
     * @param i row index
     * @param j column index
     * @return entry {@code (i, j)}
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double get(int i, int j) {
        java.util.Objects.checkIndex(i, rows);
        java.util.Objects.checkIndex(j, cols);
        return data[i * cols + j];
    }

    /**
     * @param i row index
     * @return a copy of row {@code i}
     */
    public double[] row(int i) {
        java.util.Objects.checkIndex(i, rows);
        return Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
    }

    /**
     * @param j column index
     * @return a copy of column {@code j}
     */
    public double[] column(int j) {
        java.util.Objects.checkIndex(j, cols);
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = data[i * cols + j];
        }
        return out;
    }

    /** @return a row-major copy of the entries */
    public double[] toRowMajor() {
        return data.clone();
    }

    /** @return a copy as a rectangular array */
    public double[][] toArray() {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
        }
        return out;
    }

    /**
     * Selects rows, in the given order (repeats allowed).
     *
     * @param indices row indices, each in {@code [0, rows)}
     * @return a new matrix with {@code indices.length} rows
     * @throws IllegalArgumentException if {@code indices} is empty or an index is out of range
     */
    public Matrix selectRows(int[] indices) {
        if (indices == null || indices.length == 0) {
            throw new IllegalArgumentException("indices must hold at least one row index");
        }
        double[] out = new double[indices.length * cols];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= rows) {
                throw new IllegalArgumentException("indices[" + k + "] = " + i + " is outside [0, " + rows + ")");
            }
            System.arraycopy(data, i * cols, out, k * cols, cols);
        }
        return new Matrix(indices.length, cols, out);
    }

    /** @return the transpose */
    public Matrix transpose() {
        double[] out = new double[data.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j * rows + i] = data[i * cols + j];
            }
        }
        return new Matrix(cols, rows, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Matrix[" + rows + " x " + cols + "]";
    }
}
