package io.github.ot4j.solver;

import io.github.ot4j.problem.LinearProblem;

/**
 * Configuration of {@link NetworkSimplex}, validated once. Start from {@link #defaults()} and
 * adjust with the {@code withX} methods, each of which returns a new record.
 *
 * <p>Defaults: at most {@value #DEFAULT_MAX_ITERATIONS} pivots (POT's {@code numItermax} is
 * {@code 100000}, too few for {@code n = m = 2000}); masses must agree to
 * {@link LinearProblem#MASS_TOLERANCE} relative (POT checks 6 decimals).
 *
 * @param maxIterations cap on the number of simplex pivots (degenerate ones included), at least 1
 * @param massTolerance largest accepted relative difference {@code |sum a - sum b| / max(sum a, sum b)},
 *     in {@code [0, 1)}; within it, {@code b} is rescaled to the mass of {@code a} before solving
 */
public record NetworkSimplexOptions(int maxIterations, double massTolerance) {

    /** Default pivot cap. */
    public static final int DEFAULT_MAX_ITERATIONS = 100_000_000;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the bad field and value
     */
    public NetworkSimplexOptions {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        if (!(massTolerance >= 0 && massTolerance < 1)) {
            throw new IllegalArgumentException("massTolerance must be in [0, 1), got " + massTolerance);
        }
    }

    /** @return the default options */
    public static NetworkSimplexOptions defaults() {
        return new NetworkSimplexOptions(DEFAULT_MAX_ITERATIONS, LinearProblem.MASS_TOLERANCE);
    }

    /** @param v new pivot cap, at least 1 @return a copy */
    public NetworkSimplexOptions withMaxIterations(int v) {
        return new NetworkSimplexOptions(v, massTolerance);
    }

    /** @param v new relative mass tolerance, in {@code [0, 1)} @return a copy */
    public NetworkSimplexOptions withMassTolerance(double v) {
        return new NetworkSimplexOptions(maxIterations, v);
    }
}
