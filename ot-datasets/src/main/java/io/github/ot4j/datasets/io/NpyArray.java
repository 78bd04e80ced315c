package io.github.ot4j.datasets.io;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;

import java.util.Arrays;

/**
 * An array read from an NPY file: its shape, its element type and its values in C (row-major)
 * order, whatever the order in the file. Scalars (shape {@code ()}), vectors (1-D) and matrices
 * (2-D) are supported. Floating values are held as {@code double}, integer and boolean values
 * exactly as {@code long}.
 *
 * <p>Instances are immutable; the accessors return copies. The conversions ({@link #toMatrix()},
 * {@link #toDoubleVector()}, {@link #toIntVector()}) throw {@link IllegalStateException} naming the
 * shape or the offending entry when the array cannot be represented as asked; the
 * {@code NpyReader.read*} convenience methods turn that into a {@link MalformedDataException}
 * naming the file.
 */
public final class NpyArray {

    private final int[] shape;
    private final NpyDtype dtype;
    private final double[] doubles;
    private final long[] longs;

    private NpyArray(int[] shape, NpyDtype dtype, double[] doubles, long[] longs) {
        this.shape = shape;
        this.dtype = dtype;
        this.doubles = doubles;
        this.longs = longs;
    }

    /** Takes ownership of {@code values} (C order). */
    static NpyArray ofDoubles(int[] shape, NpyDtype dtype, double[] values) {
        return new NpyArray(shape.clone(), dtype, values, null);
    }

    /** Takes ownership of {@code values} (C order). */
    static NpyArray ofLongs(int[] shape, NpyDtype dtype, long[] values) {
        return new NpyArray(shape.clone(), dtype, null, values);
    }

    /** @return a copy of the shape: empty for a scalar, one entry per axis otherwise */
    public int[] shape() {
        return shape.clone();
    }

    /** @return the number of axes, 0, 1 or 2 */
    public int ndim() {
        return shape.length;
    }

    /** @return the element type stored in the file */
    public NpyDtype dtype() {
        return dtype;
    }

    /** @return the number of elements (1 for a scalar; may be 0) */
    public int size() {
        return doubles != null ? doubles.length : longs.length;
    }

    /**
     * @return rows of the array seen as a matrix: {@code shape[0]} for 1-D and 2-D arrays, 1 for a
     *     scalar
     */
    public int rows() {
        return shape.length == 0 ? 1 : shape[0];
    }

    /** @return columns of the array seen as a matrix: {@code shape[1]} for 2-D arrays, else 1 */
    public int cols() {
        return shape.length == 2 ? shape[1] : 1;
    }

    /**
     * @param index flat C-order index in {@code [0, size())}
     * @return the element as a double (integers above 2^53 in magnitude are rounded)
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    public double getDouble(int index) {
        java.util.Objects.checkIndex(index, size());
        return doubles != null ? doubles[index] : (double) longs[index];
    }

    /**
     * The array as a matrix: a 2-D array keeps its shape, a 1-D array of length n becomes an
     * {@code n × 1} column, a scalar a {@code 1 × 1} matrix. Integer types are converted to double.
     *
     * @return a new matrix
     * @throws IllegalStateException if the array is empty or holds NaN or an infinity
     */
    public Matrix toMatrix() {
        if (size() == 0) {
            throw new IllegalStateException("cannot make a matrix from an empty array of shape " + shapeString());
        }
        double[] data = allDoubles();
        for (int k = 0; k < data.length; k++) {
            if (!Double.isFinite(data[k])) {
                throw new IllegalStateException("entry [" + (k / cols()) + "][" + (k % cols()) + "] is " + data[k]
                        + " (a Matrix holds finite values only)");
            }
        }
        return RawAccess.wrap(rows(), cols(), data);
    }

    /**
     * The array as a vector: allowed for 1-D arrays, scalars and 2-D arrays with one row or one
     * column.
     *
     * @return a new array of the values in C order
     * @throws IllegalStateException if the array is 2-D with more than one row and column
     */
    public double[] toDoubleVector() {
        requireVector();
        return allDoubles();
    }

    /**
     * The array as an integer vector, typically class labels. Integer types must fit in an
     * {@code int}; floating types are accepted when every value is integral (label files are
     * sometimes written as floats).
     *
     * @return a new array of the values in C order
     * @throws IllegalStateException if the array is not a vector (see {@link #toDoubleVector()}), a
     *     value is outside the {@code int} range, or a floating value is not an integer
     */
    public int[] toIntVector() {
        requireVector();
        int n = size();
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            if (longs != null) {
                long v = longs[k];
                if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    throw new IllegalStateException("entry [" + k + "] = " + v + " does not fit in an int");
                }
                out[k] = (int) v;
            } else {
                double v = doubles[k];
                if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    throw new IllegalStateException("entry [" + k + "] = " + v + " of a " + dtype.code()
                            + " array is not an int");
                }
                out[k] = (int) v;
            }
        }
        return out;
    }

    /** @return the shape in numpy notation, e.g. {@code (3, 4)} or {@code (5,)} */
    public String shapeString() {
        return shapeString(shape);
    }

    static String shapeString(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < shape.length; k++) {
            sb.append(k == 0 ? "" : ", ").append(shape[k]);
        }
        return sb.append(')').toString();
    }

    private void requireVector() {
        if (shape.length == 2 && shape[0] != 1 && shape[1] != 1) {
            throw new IllegalStateException("expected a vector but the array has shape " + shapeString());
        }
    }

    private double[] allDoubles() {
        if (doubles != null) {
            return doubles.clone();
        }
        double[] out = new double[longs.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = longs[k];
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyArray a && a.dtype == dtype && Arrays.equals(a.shape, shape)
                && Arrays.equals(a.doubles, doubles) && Arrays.equals(a.longs, longs);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(shape) + dtype.hashCode()) + Arrays.hashCode(doubles) + Arrays.hashCode(longs);
    }

    @Override
    public String toString() {
        return "NpyArray[" + dtype.code() + " " + shapeString() + "]";
    }
}
