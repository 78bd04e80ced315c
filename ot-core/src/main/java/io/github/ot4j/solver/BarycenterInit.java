package io.github.ot4j.solver;

/**
 * How the kernel-domain Bregman barycenter iteration ({@link BarycenterMethod#BREGMAN},
 * {@link Domain#KERNEL}) initializes its scalings {@code u_k = g / v_k}, where
 * {@code v_k = Kᵀ (a_k / K 1)}. The iteration preserves {@code Π_k u_k^{w_k}}, and only the value
 * 1 is consistent with the optimality conditions of the barycenter problem.
 */
public enum BarycenterInit {
    /**
     * {@code g} = the weighted geometric mean {@code Π_k v_k^{w_k}}, so that
     * {@code Π_k u_k^{w_k} = 1}: the kernel and log domains converge to the same barycenter.
     */
    WEIGHTED,
    /**
     * POT's start (0.8.2 and later): {@code g} = the unweighted geometric mean. Identical to
     * {@link #WEIGHTED} for uniform weights; with non-uniform weights the iteration converges to
     * a feasible but suboptimal histogram, which differs from POT's own log-domain result (on
     * the golden case {@code barycenter_1d_reg1e-2_w0.2_0.8} by up to a factor 7 in the tails,
     * with a higher objective {@code Σ_k w_k OT_ε}). Use only to reproduce POT.
     */
    POT
}
