package io.github.ot4j.symmetry.align;

/**
 * The solution of an orthogonal Procrustes problem (see {@link Procrustes}).
 *
 * @param map the optimal orthogonal map {@code R}
 * @param objective the weighted squared residual at {@code R}: {@code Σ_i w_i |R x_i - y_i|²}
 *     for paired points, {@code Σ_ij P_ij |R x_i - y_j|²} for a transport plan; {@code >= 0}
 */
public record ProcrustesResult(OrthogonalMap map, double objective) {

    /**
     * Validates.
     *
     * @param map the optimal orthogonal map {@code R}
     * @param objective the weighted squared residual at {@code R}: {@code Σ_i w_i |R x_i - y_i|²}
     *     for paired points, {@code Σ_ij P_ij |R x_i - y_j|²} for a transport plan; {@code >= 0}
     * @throws IllegalArgumentException if the map is null or the objective is NaN
     */
    public ProcrustesResult {
        if (map == null) {
            throw new IllegalArgumentException("map must not be null");
        }
        if (Double.isNaN(objective)) {
            throw new IllegalArgumentException("objective is NaN");
        }
    }
}
