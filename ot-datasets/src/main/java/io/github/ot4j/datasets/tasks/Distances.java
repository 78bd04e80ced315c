package io.github.ot4j.datasets.tasks;

/** Row-to-row Euclidean distances on row-major arrays, summed in index order (the reference order). */
final class Distances {

    private Distances() {
    }

    /** Squared Euclidean distance between row {@code i} of {@code a} and row {@code j} of {@code b}. */
    static double squared(double[] a, int i, double[] b, int j, int d) {
        int ai = i * d;
        int bj = j * d;
        double s = 0;
        for (int k = 0; k < d; k++) {
            double t = a[ai + k] - b[bj + k];
            s += t * t;
        }
        return s;
    }
}
