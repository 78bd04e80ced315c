package io.github.ot4j.solver;

/** Where Sinkhorn iterates. */
public enum Domain {
    /**
     * Kernel domain unless epsilon is small relative to the cost range (then log), the geometry is
     * matrix-free, an epsilon schedule is used, or the warm start cannot be represented as
     * scalings; a kernel-domain solve that diverges is restarted in the log domain.
     */
    AUTO,
    /**
     * Scalings {@code u, v} against a stored kernel {@code K = exp(-C / epsilon)}: one pass over K
     * per iteration, fastest, but under- and overflows when {@code (max C - min C) / epsilon}
     * approaches ~700 (POT's {@code method='sinkhorn'}).
     */
    KERNEL,
    /**
     * Potentials {@code f, g} updated with log-sum-exp: never overflows, one exponential per
     * matrix entry per half-iteration (POT's {@code method='sinkhorn_log'}).
     */
    LOG
}
