package io.github.ot4j.symmetry.kernel;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;

import java.util.function.ToDoubleBiFunction;

/**
 * A symmetric positive semidefinite kernel {@code k(x, y)} on {@code R^d}: for every finite point
 * set, the Gram matrix {@code K_ij = k(x_i, x_j)} is symmetric with no negative eigenvalue. Kernel
 * ridge regression ({@link KernelRidge}) relies on this; a function that is not positive
 * semidefinite (such as {@code exp(-orbit distance²)}, see {@link GroupAveragedKernel}) must not be
 * wrapped as a {@code Kernel}.
 *
 * <p>Implementations are immutable and thread-safe and do not modify their arguments.
 */
public interface Kernel {

    /**
     * @param x a point; not modified
     * @param y a point of the same dimension; not modified
     * @return {@code k(x, y)}
     */
    double value(double[] x, double[] y);

    /**
     * {@code k} between {@code xs[xOffset ..+d)} and {@code ys[yOffset ..+d)}; the default copies
     * the slices and calls {@link #value(double[], double[])}. Hot loops call this form.
     *
     * @param xs array holding x
     * @param xOffset start of x
     * @param ys array holding y
     * @param yOffset start of y
     * @param dimension {@code d}
     * @return {@code k(x, y)}
     */
    default double value(double[] xs, int xOffset, double[] ys, int yOffset, int dimension) {
        return value(java.util.Arrays.copyOfRange(xs, xOffset, xOffset + dimension),
                java.util.Arrays.copyOfRange(ys, yOffset, yOffset + dimension));
    }

    /** @return a short name for messages, e.g. {@code "gaussian(h=0.5)"} */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * The Gram matrix of a point set.
     *
     * @param x {@code n × d}, one point per row
     * @return the {@code n × n} matrix {@code K_ij = k(x_i, x_j)}
     * @throws IllegalArgumentException if {@code x} is null or has a dimension the kernel rejects
     */
    default Matrix gram(Matrix x) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        int n = x.rows();
        int d = x.cols();
        double[] xs = RawAccess.data(x);
        double[] k = new double[Math.multiplyExact(n, n)];
        for (int i = 0; i < n; i++) {
            k[i * n + i] = value(xs, i * d, xs, i * d, d);
            for (int j = i + 1; j < n; j++) {
                double v = value(xs, i * d, xs, j * d, d);
                k[i * n + j] = v;
                k[j * n + i] = v;
            }
        }
        return RawAccess.wrap(n, n, k);
    }

    /**
     * The cross-kernel matrix between two point sets.
     *
     * @param x {@code n × d}
     * @param y {@code m × d}
     * @return the {@code n × m} matrix {@code k(x_i, y_j)}
     * @throws IllegalArgumentException if an argument is null or the dimensions differ
     */
    default Matrix cross(Matrix x, Matrix y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("x and y must not be null");
        }
        if (x.cols() != y.cols()) {
            throw new IllegalArgumentException("x has dimension " + x.cols() + " but y has dimension " + y.cols());
        }
        int n = x.rows();
        int m = y.rows();
        int d = x.cols();
        double[] xs = RawAccess.data(x);
        double[] ys = RawAccess.data(y);
        double[] k = new double[Math.multiplyExact(n, m)];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                k[i * m + j] = value(xs, i * d, ys, j * d, d);
            }
        }
        return RawAccess.wrap(n, m, k);
    }

    /**
     * A user-supplied kernel. The caller promises that it is symmetric and positive semidefinite.
     *
     * @param name a short name
     * @param kernel the function; thread-safe, must not modify its arguments
     * @return the kernel
     * @throws IllegalArgumentException if an argument is null
     */
    static Kernel of(String name, ToDoubleBiFunction<double[], double[]> kernel) {
        if (name == null || kernel == null) {
            throw new IllegalArgumentException("name and kernel must not be null");
        }
        return new Kernel() {
            @Override
            public double value(double[] x, double[] y) {
                return kernel.applyAsDouble(x, y);
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String toString() {
                return "Kernel[" + name + "]";
            }
        };
    }
}
