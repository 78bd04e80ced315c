package io.github.ot4j.solver;

/**
 * Configuration of {@link EntropicGromovWasserstein}. Start from {@link #epsilon(double)} (ot4j's
 * fast defaults) or {@link #potCompatible(double)} (POT 0.8.2's
 * {@code entropic_gromov_wasserstein}, iteration for iteration) and adjust with the
 * {@code withX} methods.
 *
 * @param inner the options of each inner Sinkhorn solve; its epsilon is the entropic
 *     regularization of the coupling
 * @param maxIterations outer iteration cap, at least 1
 * @param tolerance stop when the Frobenius norm of the plan change {@code |T_{t+1} - T_t|_F} is
 *     {@code <= tolerance}; {@code 0} runs exactly {@code maxIterations} outer iterations
 * @param checkEvery compare with the tolerance after outer iterations
 *     {@code 0, checkEvery, 2 checkEvery, ...} (0-based) and the last; at least 1
 * @param innerStart warm (previous potentials) or cold inner solves
 * @param factorization whether the tensor product may use exact low-rank factors of the costs
 * @param acceleration depth of the Anderson acceleration of the outer iteration, or 0 for none
 *     (see {@link MirrorDescent}: about three times fewer outer iterations, but on a nonconvex
 *     problem it may end in another local minimum); costs {@code 2 · acceleration + 3} extra
 *     {@code n × m} arrays
 */
public record EntropicGromovOptions(SinkhornOptions inner, int maxIterations, double tolerance, int checkEvery,
                                    InnerStart innerStart, CostFactorization factorization, int acceleration) {

    /** Default outer iteration cap (POT's {@code max_iter}). */
    public static final int DEFAULT_MAX_ITERATIONS = 1000;
    /** Default outer tolerance (POT's {@code tol}). */
    public static final double DEFAULT_TOLERANCE = 1e-9;
    /** Default cap on the iterations of each inner Sinkhorn solve (POT's {@code numItermax}). */
    public static final int DEFAULT_INNER_MAX_ITERATIONS = 1000;
    /** A good depth for {@link #withAcceleration(int)}. */
    public static final int SUGGESTED_ACCELERATION = 3;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the bad field and value
     */
    public EntropicGromovOptions {
        if (inner == null || innerStart == null || factorization == null) {
            throw new IllegalArgumentException("inner, innerStart and factorization must not be null");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be >= 0 and finite, got " + tolerance);
        }
        if (checkEvery < 1) {
            throw new IllegalArgumentException("checkEvery must be >= 1, got " + checkEvery);
        }
        if (acceleration < 0) {
            throw new IllegalArgumentException("acceleration must be >= 0, got " + acceleration);
        }
    }

    /**
     * ot4j's defaults: warm-started inner solves in the automatic domain that stop, as POT's do,
     * when the L2 column-marginal error is {@code <= 1e-9}, checked after every iteration (a warm
     * start often needs only a few), or after {@value #DEFAULT_INNER_MAX_ITERATIONS} iterations;
     * the outer criterion checked
     * after every iteration, tolerance {@value #DEFAULT_TOLERANCE}, at most
     * {@value #DEFAULT_MAX_ITERATIONS} outer iterations, low-rank cost factors when exact
     * ({@link CostFactorization#AUTO}), no acceleration. {@code withAcceleration}({@value
     * #SUGGESTED_ACCELERATION}) cuts the outer iterations about threefold but may end in another
     * local minimum (see {@link MirrorDescent}).
     *
     * <p>Near a nearly deterministic coupling (small {@code ε}, few points) Sinkhorn converges
     * sublinearly and an inner solve may not reach its tolerance in any affordable number of
     * iterations. The cap bounds the cost of such a step; because the next solve starts from the
     * potentials where this one stopped, the iterations accumulate over the outer loop and the
     * pair still converges to the fixed point (which POT's cold, capped solves do not).
     *
     * @param epsilon absolute entropic regularization, {@code > 0}
     * @return the options
     * @throws IllegalArgumentException if epsilon is not {@code > 0}
     */
    public static EntropicGromovOptions epsilon(double epsilon) {
        return new EntropicGromovOptions(SinkhornOptions.epsilon(epsilon).withCheckEvery(1).withErrorNorm(ErrorNorm.L2)
                .withMaxIterations(DEFAULT_INNER_MAX_ITERATIONS), DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, 1,
                InnerStart.WARM, CostFactorization.AUTO, 0);
    }

    /**
     * POT 0.8.2's {@code entropic_gromov_wasserstein}: cold kernel-domain inner solves with
     * {@link SinkhornOptions#potDefaults(double, Domain) ot.sinkhorn's defaults} (1000
     * iterations, L2 column-marginal error {@code < 1e-9} checked every 10), the outer
     * criterion checked every 10th iteration, tolerance {@code 1e-9}, at most 1000 outer
     * iterations, dense tensor products ({@link CostFactorization#NONE}), no acceleration.
     *
     * @param epsilon POT's {@code epsilon}, {@code > 0}
     * @return the options
     */
    public static EntropicGromovOptions potCompatible(double epsilon) {
        return new EntropicGromovOptions(SinkhornOptions.potDefaults(epsilon, Domain.KERNEL), DEFAULT_MAX_ITERATIONS,
                DEFAULT_TOLERANCE, 10, InnerStart.COLD, CostFactorization.NONE, 0);
    }

    /** @return the entropic regularization of the inner solves */
    public double epsilon() {
        return inner.epsilon();
    }

    /** @param v new value @return a copy */
    public EntropicGromovOptions withInner(SinkhornOptions v) {
        return new EntropicGromovOptions(v, maxIterations, tolerance, checkEvery, innerStart, factorization, acceleration);
    }

    /** @param v new value @return a copy */
    public EntropicGromovOptions withMaxIterations(int v) {
        return new EntropicGromovOptions(inner, v, tolerance, checkEvery, innerStart, factorization, acceleration);
    }

    /** @param v new value @return a copy */
    public EntropicGromovOptions withTolerance(double v) {
        return new EntropicGromovOptions(inner, maxIterations, v, checkEvery, innerStart, factorization, acceleration);
    }

    /** @param v new value @return a copy */
    public EntropicGromovOptions withCheckEvery(int v) {
        return new EntropicGromovOptions(inner, maxIterations, tolerance, v, innerStart, factorization, acceleration);
    }

    /** @param v new value @return a copy */
    public EntropicGromovOptions withInnerStart(InnerStart v) {
        return new EntropicGromovOptions(inner, maxIterations, tolerance, checkEvery, v, factorization, acceleration);
    }

    /** @param v new value @return a copy */
    public EntropicGromovOptions withFactorization(CostFactorization v) {
        return new EntropicGromovOptions(inner, maxIterations, tolerance, checkEvery, innerStart, v, acceleration);
    }

    /** @param v new value, 0 for none @return a copy */
    public EntropicGromovOptions withAcceleration(int v) {
        return new EntropicGromovOptions(inner, maxIterations, tolerance, checkEvery, innerStart, factorization, v);
    }
}
