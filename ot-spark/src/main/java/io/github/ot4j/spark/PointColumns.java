package io.github.ot4j.spark;

/**
 * Where {@link DistributedSinkhorn} finds the source points in its input {@code Dataset<Row>}:
 * one row per point, with an id ({@code int} or {@code bigint}; it keys the potential {@code f}
 * in the result and should be unique, which is not checked because that would cost a shuffle), the point ({@code array<double>}, the target's dimension) and optionally a
 * weight ({@code double}, finite and {@code >= 0}; a null column name means uniform weights
 * {@code 1/n}).
 *
 * @param id the id column
 * @param point the point column
 * @param weight the weight column, or null for uniform weights
 */
public record PointColumns(String id, String point, String weight) {

    /** Columns {@code id} and {@code point}, uniform weights. */
    public static final PointColumns DEFAULT = new PointColumns("id", "point", null);

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if {@code id} or {@code point} is null
     */
    public PointColumns {
        if (id == null || point == null) {
            throw new IllegalArgumentException("the id and point column names must not be null, got id=" + id
                    + ", point=" + point);
        }
    }

    /**
     * @param column the weight column
     * @return a copy that reads weights from {@code column}
     */
    public PointColumns withWeight(String column) {
        return new PointColumns(id, point, column);
    }
}
