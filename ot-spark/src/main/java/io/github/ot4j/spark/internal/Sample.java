package io.github.ot4j.spark.internal;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;

import java.io.Serializable;

/**
 * One parsed sample of the many-problems API: a point cloud with optional weights, or the reason
 * its row is invalid. Parsing never throws on executors; the driver turns the first
 * {@link #error()} into an {@link IllegalArgumentException} before any solve is scheduled.
 */
public final class Sample implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Object id;
    private final int index;
    private final int n;
    private final int d;
    private final double[] points;
    private final double[] weights;
    private final double mass;
    private final String error;

    Sample(Object id, int index, int n, int d, double[] points, double[] weights, double mass, String error) {
        this.id = id;
        this.index = index;
        this.n = n;
        this.d = d;
        this.points = points;
        this.weights = weights;
        this.mass = mass;
        this.error = error;
    }

    static Sample invalid(Object id, String error) {
        return new Sample(id, -1, 0, 0, null, null, 0, error);
    }

    /**
     * @param index position of the sample in id order
     * @return this sample with its index
     */
    public Sample withIndex(int index) {
        return new Sample(id, index, n, d, points, weights, mass, error);
    }

    /** @return the sample's id (String, Integer or Long) */
    public Object id() {
        return id;
    }

    /** @return the position in id order, or -1 before indexing */
    public int index() {
        return index;
    }

    /** @return number of points */
    public int size() {
        return n;
    }

    /** @return dimension of the points */
    public int dimension() {
        return d;
    }

    /** @return the points as a matrix (no copy) */
    public Matrix points() {
        return RawAccess.wrap(n, d, points);
    }

    /** @return the weights, or null for uniform */
    public double[] weights() {
        return weights;
    }

    /** @return total mass: the sum of the weights, 1 for uniform weights */
    public double mass() {
        return mass;
    }

    /** @return why the row is invalid, or null */
    public String error() {
        return error;
    }

    /** @return the metadata the driver validates */
    public SampleMeta meta() {
        return new SampleMeta(id, n, d, mass, error);
    }
}
