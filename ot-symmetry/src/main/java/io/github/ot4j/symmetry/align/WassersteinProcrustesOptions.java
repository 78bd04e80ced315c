package io.github.ot4j.symmetry.align;

import io.github.ot4j.solver.EpsilonScale;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.symmetry.group.OrthogonalGroup;

/**
 * Configuration of {@link WassersteinProcrustes}, validated once; adjust with the {@code withX}
 * methods, each of which returns a new record.
 *
 * <p>Defaults ({@link #defaults()}): maps in {@link OrthogonalGroup#ORTHOGONAL}, exact transport
 * ({@link TransportMethod#EXACT}; for {@link TransportMethod#SINKHORN} the default
 * {@code ε = 0.1 × (Σ a_i |x_i|² + Σ b_j |y_j|²)}, see {@link #sinkhorn}), at most
 * {@value #DEFAULT_MAX_ITERATIONS} alternations, relative tolerance {@value #DEFAULT_TOLERANCE},
 * at most {@value #DEFAULT_MAX_STARTS} starts screened for {@value #DEFAULT_SCREENING_ITERATIONS}
 * alternations each, the best {@value #DEFAULT_FINALISTS} run to convergence, seed 0.
 *
 * <p>Exact transport is the default because it matches clouds exactly (a permutation plan for
 * uniform weights) and, for a few thousand points, is also faster than Sinkhorn at a small
 * epsilon; switch to Sinkhorn for clouds too large for {@code n m} stored costs.
 *
 * <p>On epsilon: when {@code y = R x} exactly, the true map is a fixed point of the alternation
 * for every epsilon (the entropic plan between {@code R#μ} and {@code ν} is then symmetric
 * positive definite, so the Procrustes step returns {@code R}), so a moderate epsilon costs no
 * accuracy on clean data, smooths away shallow local minima and keeps Sinkhorn fast; Sinkhorn's
 * iteration count grows like {@code (max cost) / ε}.
 *
 * @param group the maps allowed: {@code O(d)} or {@code SO(d)}
 * @param method how transport steps are solved
 * @param sinkhorn the Sinkhorn configuration for {@link TransportMethod#SINKHORN} (ignored for
 *     {@link TransportMethod#EXACT}). Its epsilon is
 *     resolved once per call, independently of the map (so that the objective is the same
 *     function throughout): {@code ABSOLUTE} as given; {@code MEAN_COST} times
 *     {@code Σ a_i |x_i|² + Σ b_j |y_j|²} (the mean squared distance between the measures when
 *     they are centered); {@code MAX_COST} times {@code (max |x_i| + max |y_j|)²}, an upper
 *     bound of every cost entry for every orthogonal map
 * @param maxIterations alternations (transport step + Procrustes step) per start, at least 1
 * @param tolerance a start stops when its objective decreases by at most
 *     {@code tolerance × (Σ a_i |x_i|² + Σ b_j |y_j|²)}; {@code >= 0}
 * @param maxStarts the number of initial maps tried, at least 1: all {@code 2^d} PCA-frame sign
 *     patterns ({@code 2^(d-1)} for {@code SO(d)}) when there are at most this many, otherwise
 *     this many patterns drawn at random from {@code seed} (the all-positive pattern first)
 * @param screeningIterations alternations every start runs before the starts are ranked by
 *     objective, at least 1; use {@code maxIterations} to run every start to convergence
 * @param finalists how many of the best-ranked starts continue to convergence (or
 *     {@code maxIterations}), at least 1
 * @param seed seed of the random sign patterns
 */
