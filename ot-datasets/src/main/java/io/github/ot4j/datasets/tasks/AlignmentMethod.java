package io.github.ot4j.datasets.tasks;

import io.github.ot4j.geometry.Matrix;

/**
 * An alignment method as the benchmark tasks see it: given source points (with labels when the
 * protocol provides them) and target points, it returns the source points expressed in the
 * target's feature space, one row per source point. This is how OT-based domain adaptation and
 * single-cell alignment are evaluated: barycentric projection
 * \( \hat{x}^s_i = \sum_j P_{ij} x^t_j / \sum_j P_{ij} \) for EMD, Sinkhorn and InfoOT, or
 * InfoOT's conditional projection (Chuang et al., ICML 2023, arXiv 2210.03164, section 4).
 *
 * <p>The task owns the protocol (which points are source and target, which labels the method may
 * see) and the metric; the method only aligns. A method that computes several projections from one
 * fit (barycentric and conditional, say) can be wrapped twice around a shared, memoised fit.
 *
 * <p>Contract: the arguments must not be modified; {@code sourceLabels} is {@code null} when the
 * protocol gives no labels (single-cell alignment, retrieval) and otherwise has one label per source
 * row (domain adaptation); the result must have {@code source.rows()} rows and
 * {@code target.cols()} columns. Source and target may have different numbers of columns
 * (single-cell data); such methods must not rely on a cross-domain cost.
 */
@FunctionalInterface
public interface AlignmentMethod {

    /**
     * @param source source points, one per row
     * @param sourceLabels one label per source row, or {@code null} when the protocol gives none
     * @param target target points, one per row
     * @return the projected source, {@code source.rows() × target.cols()}
     */
    Matrix projectSource(Matrix source, int[] sourceLabels, Matrix target);

    /**
     * The "no adaptation" baseline: returns the source unchanged. Only meaningful when source
     * and target share a feature space.
     *
     * @return the identity method
     */
    static AlignmentMethod identity() {
        return (source, sourceLabels, target) -> {
            if (source.cols() != target.cols()) {
                throw new IllegalArgumentException("the identity method needs equal dimensions, got source "
                        + source.cols() + " and target " + target.cols());
            }
            return source;
        };
    }
}
