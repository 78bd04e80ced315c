package io.github.ot4j.solver;

/**
 * Configuration of {@link Sinkhorn}, validated once. Start from {@link #epsilon(double)} (absolute
 * regularization, POT's {@code reg}) or {@link #relativeEpsilon(double, EpsilonScale)} and adjust
 * with the {@code withX} methods, each of which returns a new record.
 *
 * <p>Defaults: {@link Domain#AUTO}, tolerance {@value #DEFAULT_TOLERANCE} on the
 * {@link ErrorNorm#L1} column-marginal error, at most {@value #DEFAULT_MAX_ITERATIONS}
 * iterations, the error checked every {@value #DEFAULT_CHECK_EVERY} iterations, no epsilon
 * scaling, double-precision kernel, all processors.
 *
 * @param epsilon entropic regularization, {@code > 0}, interpreted according to {@code scale}
 * @param scale what epsilon is relative to
 * @param domain kernel or log domain
 * @param tolerance stop when the marginal error is {@code <= tolerance}; {@code 0} runs exactly
 *     {@code maxIterations} iterations
 * @param maxIterations iteration cap, at least 1
 * @param checkEvery measure the error every this many iterations, at least 1
 * @param errorNorm norm of the marginal error
 * @param schedule epsilon scaling
 * @param precision kernel storage in the kernel domain
 * @param parallelism threads to use, or 0 for all available processors
 */
public record SinkhornOptions(double epsilon, EpsilonScale scale, Domain domain, double tolerance, int maxIterations,
                              int checkEvery, ErrorNorm errorNorm, EpsilonSchedule schedule, KernelPrecision precision,
                              int parallelism) {

    /** Default stopping tolerance. */
    public static final double DEFAULT_TOLERANCE = 1e-9;
    /** Default iteration cap. */
    public static final int DEFAULT_MAX_ITERATIONS = 10_000;
    /** Default error-check period. */
    public static final int DEFAULT_CHECK_EVERY = 10;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the bad field and value
     */
    public SinkhornOptions {
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be > 0 and finite, got " + epsilon);
        }
        if (scale == null || domain == null || errorNorm == null || schedule == null || precision == null) {
            throw new IllegalArgumentException("scale, domain, errorNorm, schedule and precision must not be null");
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
        if (parallelism < 0) {
            throw new IllegalArgumentException("parallelism must be >= 0, got " + parallelism);
        }
    }

    /**
     * Defaults with an absolute epsilon.
     *
     * @param epsilon regularization, {@code > 0}
     * @return the options
     */
    public static SinkhornOptions epsilon(double epsilon) {
        return relativeEpsilon(epsilon, EpsilonScale.ABSOLUTE);
    }

    /**
     * Defaults with epsilon relative to the cost, e.g. {@code relativeEpsilon(0.01, MAX_COST)}.
     *
     * @param epsilon multiplier, {@code > 0}
     * @param scale what it multiplies
     * @return the options
     */
    public static SinkhornOptions relativeEpsilon(double epsilon, EpsilonScale scale) {
        return new SinkhornOptions(epsilon, scale, Domain.AUTO, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS,
                DEFAULT_CHECK_EVERY, ErrorNorm.L1, EpsilonSchedule.NONE, KernelPrecision.DOUBLE, 0);
    }

    /**
     * The options POT 0.8.2's {@code ot.sinkhorn} uses: stop when the L2 column-marginal error is
     * below {@code 1e-9}, checked every 10 iterations, at most 1000 iterations.
     *
     * @param reg POT's {@code reg}
     * @param domain {@link Domain#KERNEL} for {@code method='sinkhorn'}, {@link Domain#LOG} for
     *     {@code 'sinkhorn_log'}
     * @return the options
     */
    public static SinkhornOptions potDefaults(double reg, Domain domain) {
        return epsilon(reg).withDomain(domain).withTolerance(1e-9).withMaxIterations(1000).withCheckEvery(10)
                .withErrorNorm(ErrorNorm.L2);
    }

    /** @param v new value @return a copy */
    public SinkhornOptions withEpsilon(double v) {
        return new SinkhornOptions(v, scale, domain, tolerance, maxIterations, checkEvery, errorNorm, schedule, precision, parallelism);
    }

    /** @param v new value @return a copy */
    public SinkhornOptions withScale(EpsilonScale v) {
        return new SinkhornOptions(epsilon, v, domain, tolerance, maxIterations, checkEvery, errorNorm, schedule, precision, parallelism);
    }

    /** @param v new value @return a copy */
    public SinkhornOptions withDomain(Domain v) {
        return new SinkhornOptions(epsilon, scale, v, tolerance, maxIterations, checkEvery, errorNorm, schedule, precision, parallelism);
    }

    /** @param v new value @return a copy */
    public SinkhornOptions withTolerance(double v) {
        return new SinkhornOptions(epsilon, scale, domain, v, maxIterations, checkEvery, errorNorm, schedule, precision, parallelism);
    }

    /** @param v new value @return a copy */
    public SinkhornOptions withMaxIterations(int v) {
        return new SinkhornOptions(epsilon, scale, domain, tolerance, v, checkEvery, errorNorm, schedule, precision, parallelism);
    }

    /** @param v new value @return a copy */
    public SinkhornOptions withCheckEvery(int v) {
        return new SinkhornOptions(epsilon, scale, domain, tolerance, maxIterations, v, errorNorm, schedule, precision, parallelism);
    }

    /** @param v new value @return a copy */
    public SinkhornOptions withErrorNorm(ErrorNorm v) {
        return new SinkhornOptions(epsilon, scale, domain, tolerance, maxIterations, checkEvery, v, schedule, precision, parallelism);
    }

    /** @param v new value @return a copy */
    public SinkhornOptions withSchedule(EpsilonSchedule v) {
        return new SinkhornOptions(epsilon, scale, domain, tolerance, maxIterations, checkEvery, errorNorm, v, precision, parallelism);
    }

    /** @param v new value @return a copy */
    public SinkhornOptions withPrecision(KernelPrecision v) {
        return new SinkhornOptions(epsilon, scale, domain, tolerance, maxIterations, checkEvery, errorNorm, schedule, v, parallelism);
    }

    /** @param v new value, 0 for all processors @return a copy */
    public SinkhornOptions withParallelism(int v) {
        return new SinkhornOptions(epsilon, scale, domain, tolerance, maxIterations, checkEvery, errorNorm, schedule, precision, v);
    }
}
