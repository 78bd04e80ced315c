package io.github.ot4j.spark.internal;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;

import java.io.Serializable;

/**
 * A validated point set with optional weights, shipped to executors as one broadcast (the
 * reference of an alignment, the target of a distributed solve). {@link Matrix} is not
 * serializable, so the row-major array travels and is wrapped again without copying.
 */
public final class PointSet implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int n;
    private final int d;
    private final double[] data;
    private final double[] weights;
    private transient Matrix matrix;

    /**
     * @param points validated points (their storage is shared, not copied)
     * @param weights validated weights or null for uniform (not copied)
     */
    public PointSet(Matrix points, double[] weights) {
        this.n = points.rows();
        this.d = points.cols();
        this.data = RawAccess.data(points);
        this.weights = weights;
        this.matrix = points;
    }

    /** @return the points, shared */
    public Matrix points() {
        Matrix m = matrix;
        if (m == null) {
            m = RawAccess.wrap(n, d, data);
            matrix = m;
        }
        return m;
    }

    /** @return the weights or null for uniform */
    public double[] weights() {
        return weights;
    }

    /** @return number of points */
    public int size() {
        return n;
    }

    /** @return dimension */
    public int dimension() {
        return d;
    }
}
