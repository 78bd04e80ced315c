package io.github.ot4j.datasets.tasks;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;

/**
 * Precision at k for cross-domain retrieval from a score matrix, as in InfoOT's
 * {@code retrieval.py} (Chuang et al., ICML 2023, arXiv 2210.03164): for each query (row of the
 * score matrix) the targets (columns) are ranked by descending score, equal scores in column order;
 * P@k is the fraction of the top k targets whose label equals the query's label, averaged over
 * the queries. Stateless and thread-safe.
 */
public final class PrecisionAtK {

    private PrecisionAtK() {
    }

    /**
     * P@k for one k.
     *
     * @param scores {@code queries × targets}, higher means more relevant
     * @param queryLabels one label per row of {@code scores}
     * @param targetLabels one label per column of {@code scores}
     * @param k cut-off, in {@code [1, targets]}
     * @return the mean precision, in {@code [0, 1]}
     * @throws IllegalArgumentException on mismatched lengths or {@code k} out of range
     */
    public static double compute(Matrix scores, int[] queryLabels, int[] targetLabels, int k) {
        return compute(scores, queryLabels, targetLabels, new int[] {k})[0];
    }

    /**
     * P@k for several cut-offs from one ranking.
     *
     * @param scores {@code queries × targets}, higher means more relevant
     * @param queryLabels one label per row of {@code scores}
     * @param targetLabels one label per column of {@code scores}
     * @param ks cut-offs, each in {@code [1, targets]}, at least one
     * @return the mean precision for each cut-off, in the order given
     * @throws IllegalArgumentException on mismatched lengths or a cut-off out of range
     */
    public static double[] compute(Matrix scores, int[] queryLabels, int[] targetLabels, int... ks) {
        if (scores == null || queryLabels == null || targetLabels == null || ks == null || ks.length == 0) {
            throw new IllegalArgumentException("scores, labels and at least one k are required");
        }
        int nq = scores.rows();
        int nt = scores.cols();
        if (queryLabels.length != nq) {
            throw new IllegalArgumentException("queryLabels has " + queryLabels.length + " entries but scores has " + nq + " rows");
        }
        if (targetLabels.length != nt) {
            throw new IllegalArgumentException("targetLabels has " + targetLabels.length + " entries but scores has "
                    + nt + " columns");
        }
        int kmax = 0;
        for (int k : ks) {
            if (k < 1 || k > nt) {
                throw new IllegalArgumentException("k must be in [1, " + nt + "], got " + k);
            }
            kmax = Math.max(kmax, k);
        }
        double[] s = RawAccess.data(scores);
        double[] top = new double[kmax];
        int[] topIndex = new int[kmax];
        double[] sums = new double[ks.length];
        for (int i = 0; i < nq; i++) {
            int filled = 0;
            for (int j = 0; j < nt; j++) {
                double v = s[i * nt + j];
                if (filled == kmax && !(v > top[kmax - 1])) {
                    continue;
                }
                int pos = filled < kmax ? filled++ : kmax - 1;
                while (pos > 0 && v > top[pos - 1]) {
                    top[pos] = top[pos - 1];
                    topIndex[pos] = topIndex[pos - 1];
                    pos--;
                }
                top[pos] = v;
                topIndex[pos] = j;
            }
            for (int c = 0; c < ks.length; c++) {
                int hits = 0;
                for (int r = 0; r < ks[c]; r++) {
                    if (targetLabels[topIndex[r]] == queryLabels[i]) {
                        hits++;
                    }
                }
                sums[c] += (double) hits / ks[c];
            }
        }
        for (int c = 0; c < ks.length; c++) {
            sums[c] /= nq;
        }
        return sums;
    }
}
