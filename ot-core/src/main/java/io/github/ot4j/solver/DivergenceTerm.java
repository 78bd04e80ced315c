package io.github.ot4j.solver;

/** Which value of each entropic transport problem enters a {@link SinkhornDivergence}. */
public enum DivergenceTerm {
    /**
     * The transport cost {@code <P_ε, C>} of the entropic plan, without the entropy (POT's
     * {@code sinkhorn2}, used by POT's {@code empirical_sinkhorn_divergence}). The divergence is
     * then not guaranteed to be non-negative; POT clamps it at 0.
     */
    TRANSPORT_COST,
    /**
     * The regularized objective {@code OT_ε = <P_ε, C> + ε KL(P_ε | a bᵀ)} (Feydy, Séjourné,
     * Vialard, Amari, Trouvé &amp; Peyré 2019, arXiv:1810.08278; GeomLoss, OTT-JAX): for the squared
     * Euclidean and Euclidean costs the divergence is then non-negative, and 0 only for equal
     * measures.
     */
    REGULARIZED
}
