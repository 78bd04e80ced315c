package io.github.ot4j.info;

import io.github.ot4j.geometry.Matrix;

import java.util.Random;

/** Seeded synthetic samples for the ot-info tests. */
final class Synthetic {

    private Synthetic() {
    }

    /**
     * {@code n} points in {@code k} Gaussian clusters (standard deviation {@code spread}) centred at
     * {@code (3c, 0, ..., 0) + offset}; labels are the cluster indices.
     */
    static Matrix clusters(Random r, int n, int k, int d, double spread, double offset, int[] labelsOut) {
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            int c = i % k;
            if (labelsOut != null) {
                labelsOut[i] = c;
            }
            for (int j = 0; j < d; j++) {
                x[i * d + j] = spread * r.nextGaussian() + (j == 0 ? 3 * c : 0) + offset;
            }
        }
        return Matrix.of(n, d, x);
    }
}
