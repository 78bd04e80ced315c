package io.github.ot4j.solver;

/**
 * Configuration of {@link MirrorDescent}.
 *
 * @param maxIterations outer iteration cap, at least 1
 * @param tolerance stop when the step {@code |P_{t+1} - P_t|} (in {@code stepNorm}; with the
 *     default {@link ErrorNorm#L1} the mass moved by one step) is {@code <= tolerance};
 *     {@code 0} runs exactly {@code maxIterations} outer iterations
 * @param weight {@code λ}, the weight of the smooth objective, finite
 * @param inner the Sinkhorn options of each KL projection
 * @param innerStart warm or cold inner starts
 * @param step linearized or proximal update
 * @param checkEvery compare the step with the tolerance after outer iterations
 *     {@code t = 0, checkEvery, 2 checkEvery, ...} (0-based) and after the last one; at least 1.
 *     POT's entropic Gromov-Wasserstein checks every 10th iteration.
 * @param stepNorm the norm of the step: {@link ErrorNorm#L1} ({@code Σ |ΔP_ij|}) or
 *     {@link ErrorNorm#L2} (the Frobenius norm, POT's entropic Gromov-Wasserstein rule)
 * @param acceleration {@code 0} for the plain iteration, or the depth {@code k >= 1} of Anderson
 *     acceleration of the gradient sequence (see {@link MirrorDescent}); costs {@code 2k + 3}
 *     extra arrays of {@code n × m} doubles
 * @param innerToleranceFactor inexact inner solves: when {@code > 0}, each inner solve after the
 *     first stops at {@code max(inner.tolerance(), innerToleranceFactor · Σ|P_t - P_{t-1}|)}, so
 *     early outer steps, whose gradients are about to change anyway, are not solved to the final
 *     accuracy (inexact mirror descent); {@code 0} (the default) always uses {@code inner.tolerance()}.
 *     On a non-convex objective the looser early steps may lead to another local minimum.
 */
