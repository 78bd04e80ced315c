package io.github.ot4j.solver;

/**
 * Configuration of {@link WassersteinBarycenter}. Start from {@link #epsilon(double)} or
 * {@link #potCompatible(double)} and adjust with the {@code withX} methods.
 *
 * @param epsilon absolute entropic regularization, {@code > 0}
 * @param method Bregman projections or debiased
 * @param domain {@link Domain#KERNEL} (scalings against {@code exp(-M/ε)}),
 *     {@link Domain#LOG} (log-sum-exp updates, never underflows) or {@link Domain#AUTO} (the
 *     kernel domain when {@code (max M - min M) / ε <= } {@link Sinkhorn#AUTO_KERNEL_MAX_RANGE})
 * @param tolerance stop when the error is {@code < tolerance}: for {@link BarycenterMethod#BREGMAN}
 *     POT's {@code Σ_i std_k(b_k)_i}, the disagreement between the K barycenter-side marginals
 *     (population standard deviation over the inputs, summed over the support); for
 *     {@link BarycenterMethod#DEBIASED} the L1 change of the barycenter over one iteration.
 *     {@code 0} runs exactly {@code maxIterations} iterations
 * @param maxIterations iteration cap, at least 1
 * @param checkEvery measure the error after iterations {@code ii} (0-based) with
 *     {@code ii ≡ 1 (mod checkEvery)}, POT's schedule ({@code ii % 10 == 1}); 1 checks every
 *     iteration
 * @param init the start of the kernel-domain Bregman iteration (see {@link BarycenterInit})
 */
public record BarycenterOptions(double epsilon, BarycenterMethod method, Domain domain, double tolerance,
                                int maxIterations, int checkEvery, BarycenterInit init) {

    /** Default tolerance. */
    public static final double DEFAULT_TOLERANCE = 1e-9;
    /** Default iteration cap (POT's {@code ot.bregman.barycenter}). */
    public static final int DEFAULT_MAX_ITERATIONS = 10_000;
    /** POT's default {@code stopThr}. */
    public static final double POT_TOLERANCE = 1e-4;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the bad field and value
     */
    public BarycenterOptions {
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be > 0 and finite, got " + epsilon);
        }
        if (method == null || domain == null || init == null) {
            throw new IllegalArgumentException("method, domain and init must not be null");
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
     * ot4j's defaults: Bregman projections, automatic domain, tolerance
     * {@value #DEFAULT_TOLERANCE} checked every iteration, at most
     * {@value #DEFAULT_MAX_ITERATIONS} iterations, {@link BarycenterInit#WEIGHTED} start.
     *
     * @param epsilon regularization, {@code > 0}
     * @return the options
     */
    public static BarycenterOptions epsilon(double epsilon) {
        return new BarycenterOptions(epsilon, BarycenterMethod.BREGMAN, Domain.AUTO, DEFAULT_TOLERANCE,
                DEFAULT_MAX_ITERATIONS, 1, BarycenterInit.WEIGHTED);
    }

    /**
     * POT 0.8.2's {@code ot.bregman.barycenter(A, M, reg)} with its defaults: Bregman projections
     * in the kernel domain ({@code method='sinkhorn'}), {@code stopThr = 1e-4} (loose), tested
     * when {@code ii % 10 == 1}, {@code numItermax = 10000}, and POT's start
     * ({@link BarycenterInit#POT}, which is suboptimal for non-uniform weights).
     *
     * @param reg POT's {@code reg}
     * @return the options
     */
    public static BarycenterOptions potCompatible(double reg) {
        return new BarycenterOptions(reg, BarycenterMethod.BREGMAN, Domain.KERNEL, POT_TOLERANCE,
                DEFAULT_MAX_ITERATIONS, 10, BarycenterInit.POT);
    }

    /** @param v new value @return a copy */
    public BarycenterOptions withEpsilon(double v) {
        return new BarycenterOptions(v, method, domain, tolerance, maxIterations, checkEvery, init);
    }

    /** @param v new value @return a copy */
    public BarycenterOptions withMethod(BarycenterMethod v) {
        return new BarycenterOptions(epsilon, v, domain, tolerance, maxIterations, checkEvery, init);
    }

    /** @param v new value @return a copy */
    public BarycenterOptions withDomain(Domain v) {
        return new BarycenterOptions(epsilon, method, v, tolerance, maxIterations, checkEvery, init);
    }

    /** @param v new value @return a copy */
    public BarycenterOptions withTolerance(double v) {
        return new BarycenterOptions(epsilon, method, domain, v, maxIterations, checkEvery, init);
    }

    /** @param v new value @return a copy */
    public BarycenterOptions withMaxIterations(int v) {
        return new BarycenterOptions(epsilon, method, domain, tolerance, v, checkEvery, init);
    }

    /** @param v new value @return a copy */
    public BarycenterOptions withCheckEvery(int v) {
        return new BarycenterOptions(epsilon, method, domain, tolerance, maxIterations, v, init);
    }

    /** @param v new value @return a copy */
    public BarycenterOptions withInit(BarycenterInit v) {
        return new BarycenterOptions(epsilon, method, domain, tolerance, maxIterations, checkEvery, v);
    }
}
