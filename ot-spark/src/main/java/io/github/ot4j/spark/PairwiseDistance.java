package io.github.ot4j.spark;

/**
 * The value {@link SparkPairwise} computes for each pair of samples {@code (μ_i, μ_j)}.
 */
public enum PairwiseDistance {
    /**
     * The transport cost {@code <P, C>} of the entropic plan from {@code μ_i} to {@code μ_j}
     * (POT's {@code sinkhorn2}). Not zero on the diagonal: {@code <P, C>} of a sample with
     * itself is positive for {@code epsilon > 0}.
     */
    SINKHORN_COST,
    /**
     * The Sinkhorn divergence
     * {@code S(μ_i, μ_j) = OT_ε(μ_i, μ_j) - ½ OT_ε(μ_i, μ_i) - ½ OT_ε(μ_j, μ_j)}, where
     * {@code OT_ε} is the entropic objective {@code <P, C> + ε KL(P | a bᵀ)} (Feydy et al. 2019,
     * arXiv:1810.08278). Zero on the diagonal; each self term is solved once per sample.
     */
    SINKHORN_DIVERGENCE
}
