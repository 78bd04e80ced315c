package io.github.ot4j.spark;

/** How {@link SparkAlignment} maps a sample's points onto the reference. */
public enum Projection {
    /**
     * Barycentric projection of the plan, {@code T(x_i) = Σ_j P_ij y_j / Σ_j P_ij}
     * (ot-core's {@link io.github.ot4j.map.BarycentricMap}).
     */
    BARYCENTRIC,
    /**
     * The entropic map from the reference potential {@code g} (ot-core's
     * {@link io.github.ot4j.map.EntropicMap}); on the fitted points it equals the barycentric
     * projection up to rounding, and it is defined for new points too.
     */
    ENTROPIC_MAP
}
