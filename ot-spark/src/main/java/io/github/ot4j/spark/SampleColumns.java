package io.github.ot4j.spark;

/**
 * Where the many-problems API finds each sample in its input {@code Dataset<Row>}: one row per
 * sample, with an id ({@code string}, {@code int} or {@code bigint}, unique), its points
 * ({@code array<array<double>>}, one inner array per point, all of one dimension) and optionally
 * its weights ({@code array<double>}, one per point; a null cell or a null column name means
 * uniform weights).
 *
 * @param id the id column
 * @param points the points column
 * @param weights the weights column, or null for uniform weights
 */
public record SampleColumns(String id, String points, String weights) {

    /** Columns {@code id} and {@code points}, uniform weights. */
    public static final SampleColumns DEFAULT = new SampleColumns("id", "points", null);

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if {@code id} or {@code points} is null
     */
    public SampleColumns {
        if (id == null || points == null) {
            throw new IllegalArgumentException("the id and points column names must not be null, got id=" + id
                    + ", points=" + points);
        }
    }

    /**
     * @param column the weights column
     * @return a copy that reads weights from {@code column}
     */
    public SampleColumns withWeights(String column) {
        return new SampleColumns(id, points, column);
    }
}
