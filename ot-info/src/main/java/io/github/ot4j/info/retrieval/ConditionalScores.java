package io.github.ot4j.info.retrieval;

import io.github.ot4j.geometry.Matrix;

import java.util.Arrays;

/**
 * InfoOT's conditional scores of queries against the target sample, used for cross-domain
 * retrieval: {@code s_qj = f_xy(x_q, y_j) / (f_x(x_q) f_y(y_j))}, the kernel estimate of
 * {@code p(x, y) / (p(x) p(y))} under the fitted plan (Chuang et al. 2023, section 5.3). A larger
 * score means target {@code j} is a more likely match for query {@code q}.
 *
 * @param scores {@code q × m} scores, one row per query
 */
public record ConditionalScores(Matrix scores) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if {@code scores} is null
     */
    public ConditionalScores {
        if (scores == null) {
            throw new IllegalArgumentException("scores must not be null");
        }
    }

    /** @return the number of queries */
    public int queries() {
        return scores.rows();
    }

    /**
     * The {@code k} highest-scoring target indices per query, best first (ties broken by the
     * lower index).
     *
     * @param k how many, in {@code [1, targets]}
     * @return {@code queries × k} indices
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public int[][] topK(int k) {
        int m = scores.cols();
        if (k < 1 || k > m) {
            throw new IllegalArgumentException("k must be in [1, " + m + "], got " + k);
        }
        int[][] out = new int[scores.rows()][];
        for (int q = 0; q < scores.rows(); q++) {
            double[] row = scores.row(q);
            Integer[] idx = new Integer[m];
            for (int j = 0; j < m; j++) {
                idx[j] = j;
            }
            Arrays.sort(idx, (x, y) -> {
                int c = Double.compare(row[y], row[x]);
                return c != 0 ? c : Integer.compare(x, y);
            });
            out[q] = new int[k];
            for (int j = 0; j < k; j++) {
                out[q][j] = idx[j];
            }
        }
        return out;
    }

    /**
     * Precision at {@code k}: the fraction of each query's top {@code k} targets whose label
     * equals the query's label, averaged over queries (the InfoOT retrieval metric).
     *
     * @param k cut-off
     * @param queryLabels one label per query
     * @param targetLabels one label per target
     * @return P@k in {@code [0, 1]}
     * @throws IllegalArgumentException on label arrays of the wrong length or a bad {@code k}
     */
    public double precisionAt(int k, int[] queryLabels, int[] targetLabels) {
        if (queryLabels == null || queryLabels.length != scores.rows()) {
            throw new IllegalArgumentException("queryLabels must have " + scores.rows() + " entries");
        }
        if (targetLabels == null || targetLabels.length != scores.cols()) {
            throw new IllegalArgumentException("targetLabels must have " + scores.cols() + " entries");
        }
        int[][] top = topK(k);
        double total = 0;
        for (int q = 0; q < top.length; q++) {
            int hit = 0;
            for (int j : top[q]) {
                if (targetLabels[j] == queryLabels[q]) {
                    hit++;
                }
            }
            total += (double) hit / k;
        }
        return total / top.length;
    }
}
