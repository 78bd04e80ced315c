package io.github.ot4j.datasets.tasks;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;

/**
 * A cross-domain retrieval method as the retrieval task sees it: fitted on training source points
 * and the target database, it scores unseen query points (from the source domain) against every
 * target point. InfoOT's conditional score (Chuang et al., ICML 2023, arXiv 2210.03164, section
 * 4.2) is the reference; a projection-based method can score by negative distance after projecting
 * the queries.
 *
 * <p>Contract: the arguments must not be modified; the queries are never part of
 * {@code sourceTrain}; the result has {@code queries.rows()} rows and {@code target.rows()}
 * columns, higher meaning more relevant.
 */
@FunctionalInterface
public interface RetrievalMethod {

    /**
     * @param sourceTrain source points available for fitting, one per row
     * @param queries held-out source points to score, same columns as {@code sourceTrain}
     * @param target the database, one point per row
     * @return scores, {@code queries.rows() × target.rows()}
     */
    Matrix scores(Matrix sourceTrain, Matrix queries, Matrix target);

    /**
     * The "no adaptation" baseline: score = minus the Euclidean distance between query and target
     * in the shared feature space.
     *
     * @return the baseline method
     */
    static RetrievalMethod negativeDistance() {
        return (sourceTrain, queries, target) -> {
            if (queries.cols() != target.cols()) {
                throw new IllegalArgumentException("negative distance needs equal dimensions, got queries "
                        + queries.cols() + " and target " + target.cols());
            }
            double[] q = RawAccess.data(queries);
            double[] t = RawAccess.data(target);
            int d = queries.cols();
            double[] out = new double[queries.rows() * target.rows()];
            for (int i = 0; i < queries.rows(); i++) {
                for (int j = 0; j < target.rows(); j++) {
                    out[i * target.rows() + j] = -Math.sqrt(Distances.squared(q, i, t, j, d));
                }
            }
            return RawAccess.wrap(queries.rows(), target.rows(), out);
        };
    }
}
