package io.github.ot4j.symmetry.align;

/** How {@link WassersteinProcrustes} solves its transport steps. */
public enum TransportMethod {
    /**
     * Entropic OT by ot-core's {@code Sinkhorn}: the alternation then minimizes the entropic
     * objective {@code <P, C_R> + ε KL(P | a bᵀ)}, and the plan is dense (every pair gets some
     * mass).
     */
    SINKHORN,
    /**
     * Exact OT by ot-core's {@code NetworkSimplex}: the alternation minimizes
     * {@code <P, C_R>} itself, and the plan is a vertex of the transport polytope (a permutation
     * matrix divided by {@code n} for uniform weights with {@code n = m}). Cost
     * {@code O(n m)} memory and roughly {@code O(n² m)} time per transport step.
     */
    EXACT
}
