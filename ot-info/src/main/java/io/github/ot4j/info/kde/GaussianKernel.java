package io.github.ot4j.info.kde;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.info.internal.KernelMath;
import io.github.ot4j.internal.RawAccess;

/**
 * The unnormalized Gaussian kernels of InfoOT's kernel density estimates
 * (Chuang, Jegelka &amp; Alvarez-Melis, "InfoOT: Information Maximizing Optimal Transport",
 * ICML 2023, arXiv:2210.03164, section 4): {@code K_ij = exp(-(D_ij / σ)² / 2)} on a Euclidean
 * distance matrix {@code D}, with the bandwidth {@code σ} from a {@link Bandwidth}. Also the
 * label-aware source distance of the paper's domain-adaptation experiments and a low-rank
 * (pivoted Cholesky) factorization of a kernel matrix.
 */
public final class GaussianKernel {

    /** The offset added to distances between differently labelled source points (the original code's {@code delta}). */
    public static final double DEFAULT_LABEL_OFFSET = 5000;

    private GaussianKernel() {
    }

    /**
     * Euclidean distances {@code D_ij = |x_i - y_j|} (not squared: InfoOT's cost and kernels use
     * scikit-learn's {@code pairwise_distances}).
     *
     * @param x {@code n × d} points
     * @param y {@code m × d} points
     * @return the {@code n × m} distances
     * @throws IllegalArgumentException if an argument is null or the dimensions differ
     */
    public static Matrix distances(Matrix x, Matrix y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("x and y must not be null");
        }
        if (x.cols() != y.cols()) {
            throw new IllegalArgumentException("x has dimension " + x.cols() + " but y has dimension " + y.cols());
        }
        double[] d = KernelMath.euclidean(RawAccess.data(x), x.rows(), RawAccess.data(y), y.rows(), x.cols());
        return RawAccess.wrap(x.rows(), y.rows(), d);
    }

    /**
     * The label-aware source distance {@code D_ij = |x_i - x_j| + δ [y_i ≠ y_j]}.
     *
     * @param x {@code n × d} points
     * @param labels {@code n} labels
     * @param delta the offset, finite and {@code >= 0} ({@link #DEFAULT_LABEL_OFFSET} in the original)
     * @return the {@code n × n} distances
     * @throws IllegalArgumentException on null arguments, a label count different from the row count, or a bad delta
     */
    public static Matrix labelAwareDistances(Matrix x, int[] labels, double delta) {
        if (x == null || labels == null) {
            throw new IllegalArgumentException("x and labels must not be null");
        }
        if (labels.length != x.rows()) {
            throw new IllegalArgumentException("labels has " + labels.length + " entries but x has " + x.rows() + " rows");
        }
        if (!(delta >= 0) || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("delta must be >= 0 and finite, got " + delta);
        }
        double[] d = KernelMath.euclidean(RawAccess.data(x), x.rows(), RawAccess.data(x), x.rows(), x.cols());
        KernelMath.addLabelOffset(d, labels, delta);
        return RawAccess.wrap(x.rows(), x.rows(), d);
    }

    /**
     * {@code K_ij = exp(-(D_ij / σ)² / 2)}.
     *
     * @param distances distances (any shape)
     * @param sigma the bandwidth {@code σ > 0}
     * @return the kernel values
     * @throws IllegalArgumentException if {@code distances} is null or {@code sigma} is not positive and finite
     */
    public static Matrix kernel(Matrix distances, double sigma) {
        if (distances == null) {
            throw new IllegalArgumentException("distances must not be null");
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("bandwidth must be > 0 and finite, got " + sigma);
        }
        return RawAccess.wrap(distances.rows(), distances.cols(),
                KernelMath.gaussian(RawAccess.data(distances), sigma));
    }

    /**
     * A low-rank factor {@code K ≈ F Fᵀ} of the Gaussian kernel on a square distance matrix, by
     * greedy pivoted (incomplete) Cholesky: each step adds the column of the point whose diagonal
     * residual {@code K_ii - Σ_l F_il²} is largest (Fine &amp; Scheinberg, JMLR 2001; Harbrecht,
     * Peters &amp; Schneider, Appl. Numer. Math. 2012). It stops at {@code maxRank} columns or when
     * the residual trace falls to {@code tolerance · n} (the trace of a Gaussian kernel is
     * {@code n}); the residual trace bounds the nuclear-norm error of the approximation. Costs
     * {@code O(n r²)} time and reads {@code r} rows of {@code D}. The reported row means are the
     * exact ones.
     *
     * @param distances {@code n × n} symmetric distances with a zero diagonal
     * @param sigma bandwidth, {@code > 0}
     * @param maxRank largest rank, at least 1
     * @param tolerance relative residual-trace target in {@code [0, 1)}
     * @return the low-rank kernel
     * @throws IllegalArgumentException on a non-square matrix or bad parameters
     */
    public static KernelMatrix pivotedCholesky(Matrix distances, double sigma, int maxRank, double tolerance) {
        if (distances == null || distances.rows() != distances.cols()) {
            throw new IllegalArgumentException("distances must be a square matrix");
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("bandwidth must be > 0 and finite, got " + sigma);
        }
        if (maxRank < 1) {
            throw new IllegalArgumentException("maxRank must be >= 1, got " + maxRank);
        }
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in [0, 1), got " + tolerance);
        }
        return pivotedCholesky(RawAccess.data(distances), distances.rows(), sigma, maxRank, tolerance);
    }

    /** Array form of {@link #pivotedCholesky(Matrix, double, int, double)}; arguments unchecked. */
    static KernelMatrix pivotedCholesky(double[] dist, int n, double sigma, int maxRank, double tolerance) {
        int rMax = Math.min(maxRank, n);
        double[][] cols = new double[rMax][];
        double[] residual = new double[n];
        java.util.Arrays.fill(residual, 1.0); // K_ii = exp(0) = 1
        double[] means = new double[n];
        double target = tolerance * n;
        int r = 0;
        double trace = n;
        while (r < rMax && trace > target) {
            int p = 0;
            for (int i = 1; i < n; i++) {
                if (residual[i] > residual[p]) {
                    p = i;
                }
            }
            double pivot = residual[p];
            if (!(pivot > 1e-12)) {
                break;
            }
            double[] col = new double[n];
            int off = p * n;
            for (int i = 0; i < n; i++) {
                double t = dist[off + i] / sigma;
                col[i] = Math.exp(-(t * t) / 2);
            }
            for (int l = 0; l < r; l++) {
                double[] cl = cols[l];
                double fpl = cl[p];
                if (fpl != 0) {
                    for (int i = 0; i < n; i++) {
                        col[i] -= fpl * cl[i];
                    }
                }
            }
            double s = 1 / Math.sqrt(pivot);
            trace = 0;
            for (int i = 0; i < n; i++) {
                col[i] *= s;
                residual[i] = Math.max(0, residual[i] - col[i] * col[i]);
                trace += residual[i];
            }
            residual[p] = 0;
            cols[r++] = col;
        }
        double[] factor = new double[n * r];
        for (int l = 0; l < r; l++) {
            double[] cl = cols[l];
            for (int i = 0; i < n; i++) {
                factor[i * r + l] = cl[i];
            }
        }
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int off = i * n;
            for (int j = 0; j < n; j++) {
                double t = dist[off + j] / sigma;
                sum += Math.exp(-(t * t) / 2);
            }
            means[i] = sum / n;
        }
        return new LowRankKernelMatrix(n, Math.max(r, 1), r == 0 ? new double[n] : factor, means);
    }
}
