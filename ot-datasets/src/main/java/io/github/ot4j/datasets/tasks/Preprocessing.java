package io.github.ot4j.datasets.tasks;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;

/**
 * Per-domain feature preprocessing used by the benchmark protocols. Each domain is processed on
 * its own (no statistics are shared between source and target).
 */
public enum Preprocessing {
    /** Features as stored. */
    NONE,
    /**
     * Each row divided by its Euclidean norm (rows of zeros stay zero), as SCOT and InfoOT do for
     * single-cell data (scikit-learn {@code normalize(X, norm='l2')}).
     */
    L2_ROWS,
    /**
     * Each row divided by its L1 norm, then each column z-scored with the domain's own mean and
     * population standard deviation; constant columns become 0 (scikit-learn's
     * {@code StandardScaler} convention). This is how the {@code surf_zscore} Office-Caltech files
     * were made, and the DeCAF check in the datasets README uses it.
     */
    L1_ROWS_ZSCORE;

    /**
     * @param x one point per row; not modified
     * @return the processed copy (or {@code x} itself for {@link #NONE})
     * @throws IllegalArgumentException if {@code x} is null
     */
    public Matrix apply(Matrix x) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (this == NONE) {
            return x;
        }
        int n = x.rows();
        int d = x.cols();
        double[] v = x.toRowMajor();
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int j = 0; j < d; j++) {
                double t = v[i * d + j];
                norm += this == L2_ROWS ? t * t : Math.abs(t);
            }
            if (this == L2_ROWS) {
                norm = Math.sqrt(norm);
            }
            if (norm > 0) {
                for (int j = 0; j < d; j++) {
                    v[i * d + j] /= norm;
                }
            }
        }
        if (this == L1_ROWS_ZSCORE) {
            for (int j = 0; j < d; j++) {
                double mean = 0;
                for (int i = 0; i < n; i++) {
                    mean += v[i * d + j];
                }
                mean /= n;
                double var = 0;
                for (int i = 0; i < n; i++) {
                    double t = v[i * d + j] - mean;
                    var += t * t;
                }
                double sd = Math.sqrt(var / n);
                for (int i = 0; i < n; i++) {
                    v[i * d + j] = sd > 0 ? (v[i * d + j] - mean) / sd : 0;
                }
            }
        }
        return RawAccess.wrap(n, d, v);
    }
}
