package io.github.ot4j.solver;

/** Norm of the marginal violation {@code Pᵀ1 - b} used by Sinkhorn's stopping test. */
public enum ErrorNorm {
    /** Sum of absolute deviations: the mass that is misplaced (OTT-JAX's default). */
    L1,
    /** Euclidean norm (POT's stopping rule). */
    L2
}
