package io.github.ot4j.solver;

/**
 * Configuration of {@link EntropicPartialTransport}.
 *
 * @param epsilon absolute entropic regularization, {@code > 0}
 * @param tolerance stop when the Frobenius norm of the change of the plan over one iteration is
 *     {@code <= tolerance}; {@code 0} runs exactly {@code maxIterations} iterations
 * @param maxIterations iteration cap, at least 1
 * @param checkEvery measure the change after iterations {@code 0, checkEvery, ...} (0-based),
 *     at least 1
 */
public record EntropicPartialOptions(double epsilon, double tolerance, int maxIterations, int checkEvery) {

    /** Default tolerance on the Frobenius change of the plan. */
    public static final double DEFAULT_TOLERANCE = 1e-12;
    /** Default iteration cap. */
    public static final int DEFAULT_MAX_ITERATIONS = 10_000;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the bad field and value
     */
    public EntropicPartialOptions {
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be > 0 and finite, got " + epsilon);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be >= 0 and finite, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        if (checkEvery < 1) {
            throw new IllegalArgumentException("checkEvery must be >= 1, got " + checkEvery);
        }
    }

    /**
     * ot4j's defaults: tolerance {@value #DEFAULT_TOLERANCE}, at most
     * {@value #DEFAULT_MAX_ITERATIONS} iterations, checked every 10.
     *
     * @param epsilon regularization, {@code > 0}
     * @return the options
     */
    public static EntropicPartialOptions epsilon(double epsilon) {
        return new EntropicPartialOptions(epsilon, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, 10);
    }

    /**
     * POT 0.8.2's {@code entropic_partial_wasserstein} defaults: {@code stopThr = 1e-100}, so
     * that all {@code numItermax = 1000} iterations always run; checked every 10.
     *
     * @param reg POT's {@code reg}
     * @return the options
     */
    public static EntropicPartialOptions potCompatible(double reg) {
        return new EntropicPartialOptions(reg, 1e-100, 1000, 10);
    }

    /** @param v new value @return a copy */
    public EntropicPartialOptions withTolerance(double v) {
        return new EntropicPartialOptions(epsilon, v, maxIterations, checkEvery);
    }

    /** @param v new value @return a copy */
    public EntropicPartialOptions withMaxIterations(int v) {
        return new EntropicPartialOptions(epsilon, tolerance, v, checkEvery);
    }

    /** @param v new value @return a copy */
    public EntropicPartialOptions withCheckEvery(int v) {
        return new EntropicPartialOptions(epsilon, tolerance, maxIterations, v);
    }

    /** @param v new value @return a copy */
    public EntropicPartialOptions withEpsilon(double v) {
        return new EntropicPartialOptions(v, tolerance, maxIterations, checkEvery);
    }
}
