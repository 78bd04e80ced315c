package io.github.ot4j.datasets.tasks;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Parallel;
import io.github.ot4j.internal.RawAccess;

/**
 * FOSCTTM, the "fraction of samples closer than the true match", the standard score of
 * single-cell alignment with known pairs (Liu et al., "Jointly embedding multiple single-cell
 * omics measurements", WABI 2019; computed as in SCOT's {@code evals.calc_domainAveraged_FOSCTTM}).
 *
 * <p>Row {@code i} of {@code a} and row {@code i} of {@code b} are the same sample, both in one
 * common space. With Euclidean distances \(d\), for each \(i\):
 * \( f^{(1)}_i = |\{j : d(a_i, b_j) &lt; d(a_i, b_i)\}| / (n-1) \) and
 * \( f^{(2)}_i = |\{j : d(b_i, a_j) &lt; d(b_i, a_i)\}| / (n-1) \); the per-sample value is
 * \( (f^{(1)}_i + f^{(2)}_i)/2 \) and FOSCTTM is its mean. Only <em>strictly</em> closer points
 * count, so ties (for example duplicated rows) count in the sample's favour, exactly like SCOT's
 * first-occurrence rank in a sorted list. 0 is a perfect alignment, about 0.5 a random one.
 *
 * <p>Runs in \(O(n^2 d)\) time and \(O(n)\) memory (no distance matrix is stored), in parallel for
 * large inputs. Stateless and thread-safe.
 */
public final class Foscttm {

    private Foscttm() {
    }

    /**
     * The mean FOSCTTM.
     *
     * @param a aligned domain 1, one sample per row
     * @param b aligned domain 2, same shape; row {@code i} pairs with row {@code i} of {@code a}
     * @return the mean over samples, in {@code [0, 1]}
     * @throws IllegalArgumentException if the shapes differ or there are fewer than 2 rows
     */
    public static double mean(Matrix a, Matrix b) {
        double[] f = perSample(a, b);
        double s = 0;
        for (double v : f) {
            s += v;
        }
        return s / f.length;
    }

    /**
     * The per-sample values \( (f^{(1)}_i + f^{(2)}_i)/2 \) (what SCOT's function returns).
     *
     * @param a aligned domain 1, one sample per row
     * @param b aligned domain 2, same shape
     * @return one value in {@code [0, 1]} per row
     * @throws IllegalArgumentException if the shapes differ or there are fewer than 2 rows
     */
    public static double[] perSample(Matrix a, Matrix b) {
        if (a == null || b == null) {
            throw new IllegalArgumentException("a and b must not be null");
        }
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw new IllegalArgumentException("a is " + a.rows() + " x " + a.cols() + " but b is " + b.rows()
                    + " x " + b.cols() + "; FOSCTTM needs paired rows in one space");
        }
        int n = a.rows();
        if (n < 2) {
            throw new IllegalArgumentException("FOSCTTM needs at least 2 samples, got " + n);
        }
        int d = a.cols();
        double[] x = RawAccess.data(a);
        double[] y = RawAccess.data(b);
        double[] diag = new double[n];
        for (int i = 0; i < n; i++) {
            diag[i] = Math.sqrt(Distances.squared(x, i, y, i, d));
        }
        int chunks = Parallel.chunks(0, (long) n * n * d, n);
        int[][] colCounts = new int[chunks][n];
        int[] rowCounts = new int[n];
        Parallel.run(chunks, c -> {
            int[] cols = colCounts[c];
            int from = Parallel.start(c, chunks, n);
            int to = Parallel.start(c + 1, chunks, n);
            for (int i = from; i < to; i++) {
                int count = 0;
                for (int j = 0; j < n; j++) {
                    double dij = Math.sqrt(Distances.squared(x, i, y, j, d));
                    if (dij < diag[i]) {
                        count++;
                    }
                    if (dij < diag[j]) {
                        cols[j]++;
                    }
                }
                rowCounts[i] = count;
            }
        });
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int col = 0;
            for (int[] cc : colCounts) {
                col += cc[i];
            }
            out[i] = ((double) rowCounts[i] / (n - 1) + (double) col / (n - 1)) / 2;
        }
        return out;
    }
}
