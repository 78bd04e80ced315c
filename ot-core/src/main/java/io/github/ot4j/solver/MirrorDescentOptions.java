package io.github.ot4j.solver;

/**
 * Configuration of {@link MirrorDescent}.
 *
 * @param maxIterations outer iteration cap, at least 1
 * @param tolerance stop when {@code Σ |P_{t+1} - P_t|} (mass moved by one step) is
 *     {@code <= tolerance}; {@code 0} runs exactly {@code maxIterations} outer iterations
 * @param weight {@code λ}, the weight of the smooth objective, finite
 * @param inner the Sinkhorn options of each KL projection
 * @param innerStart warm or cold inner starts
 * @param step linearized or proximal update
 * @param innerToleranceFactor inexact inner solves: when {@code > 0}, each inner solve after the
 *     first stops at {@code max(inner.tolerance(), innerToleranceFactor · Σ|P_t - P_{t-1}|)}, so
 *     early outer steps, whose gradients are about to change anyway, are not solved to the final
 *     accuracy (inexact mirror descent); {@code 0} (the default) always uses {@code inner.tolerance()}
 */
public record MirrorDescentOptions(int maxIterations, double tolerance, double weight, SinkhornOptions inner,
                                   InnerStart innerStart, MirrorStep step, double innerToleranceFactor) {

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
        if (inner == null || innerStart == null || step == null) {
            throw new IllegalArgumentException("inner, innerStart and step must not be null");
        }
        if (!(innerToleranceFactor >= 0) || !Double.isFinite(innerToleranceFactor)) {
            throw new IllegalArgumentException("innerToleranceFactor must be >= 0 and finite, got "
                    + innerToleranceFactor);
        }
    }

    /**
     * Options with exact inner tolerances ({@code innerToleranceFactor = 0}).
     *
     * @param maxIterations outer iteration cap
     * @param tolerance outer tolerance
     * @param weight the weight λ
     * @param inner inner Sinkhorn options
     * @param innerStart warm or cold inner starts
     * @param step the update rule
     */
    public MirrorDescentOptions(int maxIterations, double tolerance, double weight, SinkhornOptions inner,
                                InnerStart innerStart, MirrorStep step) {
        this(maxIterations, tolerance, weight, inner, innerStart, step, 0);
    }

    /**
     * Defaults ({@value #DEFAULT_MAX_ITERATIONS} outer iterations, tolerance
     * {@value #DEFAULT_TOLERANCE}, weight 1, warm inner starts, linearized steps) around the given
     * inner Sinkhorn options.
     *
     * @param inner inner options
     * @return the options
     */
    public static MirrorDescentOptions of(SinkhornOptions inner) {
        return new MirrorDescentOptions(DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, 1, inner, InnerStart.WARM,
                MirrorStep.LINEARIZED);
    }

    /** @param v new value @return a copy */
    public MirrorDescentOptions withMaxIterations(int v) {
        return new MirrorDescentOptions(v, tolerance, weight, inner, innerStart, step, innerToleranceFactor);
    }

    /** @param v new value @return a copy */
    public MirrorDescentOptions withTolerance(double v) {
        return new MirrorDescentOptions(maxIterations, v, weight, inner, innerStart, step, innerToleranceFactor);
    }

    /** @param v new value @return a copy */
    public MirrorDescentOptions withWeight(double v) {
        return new MirrorDescentOptions(maxIterations, tolerance, v, inner, innerStart, step, innerToleranceFactor);
    }

    /** @param v new value @return a copy */
    public MirrorDescentOptions withInner(SinkhornOptions v) {
        return new MirrorDescentOptions(maxIterations, tolerance, weight, v, innerStart, step, innerToleranceFactor);
    }

    /** @param v new value @return a copy */
    public MirrorDescentOptions withInnerStart(InnerStart v) {
        return new MirrorDescentOptions(maxIterations, tolerance, weight, inner, v, step, innerToleranceFactor);
    }

    /** @param v new value @return a copy */
    public MirrorDescentOptions withStep(MirrorStep v) {
        return new MirrorDescentOptions(maxIterations, tolerance, weight, inner, innerStart, v, innerToleranceFactor);
    }

    /** @param v new value, 0 for exact inner tolerances @return a copy */
    public MirrorDescentOptions withInnerToleranceFactor(double v) {
        return new MirrorDescentOptions(maxIterations, tolerance, weight, inner, innerStart, step, v);
    }
}
