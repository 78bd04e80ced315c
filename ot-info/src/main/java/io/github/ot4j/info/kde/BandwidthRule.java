package io.github.ot4j.info.kde;

/**
 * How a Gaussian kernel's bandwidth {@code σ} is derived from a distance matrix {@code D}.
 * A {@link Bandwidth} pairs a rule with its number.
 */
public enum BandwidthRule {
    /**
     * The original InfoOT rule: {@code σ = h · sqrt(mean(D²) / 2)}, the mean taken over every
     * entry of D, including the zero diagonal of a square self-distance matrix
     * (Chuang et al. 2023, {@code infoot.py compute_kernel}). The number of the
     * {@link Bandwidth} is the multiplier {@code h}.
     */
    REFERENCE,
    /**
     * The median heuristic: {@code σ = h · median(D_ij)} over the off-diagonal entries of a square
     * self-distance matrix (all entries of a rectangular one), a standard unsupervised choice for
     * Gaussian kernels (Gretton et al. 2012, "A Kernel Two-Sample Test"; Garreau et al. 2017,
     * arXiv:1707.07269). Unlike {@link #REFERENCE} it is not inflated by a few far-away points or
     * by large gaps between clusters, which is what makes the reference rule oversmooth on
     * binary or clustered features (scGEM's methylation). The number is the multiplier {@code h}.
     */
    MEDIAN,
    /** {@code σ} given directly: the number of the {@link Bandwidth} is {@code σ} itself. */
    FIXED
}
