package io.github.ot4j.info;

/** How closely a fit follows the original InfoOT code's inner loop. */
public enum Compatibility {
    /**
     * ot4j's inner loop: every KL projection is a Sinkhorn solve run to convergence (L1
     * column-marginal error {@code <= innerTolerance}, at most {@code innerMaxIterations}
     * iterations; optionally inexact early on, see {@link InfoOtOptions#INNER_TOLERANCE_FACTOR}),
     * overflow-safe ({@code Domain.AUTO}: kernel domain
     * when {@code range(C)/ε} is moderate, log domain otherwise), warm-started from the previous
     * outer iteration's potentials; the outer loop stops early once a step moves less than the
     * options' tolerance.
     */
    NONE,
    /**
     * An exact mirror of {@code chingyaoc/InfoOT infoot.py}: every inner solve is POT 0.8.2's
     * {@code ot.bregman.sinkhorn} with its defaults (kernel domain, cold start {@code u = 1/n},
     * cap 1000 iterations, L2 column-marginal error {@code < 1e-9} checked every 10 iterations),
     * and the outer loop always runs all iterations. Matches the published code's plans to
     * ~1e-13, including its unconverged inner solves (golden README, caveat 9). Where the
     * original overflows to an all-NaN plan (caveat 10) ot4j's kernel-domain solver shifts the
     * cost and stays finite.
     */
    ORIGINAL,
    /**
     * Like {@link #ORIGINAL} but each inner solve mirrors POT's {@code method='sinkhorn_log'}
     * (log-domain potentials, same cold start, cap, check schedule): the original code as it would
     * run had it used the log-domain solver; it cannot overflow.
     */
    ORIGINAL_LOG
}
