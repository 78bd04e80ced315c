package io.github.ot4j.spark.internal;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;

/**
 * The source points of one Spark partition of a distributed solve, in one block: ids, row-major
 * coordinates and optional weights. Blocks are parsed once and cached for all iterations; they
 * carry no iteration state (the potential {@code f} is recomputed from the broadcast {@code g}).
 * Parsing never throws: the first problem found is kept as {@link #error()}.
 */
public final class SourceBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long[] ids;
    private final double[] points;
    private final double[] weights;
    private final int d;
    private final double mass;
    private final String error;

    private SourceBlock(long[] ids, double[] points, double[] weights, int d, double mass, String error) {
        this.ids = ids;
        this.points = points;
        this.weights = weights;
        this.d = d;
        this.mass = mass;
        this.error = error;
    }

    /**
     * Parses one partition's rows.
     *
     * @param rows the rows
     * @param idIdx id column ({@code int} or {@code bigint})
     * @param pointIdx point column ({@code array<double>})
     * @param weightIdx weight column ({@code double}) or -1 for uniform
     * @param d the target dimension every point must have
     * @return the block (possibly carrying an error)
     */
    public static SourceBlock parse(Iterator<Row> rows, int idIdx, int pointIdx, int weightIdx, int d) {
        long[] ids = new long[16];
        double[] pts = new double[16 * d];
        double[] w = weightIdx >= 0 ? new double[16] : null;
        int n = 0;
        double mass = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            if (row.isNullAt(idIdx)) {
                return failed(d, "a source row has a null id");
            }
            long id = ((Number) row.get(idIdx)).longValue();
            String who = "source row " + id + ": ";
            double[] p = row.isNullAt(pointIdx) ? null : RowParsing.toDoubles(row.get(pointIdx));
            if (p == null) {
                return failed(d, who + "point is null or holds a null coordinate");
            }
            if (p.length != d) {
                return failed(d, who + "point has " + p.length + " coordinates but the target points have " + d);
            }
            for (int c = 0; c < d; c++) {
                if (!Double.isFinite(p[c])) {
                    return failed(d, who + "point[" + c + "] is " + p[c]);
                }
            }
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, 2 * n);
                pts = Arrays.copyOf(pts, 2 * n * d);
                if (w != null) {
                    w = Arrays.copyOf(w, 2 * n);
                }
            }
            if (w != null) {
                double v = row.isNullAt(weightIdx) ? Double.NaN : row.getDouble(weightIdx);
                if (!Double.isFinite(v) || v < 0) {
                    return failed(d, who + "weight is " + (row.isNullAt(weightIdx) ? "null" : String.valueOf(v))
                            + "; weights must be finite and >= 0");
                }
                w[n] = v;
                mass += v;
            }
            ids[n] = id;
            System.arraycopy(p, 0, pts, n * d, d);
            n++;
        }
        return new SourceBlock(Arrays.copyOf(ids, n), Arrays.copyOf(pts, n * d), w == null ? null : Arrays.copyOf(w, n),
                d, mass, null);
    }

    private static SourceBlock failed(int d, String error) {
        return new SourceBlock(new long[0], new double[0], null, d, 0, error);
    }

    /** @return number of points */
    public int size() {
        return ids.length;
    }

    /** @return the row ids */
    public long[] ids() {
        return ids;
    }

    /** @return the points (no copy); only for a non-empty block */
    public Matrix points() {
        return RawAccess.wrap(ids.length, d, points);
    }

    /**
     * @param i row within the block
     * @param uniform the weight of every point when the input has no weight column
     * @return the weight {@code a_i}
     */
    public double weight(int i, double uniform) {
        return weights == null ? uniform : weights[i];
    }

    /** @return the sum of the weights (0 without a weight column) */
    public double mass() {
        return mass;
    }

    /**
     * What the driver validates.
     *
     * @param size number of points
     * @param mass sum of the weights
     * @param error first problem found, or null
     */
    public record Meta(int size, double mass, String error) implements Serializable {
    }

    /** @return this block's metadata */
    public Meta meta() {
        return new Meta(size(), mass, error);
    }

    /** @return the first problem found, or null */
    public String error() {
        return error;
    }
}
