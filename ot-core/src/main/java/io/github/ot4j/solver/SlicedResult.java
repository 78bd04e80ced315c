package io.github.ot4j.solver;

import io.github.ot4j.geometry.Matrix;

/**
 * Sliced and max-sliced Wasserstein distances over a set of directions.
 *
 * @param order the exponent p
 * @param distance the sliced distance {@code SW_p = (mean_k W_p^p(θ_k))^(1/p)}
 * @param maxSliced {@code max_k W_p(θ_k)} over the same directions (a lower bound of the
 *     max-sliced distance, which maximizes over the whole sphere)
 * @param projected {@code W_p^p} of the two projected samples along each direction (copied in
 *     and out)
 * @param directions the {@code d × K} directions used, unit-norm columns
 */
public record SlicedResult(double order, double distance, double maxSliced, double[] projected, Matrix directions) {

    /** Validates and copies. */
    public SlicedResult {
        if (projected == null || directions == null) {
            throw new IllegalArgumentException("projected and directions must not be null");
        }
        projected = projected.clone();
    }

    @Override
    public double[] projected() {
        return projected.clone();
    }

    /** @return the index of the direction that attains {@link #maxSliced()} */
    public int maxDirection() {
        int best = 0;
        for (int k = 1; k < projected.length; k++) {
            if (projected[k] > projected[best]) {
                best = k;
            }
        }
        return best;
    }
}
