package io.github.ot4j.solver;

/** Where Sinkhorn iterates. */
public enum Domain {
    /**
     * Kernel domain unless the geometry is matrix-free or an epsilon schedule is used (then log),
     * or, without a warm start, epsilon is small relative to the cost range
     * ({@link Sinkhorn#AUTO_KERNEL_MAX_RANGE}). With a warm start on a stored cost whose range or
     * scalings the plain kernel cannot hold, the kernel is stabilized at the warm start
     * ({@code K = exp((f0_i + g0_j - C_ij) / epsilon)}, the warm start's plan), so any range
     * works. A kernel-domain solve that diverges is restarted in the log domain.
     */
    AUTO,
    /**
     * Scalings {@code u, v} against a stored kernel {@code K = exp(-C / epsilon)}: one pass over K
     * per iteration, fastest, but under- and overflows when {@code (max C - min C) / epsilon}
     * approaches ~700 (POT's {@code method='sinkhorn'}). A warm start on a stored cost beyond that
     * range (or whose scalings {@code exp(f / epsilon)} cannot be represented) is used as the
     * stabilization of the kernel, {@code K = exp((f0_i + g0_j - C_ij) / epsilon)}, with the
     * scalings absorbed into it whenever they leave {@code [1e-100, 1e100]}.
     */
    KERNEL,
    /**
     * Potentials {@code f, g} updated with log-sum-exp: never overflows, one exponential per
     * matrix entry per half-iteration (POT's {@code method='sinkhorn_log'}).
     */
    LOG
}
