package io.github.ot4j.symmetry.align;

/** How {@link WassersteinProcrustes} solves its transport steps. */
public enum TransportMethod {
    /**
     * Entropic OT by ot-core's {@code Sinkhorn}: the alternation then minimizes the entropic
     * objective {@code <P, C_R> + ε KL(P | a bᵀ)}, and the plan is dense (every pair gets some
     * mass).
     */
    SINKHORN
}
