package io.github.ot4j.info.internal;

import io.github.ot4j.internal.Parallel;
import io.github.ot4j.internal.linalg.DenseProducts;

import java.util.Arrays;

/**
 * Distance and Gaussian-kernel loops on row-major arrays, written to mirror the original InfoOT
 * code's arithmetic ({@code exp(-(D / σ)² / 2)}, means over all entries). Not part of the API;
 * arguments are not checked.
 */
public final class KernelMath {

    private KernelMath() {
    }

    /** From this dimension on, distances use the Gram-matrix expansion through the product seam. */
    public static final int GRAM_DIMENSION = 32;

    /**
     * Euclidean distances {@code D_ij = |x_i - y_j|}. For dimensions of at least
     * {@value #GRAM_DIMENSION} they are computed as scikit-learn does,
     * {@code sqrt(max(|x|² + |y|² - 2 x·y, 0))} with the cross term as one dense product (and an
     * exact zero diagonal when {@code x} and {@code y} are the same array); below, directly. The
     * two differ by ~1e-15 relative, which changes InfoOT's results by ~1e-13 (golden README,
     * "Distances").
     *
     * @param x {@code n × d} points
     * @param n rows of x
     * @param y {@code m × d} points
     * @param m rows of y
     * @param d dimension
     * @return {@code n × m} distances
     */
    public static double[] euclidean(double[] x, int n, double[] y, int m, int d) {
        if (d >= GRAM_DIMENSION) {
            return euclideanGram(x, n, y, m, d);
        }
        double[] out = new double[Math.multiplyExact(n, m)];
        int chunks = Parallel.chunks(0, (long) n * m * d, n);
        Parallel.run(chunks, c -> {
            int from = Parallel.start(c, chunks, n);
            int to = Parallel.start(c + 1, chunks, n);
            for (int i = from; i < to; i++) {
                int xi = i * d;
                for (int j = 0; j < m; j++) {
                    int yj = j * d;
                    double s = 0;
                    for (int k = 0; k < d; k++) {
                        double t = x[xi + k] - y[yj + k];
                        s += t * t;
                    }
                    out[i * m + j] = Math.sqrt(s);
                }
            }
        });
        return out;
    }

    private static double[] euclideanGram(double[] x, int n, double[] y, int m, int d) {
        double[] out = new double[Math.multiplyExact(n, m)];
        DenseProducts.multiplyTransposeB(x, y, out, n, d, m);
        double[] nx = squaredNorms(x, n, d);
        double[] ny = x == y ? nx : squaredNorms(y, m, d);
        for (int i = 0; i < n; i++) {
            int off = i * m;
            for (int j = 0; j < m; j++) {
                out[off + j] = Math.sqrt(Math.max(nx[i] + ny[j] - 2 * out[off + j], 0));
            }
        }
        if (x == y) {
            for (int i = 0; i < n; i++) {
                out[i * m + i] = 0;
            }
        }
        return out;
    }

    private static double[] squaredNorms(double[] x, int n, int d) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += x[i * d + k] * x[i * d + k];
            }
            out[i] = s;
        }
        return out;
    }

    /**
     * Adds {@code delta} to every distance between points with different labels.
     *
     * @param dist {@code n × n} distances, modified
     * @param labels {@code n} labels
     * @param delta the offset
     */
    public static void addLabelOffset(double[] dist, int[] labels, double delta) {
        int n = labels.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (labels[i] != labels[j]) {
                    dist[i * n + j] += delta;
                }
            }
        }
    }

    /** @return {@code sqrt(mean(D²) / 2)} over all entries */
    public static double rootHalfMeanSquare(double[] dist) {
        double s = 0;
        for (double v : dist) {
            s += v * v;
        }
        return Math.sqrt(s / dist.length / 2);
    }

    /** @return the median of the entries, without the diagonal of a square matrix */
    public static double median(double[] dist, int rows, int cols, boolean square) {
        double[] v;
        if (square && rows == cols && rows > 1) {
            v = new double[rows * (cols - 1)];
            int k = 0;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    if (i != j) {
                        v[k++] = dist[i * cols + j];
                    }
                }
            }
        } else {
            v = dist.clone();
        }
        Arrays.sort(v);
        int h = v.length / 2;
        return v.length % 2 == 1 ? v[h] : 0.5 * (v[h - 1] + v[h]);
    }

    /**
     * {@code K = exp(-(D / σ)² / 2)}.
     *
     * @param dist distances; not modified
     * @param sigma bandwidth
     * @return the kernel values
     */
    public static double[] gaussian(double[] dist, double sigma) {
        double[] out = new double[dist.length];
        for (int k = 0; k < dist.length; k++) {
            double t = dist[k] / sigma;
            out[k] = Math.exp(-(t * t) / 2);
        }
        return out;
    }

    /**
     * Row means.
     *
     * @param k {@code rows × cols} values
     * @param rows rows
     * @param cols columns
     * @return the {@code rows} means
     */
    public static double[] rowMeans(double[] k, int rows, int cols) {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0;
            int off = i * cols;
            for (int j = 0; j < cols; j++) {
                s += k[off + j];
            }
            out[i] = s / cols;
        }
        return out;
    }
}
