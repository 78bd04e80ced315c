package io.github.ot4j.solver;

/** How {@link SinkhornDivergence} solves its symmetric terms {@code OT(a, a)} and {@code OT(b, b)}. */
public enum SelfTermSolver {
    /** The ordinary {@link Sinkhorn} iteration, as POT does; slow at small {@code ε}. */
    SINKHORN,
    /**
     * The symmetric iteration {@code f ← ½ (f + T(f))} with
     * {@code T(f)_i = -ε log Σ_j a_j exp((f_j - C_ij) / ε)}, in the log domain (Feydy et al.
     * 2019, arXiv:1810.08278, Section 3.1; GeomLoss): the averaging removes the oscillation of
     * the plain iteration on a symmetric problem and converges in a few dozen iterations.
     */
    SYMMETRIC
}