public record MirrorDescentOptions(int maxIterations, double tolerance, double weight, SinkhornOptions inner,
                                   InnerStart innerStart, MirrorStep step, int checkEvery, ErrorNorm stepNorm,
                                   int acceleration, double innerToleranceFactor) {

    /** Default outer iteration cap. */
    public static final int DEFAULT_MAX_ITERATIONS = 100;
    /** Default outer tolerance. */
    public static final double DEFAULT_TOLERANCE = 1e-9;

    /** Validates. */
    public MirrorDescentOptions {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be >= 0 and finite, got " + tolerance);
        }
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight must be finite, got " + weight);
        }
        if (inner == null || innerStart == null || step == null || stepNorm == null) {
            throw new IllegalArgumentException("inner, innerStart, step and stepNorm must not be null");
        }
        if (checkEvery < 1) {
            throw new IllegalArgumentException("checkEvery must be >= 1, got " + checkEvery);
        }
        if (acceleration < 0) {
            throw new IllegalArgumentException("acceleration must be >= 0, got " + acceleration);
        }
        if (!(innerToleranceFactor >= 0) || !Double.isFinite(innerToleranceFactor)) {
            throw new IllegalArgumentException("innerToleranceFactor must be >= 0 and finite, got "
                    + innerToleranceFactor);
        }
    }

    /**
     * Options with exact inner tolerances ({@code innerToleranceFactor = 0}).
     *
     * @param maxIterations outer iteration cap, at least 1
     * @param tolerance outer tolerance, {@code >= 0}
     * @param weight {@code λ}, finite
     * @param inner inner Sinkhorn options
     * @param innerStart warm or cold inner starts
     * @param step linearized or proximal update
     * @param checkEvery step check period, at least 1
     * @param stepNorm norm of the step
     * @param acceleration Anderson depth, 0 for none
     * @throws IllegalArgumentException on an invalid value
     */
    public MirrorDescentOptions(int maxIterations, double tolerance, double weight, SinkhornOptions inner,
                                InnerStart innerStart, MirrorStep step, int checkEvery, ErrorNorm stepNorm,
                                int acceleration) {
        this(maxIterations, tolerance, weight, inner, innerStart, step, checkEvery, stepNorm, acceleration, 0);
    }

    /**
     * The options with the step compared with the tolerance after every outer iteration, in the
     * {@link ErrorNorm#L1} norm (the mass moved), without acceleration.
     *
     * @param maxIterations outer iteration cap, at least 1
     * @param tolerance tolerance on the mass moved by one step, {@code >= 0}
     * @param weight {@code λ}, finite
     * @param inner inner Sinkhorn options
     * @param innerStart warm or cold inner starts
     * @param step linearized or proximal update
     * @throws IllegalArgumentException on an invalid value
     */
    public MirrorDescentOptions(int maxIterations, double tolerance, double weight, SinkhornOptions inner,
                                InnerStart innerStart, MirrorStep step) {
        this(maxIterations, tolerance, weight, inner, innerStart, step, 1, ErrorNorm.L1, 0, 0);
    }

    /**
     * Defaults ({@value #DEFAULT_MAX_ITERATIONS} outer iterations, tolerance
     * {@value #DEFAULT_TOLERANCE} on the mass moved, checked every iteration, weight 1, warm inner
     * starts, linearized steps, no acceleration) around the given inner Sinkhorn options.
     *
     * @param inner inner options
     * @return the options
     */
    public static MirrorDescentOptions of(SinkhornOptions inner) {
        return new MirrorDescentOptions(DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, 1, inner, InnerStart.WARM,
                MirrorStep.LINEARIZED, 1, ErrorNorm.L1, 0, 0);
    }

    /** @param v new value @return a copy */
    public MirrorDescentOptions withMaxIterations(int v) {
        return new MirrorDescentOptions(v, tolerance, weight, inner, innerStart, step, checkEvery, stepNorm, acceleration, innerToleranceFactor);
    }

    /** @param v new value @return a copy */
    public MirrorDescentOptions withTolerance(double v) {
        return new MirrorDescentOptions(maxIterations, v, weight, inner, innerStart, step, checkEvery, stepNorm, acceleration, innerToleranceFactor);
    }

    /** @param v new value @return a copy */
    public MirrorDescentOptions withWeight(double v) {
        return new MirrorDescentOptions(maxIterations, tolerance, v, inner, innerStart, step, checkEvery, stepNorm, acceleration, innerToleranceFactor);
    }

    /** @param v new value @return a copy */
    public MirrorDescentOptions withInner(SinkhornOptions v) {
        return new MirrorDescentOptions(maxIterations, tolerance, weight, v, innerStart, step, checkEvery, stepNorm, acceleration, innerToleranceFactor);
    }

    /** @param v new value @return a copy */
    public MirrorDescentOptions withInnerStart(InnerStart v) {
        return new MirrorDescentOptions(maxIterations, tolerance, weight, inner, v, step, checkEvery, stepNorm, acceleration, innerToleranceFactor);
    }

    /** @param v new value @return a copy */
    public MirrorDescentOptions withStep(MirrorStep v) {
        return new MirrorDescentOptions(maxIterations, tolerance, weight, inner, innerStart, v, checkEvery, stepNorm, acceleration, innerToleranceFactor);
    }

    /** @param v new value, at least 1 @return a copy */
    public MirrorDescentOptions withCheckEvery(int v) {
        return new MirrorDescentOptions(maxIterations, tolerance, weight, inner, innerStart, step, v, stepNorm, acceleration, innerToleranceFactor);
    }

    /** @param v new value @return a copy */
    public MirrorDescentOptions withStepNorm(ErrorNorm v) {
        return new MirrorDescentOptions(maxIterations, tolerance, weight, inner, innerStart, step, checkEvery, v, acceleration, innerToleranceFactor);
    }

    /** @param v new value, 0 for none @return a copy */
    public MirrorDescentOptions withAcceleration(int v) {
        return new MirrorDescentOptions(maxIterations, tolerance, weight, inner, innerStart, step, checkEvery, stepNorm, v, innerToleranceFactor);
    }

    /** @param v new value, 0 for exact inner tolerances @return a copy */
    public MirrorDescentOptions withInnerToleranceFactor(double v) {
        return new MirrorDescentOptions(maxIterations, tolerance, weight, inner, innerStart, step, checkEvery, stepNorm,
                acceleration, v);
    }
}
