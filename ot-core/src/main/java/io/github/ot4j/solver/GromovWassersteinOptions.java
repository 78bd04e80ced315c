package io.github.ot4j.solver;

/**
 * Configuration of the exact (conditional-gradient) {@link GromovWasserstein} solver.
 *
 * @param maxIterations conditional-gradient iteration cap, at least 1 (POT's {@code numItermax})
 * @param tolerance stop when the relative or the absolute change of the objective over one
 *     iteration is {@code < tolerance} (POT's {@code stopThr} and {@code stopThr2}); {@code 0}
 *     runs exactly {@code maxIterations} iterations
 * @param inner options of the network simplex that solves each linearized problem
 * @param factorization whether the tensor products may use exact low-rank cost factors
 */
public record GromovWassersteinOptions(int maxIterations, double tolerance, NetworkSimplexOptions inner,
                                       CostFactorization factorization) {

    /** Default iteration cap (POT's {@code numItermax} of {@code ot.optim.cg}). */
    public static final int DEFAULT_MAX_ITERATIONS = 200;
    /** Default tolerance (POT's {@code stopThr = stopThr2}). */
    public static final double DEFAULT_TOLERANCE = 1e-9;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the bad field and value
     */
    public GromovWassersteinOptions {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be >= 0 and finite, got " + tolerance);
        }
        if (inner == null || factorization == null) {
            throw new IllegalArgumentException("inner and factorization must not be null");
        }
    }

    /**
     * POT 0.8.2's defaults ({@value #DEFAULT_MAX_ITERATIONS} iterations, tolerance
     * {@value #DEFAULT_TOLERANCE}) with low-rank cost factors when exact.
     *
     * @return the options
     */
    public static GromovWassersteinOptions defaults() {
        return new GromovWassersteinOptions(DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, NetworkSimplexOptions.defaults(),
                CostFactorization.AUTO);
    }

    /**
     * POT 0.8.2's {@code fused_gromov_wasserstein} / {@code gromov_wasserstein} with its
     * defaults and dense tensor products, as POT computes them.
     *
     * @return the options
     */
    public static GromovWassersteinOptions potCompatible() {
        return defaults().withFactorization(CostFactorization.NONE);
    }

    /** @param v new value @return a copy */
    public GromovWassersteinOptions withMaxIterations(int v) {
        return new GromovWassersteinOptions(v, tolerance, inner, factorization);
    }

    /** @param v new value @return a copy */
    public GromovWassersteinOptions withTolerance(double v) {
        return new GromovWassersteinOptions(maxIterations, v, inner, factorization);
    }

    /** @param v new value @return a copy */
    public GromovWassersteinOptions withInner(NetworkSimplexOptions v) {
        return new GromovWassersteinOptions(maxIterations, tolerance, v, factorization);
    }

    /** @param v new value @return a copy */
    public GromovWassersteinOptions withFactorization(CostFactorization v) {
        return new GromovWassersteinOptions(maxIterations, tolerance, inner, v);
    }
}