public record WassersteinProcrustesOptions(OrthogonalGroup group, TransportMethod method, SinkhornOptions sinkhorn,
                                           int maxIterations, double tolerance, int maxStarts,
                                           int screeningIterations, int finalists, long seed) {

    /** Default cap on alternations per start. */
    public static final int DEFAULT_MAX_ITERATIONS = 100;
    /** Default relative tolerance on the objective decrease. */
    public static final double DEFAULT_TOLERANCE = 1e-9;
    /** Default cap on the number of starts. */
    public static final int DEFAULT_MAX_STARTS = 64;
    /** Default relative Sinkhorn epsilon (on the {@code MEAN_COST} scale). */
    public static final double DEFAULT_EPSILON = 0.1;
    /** Default alternations per start before ranking. */
    public static final int DEFAULT_SCREENING_ITERATIONS = 5;
    /** Default number of starts run to convergence. */
    public static final int DEFAULT_FINALISTS = 2;

    /**
     * Validates.
     *
     * @param group the maps allowed: {@code O(d)} or {@code SO(d)}
     * @param method how transport steps are solved
     * @param sinkhorn the Sinkhorn configuration for {@link TransportMethod#SINKHORN} (ignored for
 *     {@link TransportMethod#EXACT}). Its epsilon is
     *     resolved once per call, independently of the map (so that the objective is the same
     *     function throughout): {@code ABSOLUTE} as given; {@code MEAN_COST} times
     *     {@code Σ a_i |x_i|² + Σ b_j |y_j|²} (the mean squared distance between the measures when
     *     they are centered); {@code MAX_COST} times {@code (max |x_i| + max |y_j|)²}, an upper
     *     bound of every cost entry for every orthogonal map
     * @param maxIterations alternations (transport step + Procrustes step) per start, at least 1
     * @param tolerance a start stops when its objective decreases by at most
     *     {@code tolerance × (Σ a_i |x_i|² + Σ b_j |y_j|²)}; {@code >= 0}
     * @param maxStarts the number of initial maps tried, at least 1: all {@code 2^d} PCA-frame sign
     *     patterns ({@code 2^(d-1)} for {@code SO(d)}) when there are at most this many, otherwise
     *     this many patterns drawn at random from {@code seed} (the all-positive pattern first)
     * @param screeningIterations alternations every start runs before the starts are ranked by
     *     objective, at least 1; use {@code maxIterations} to run every start to convergence
     * @param finalists how many of the best-ranked starts continue to convergence (or
     *     {@code maxIterations}), at least 1
     * @param seed seed of the random sign patterns
     * @throws IllegalArgumentException naming the bad field and value
     */
    public WassersteinProcrustesOptions {
        if (group == null || method == null || sinkhorn == null) {
            throw new IllegalArgumentException("group, method and sinkhorn must not be null");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be >= 0 and finite, got " + tolerance);
        }
        if (maxStarts < 1) {
            throw new IllegalArgumentException("maxStarts must be >= 1, got " + maxStarts);
        }
        if (screeningIterations < 1) {
            throw new IllegalArgumentException("screeningIterations must be >= 1, got " + screeningIterations);
        }
        if (finalists < 1) {
            throw new IllegalArgumentException("finalists must be >= 1, got " + finalists);
        }
    }

    /** @return the defaults listed in the class documentation */
    public static WassersteinProcrustesOptions defaults() {
        return new WassersteinProcrustesOptions(OrthogonalGroup.ORTHOGONAL, TransportMethod.EXACT,
                SinkhornOptions.relativeEpsilon(DEFAULT_EPSILON, EpsilonScale.MEAN_COST), DEFAULT_MAX_ITERATIONS,
                DEFAULT_TOLERANCE, DEFAULT_MAX_STARTS, DEFAULT_SCREENING_ITERATIONS, DEFAULT_FINALISTS, 0L);
    }

    /**
     * @param v the new {@code group}
     * @return a copy with that value
     */
    public WassersteinProcrustesOptions withGroup(OrthogonalGroup v) {
        return new WassersteinProcrustesOptions(v, method, sinkhorn, maxIterations, tolerance, maxStarts, screeningIterations, finalists, seed);
    }

    /**
     * @param v the new {@code method}
     * @return a copy with that value
     */
    public WassersteinProcrustesOptions withMethod(TransportMethod v) {
        return new WassersteinProcrustesOptions(group, v, sinkhorn, maxIterations, tolerance, maxStarts, screeningIterations, finalists, seed);
    }

    /**
     * @param v the new {@code sinkhorn}
     * @return a copy with that value
     */
    public WassersteinProcrustesOptions withSinkhorn(SinkhornOptions v) {
        return new WassersteinProcrustesOptions(group, method, v, maxIterations, tolerance, maxStarts, screeningIterations, finalists, seed);
    }

    /**
     * @param v the new {@code maxIterations}
     * @return a copy with that value
     */
    public WassersteinProcrustesOptions withMaxIterations(int v) {
        return new WassersteinProcrustesOptions(group, method, sinkhorn, v, tolerance, maxStarts, screeningIterations, finalists, seed);
    }

    /**
     * @param v the new {@code tolerance}
     * @return a copy with that value
     */
    public WassersteinProcrustesOptions withTolerance(double v) {
        return new WassersteinProcrustesOptions(group, method, sinkhorn, maxIterations, v, maxStarts, screeningIterations, finalists, seed);
    }

    /**
     * @param v the new {@code maxStarts}
     * @return a copy with that value
     */
    public WassersteinProcrustesOptions withMaxStarts(int v) {
        return new WassersteinProcrustesOptions(group, method, sinkhorn, maxIterations, tolerance, v, screeningIterations, finalists, seed);
    }

    /**
     * @param v the new {@code screeningIterations}
     * @return a copy with that value
     */
    public WassersteinProcrustesOptions withScreeningIterations(int v) {
        return new WassersteinProcrustesOptions(group, method, sinkhorn, maxIterations, tolerance, maxStarts, v, finalists, seed);
    }

    /**
     * @param v the new {@code finalists}
     * @return a copy with that value
     */
    public WassersteinProcrustesOptions withFinalists(int v) {
        return new WassersteinProcrustesOptions(group, method, sinkhorn, maxIterations, tolerance, maxStarts, screeningIterations, v, seed);
    }

    /**
     * @param v the new {@code seed}
     * @return a copy with that value
     */
    public WassersteinProcrustesOptions withSeed(long v) {
        return new WassersteinProcrustesOptions(group, method, sinkhorn, maxIterations, tolerance, maxStarts, screeningIterations, finalists, v);
    }
}
