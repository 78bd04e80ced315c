package io.github.ot4j.solver;

import io.github.ot4j.geometry.Matrix;

/**
 * Configuration of {@link SlicedWasserstein}: either {@code projections} random directions drawn
 * from {@code seed}, or caller-supplied directions.
 *
 * @param order the exponent p of {@code W_p}, finite and {@code >= 1} (1 and 2 are the usual)
 * @param projections number of random directions, at least 1 (ignored when {@code directions}
 *     is given)
 * @param seed seed of the random directions
 * @param directions caller-supplied directions as a {@code d × K} matrix whose columns have unit
 *     norm (POT's {@code projections} layout), or null to draw them
 * @param parallelism threads, or 0 for all processors
 */
public record SlicedOptions(double order, int projections, long seed, Matrix directions, int parallelism) {

    /** Default number of random directions (POT's {@code n_projections}). */
    public static final int DEFAULT_PROJECTIONS = 50;
    /** Accepted deviation of a supplied direction's norm from 1. */
    public static final double UNIT_TOLERANCE = 1e-9;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the bad field and value
     */
    public SlicedOptions {
        if (!(order >= 1) || !Double.isFinite(order)) {
            throw new IllegalArgumentException("order must be >= 1 and finite, got " + order);
        }
        if (projections < 1) {
            throw new IllegalArgumentException("projections must be >= 1, got " + projections);
        }
        if (parallelism < 0) {
            throw new IllegalArgumentException("parallelism must be >= 0, got " + parallelism);
        }
        if (directions != null) {
            for (int k = 0; k < directions.cols(); k++) {
                double s = 0;
                for (int c = 0; c < directions.rows(); c++) {
                    double v = directions.get(c, k);
                    s += v * v;
                }
                double norm = Math.sqrt(s);
                if (Math.abs(norm - 1) > UNIT_TOLERANCE) {
                    throw new IllegalArgumentException("directions column " + k + " has norm " + norm
                            + "; directions must have unit-norm columns (d x K)");
                }
            }
        }
    }

    /**
     * {@value #DEFAULT_PROJECTIONS} random directions from {@code seed}.
     *
     * @param order the exponent p, {@code >= 1}
     * @param seed seed of the directions
     * @return the options
     */
    public static SlicedOptions random(double order, long seed) {
        return new SlicedOptions(order, DEFAULT_PROJECTIONS, seed, null, 0);
    }

    /**
     * Fixed directions.
     *
     * @param order the exponent p, {@code >= 1}
     * @param directions {@code d × K}, unit-norm columns
     * @return the options
     * @throws IllegalArgumentException if {@code directions} is null or a column is not unit-norm
     */
    public static SlicedOptions fixed(double order, Matrix directions) {
        if (directions == null) {
            throw new IllegalArgumentException("directions must not be null");
        }
        return new SlicedOptions(order, directions.cols(), 0, directions, 0);
    }

    /** @param v new value @return a copy */
    public SlicedOptions withProjections(int v) {
        return new SlicedOptions(order, v, seed, directions, parallelism);
    }

    /** @param v new value @return a copy */
    public SlicedOptions withSeed(long v) {
        return new SlicedOptions(order, projections, v, directions, parallelism);
    }

    /** @param v new value @return a copy */
    public SlicedOptions withOrder(double v) {
        return new SlicedOptions(v, projections, seed, directions, parallelism);
    }

    /** @param v new value, 0 for all processors @return a copy */
    public SlicedOptions withParallelism(int v) {
        return new SlicedOptions(order, projections, seed, directions, v);
    }
}
