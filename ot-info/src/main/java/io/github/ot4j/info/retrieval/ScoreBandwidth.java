package io.github.ot4j.info.retrieval;

/**
 * Which source bandwidth the kernel density at unseen query points uses (golden README, caveat 12).
 */
public enum ScoreBandwidth {
    /**
     * Reuse the bandwidth fitted on the training source (computed on the label-free source
     * distances when the fit used labels). A query's score and projection then do not depend on
     * the other queries in the batch, and an unseen point is treated exactly like a training point.
     * The recommended choice.
     */
    TRAINING,
    /**
     * Re-estimate the source bandwidth from the rectangular query-to-source distance matrix, as
     * the original {@code conditional_score} does: a query's score then changes with the other
     * queries of the batch. Offered to reproduce published numbers.
     */
    BATCH
}
