package io.github.ot4j.solver;

/**
 * How {@link GromovObjective} computes the product {@code h1(C1) T h2(C2)ᵀ} at the heart of
 * Gromov-Wasserstein's tensor product.
 */
public enum CostFactorization {
    /**
     * Look once for an exact low-rank factorization {@code h = U Vᵀ} of each of
     * {@code h1(C1)} and {@code h2(C2)} (complete-pivoting cross approximation, accepted only if
     * it reproduces every entry to {@code 1e-13} of the largest, with rank at most
     * {@code min(n, m) / 8}, capped at 64), and use it instead of the dense matrix. Squared
     * Euclidean distance matrices of points in {@code d} dimensions have rank
     * {@code d + 2}, so the product then costs {@code O((d1 + d2) n m)} instead of
     * {@code O(n² m + n m²)}; results agree with the dense computation to round-off. Full-rank
     * costs (Euclidean or geodesic distances, the KL loss's logarithm) fall back to dense
     * products after a search costing a few percent of one product.
     */
    AUTO,
    /** Always dense products (POT's computation, in POT's order). */
    NONE
}
