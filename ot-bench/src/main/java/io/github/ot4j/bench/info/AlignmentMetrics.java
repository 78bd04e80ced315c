package io.github.ot4j.bench.info;

import io.github.ot4j.geometry.Matrix;

/**
 * FOSCTTM (SCOT {@code calc_domainAveraged_FOSCTTM}, datasets README 5.1) and 1-NN accuracy, as
 * used by the InfoOT runner.
 */
final class AlignmentMetrics {

    private AlignmentMetrics() {
    }

    /**
     * Mean over cells of the average fraction of the other domain's samples closer than the true
     * match (strictly closer; ties count in the cell's favour).
     */
    static double foscttm(Matrix a, Matrix b) {
        int n = a.rows();
        int d = a.cols();
        double[][] dist = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] ai = a.row(i);
            for (int j = 0; j < n; j++) {
                double[] bj = b.row(j);
                double s = 0;
                for (int k = 0; k < d; k++) {
                    double t = ai[k] - bj[k];
                    s += t * t;
                }
                dist[i][j] = Math.sqrt(s);
            }
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            int closer1 = 0;
            int closer2 = 0;
            for (int j = 0; j < n; j++) {
                if (dist[i][j] < dist[i][i]) {
                    closer1++;
                }
                if (dist[j][i] < dist[i][i]) {
                    closer2++;
                }
            }
            total += 0.5 * (closer1 + closer2) / (n - 1.0);
        }
        return total / n;
    }

    /** 1-NN accuracy: train on (train, trainLabels), predict test. Ties: first index. */
    static double oneNnAccuracy(Matrix train, int[] trainLabels, Matrix test, int[] testLabels) {
        int hit = 0;
        for (int q = 0; q < test.rows(); q++) {
            double[] x = test.row(q);
            double best = Double.POSITIVE_INFINITY;
            int label = -1;
            for (int i = 0; i < train.rows(); i++) {
                double s = 0;
                for (int k = 0; k < x.length; k++) {
                    double t = x[k] - train.get(i, k);
                    s += t * t;
                }
                if (s < best) {
                    best = s;
                    label = trainLabels[i];
                }
            }
            if (label == testLabels[q]) {
                hit++;
            }
        }
        return (double) hit / test.rows();
    }

    /** Each row divided by its Euclidean norm (SCOT's preprocessing). */
    static Matrix l2NormalizeRows(Matrix x) {
        double[] out = x.toRowMajor();
        int d = x.cols();
        for (int i = 0; i < x.rows(); i++) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += out[i * d + k] * out[i * d + k];
            }
            double norm = Math.sqrt(s);
            if (norm > 0) {
                for (int k = 0; k < d; k++) {
                    out[i * d + k] /= norm;
                }
            }
        }
        return Matrix.of(x.rows(), d, out);
    }
}
