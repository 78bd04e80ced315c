package io.github.ot4j.spark;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;

/**
 * How each small problem's cost matrix is held while it is solved inside a Spark task. With
 * {@link io.github.ot4j.solver.Domain#AUTO} a dense geometry is solved in the kernel domain when
 * its cost range allows, a matrix-free one always in the log domain, exactly as in ot-core.
 */
public enum GeometryStorage {
    /** The {@code n × m} costs are computed once and stored ({@code O(nm)} memory, fastest for small problems). */
    DENSE,
    /** Cost rows are recomputed on demand ({@code O((n + m) d)} memory). */
    MATRIX_FREE,
    /** {@link #DENSE} up to {@value #AUTO_DENSE_MAX_ENTRIES} cost entries, {@link #MATRIX_FREE} above. */
    AUTO;

    /** Largest {@code n * m} that {@link #AUTO} stores densely (32 MiB of doubles). */
    public static final long AUTO_DENSE_MAX_ENTRIES = 1L << 22;

    /**
     * The geometry of one problem, as the Spark tasks build it.
     *
     * @param x source points
     * @param y target points, same dimension
     * @param cost ground cost
     * @return the geometry
     * @throws IllegalArgumentException if the dimensions differ or a cost is not finite
     */
    public Geometry geometry(Matrix x, Matrix y, CostFunction cost) {
        Geometry g = Geometry.pointCloud(x, y, cost);
        boolean dense = this == DENSE || (this == AUTO && (long) x.rows() * y.rows() <= AUTO_DENSE_MAX_ENTRIES);
        return dense ? g.toDense() : g;
    }
}
