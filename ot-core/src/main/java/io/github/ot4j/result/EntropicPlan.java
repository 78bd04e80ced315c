package io.github.ot4j.result;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.Checks;

/**
 * The entropic plan {@code P_ij = exp((f_i + g_j - C_ij) / epsilon)} computed row by row from
 * dual potentials, never stored: memory {@code O(n + m)} on top of the geometry. Each row costs
 * one cost row and {@code m} exponentials.
 */
public final class EntropicPlan implements TransportPlan {

    private final Geometry geometry;
    private final double[] f;
    private final double[] g;
    private final double epsilon;

    private EntropicPlan(Geometry geometry, double[] f, double[] g, double epsilon) {
        this.geometry = geometry;
        this.f = f;
        this.g = g;
        this.epsilon = epsilon;
    }

    /**
     * @param geometry the cost
     * @param potentials dual potentials of matching lengths
     * @param epsilon the regularization they belong to, {@code > 0}
     * @return the plan
     */
    public static EntropicPlan of(Geometry geometry, DualPotentials potentials, double epsilon) {
        if (geometry == null || potentials == null) {
            throw new IllegalArgumentException("geometry and potentials must not be null");
        }
        Checks.requirePositive("epsilon", epsilon);
        double[] f = potentials.f();
        double[] g = potentials.g();
        if (f.length != geometry.rows() || g.length != geometry.cols()) {
            throw new IllegalArgumentException("potentials are " + f.length + " x " + g.length + " but the geometry is "
                    + geometry.rows() + " x " + geometry.cols());
        }
        return new EntropicPlan(geometry, f, g, epsilon);
    }

    @Override
    public int rows() {
        return geometry.rows();
    }

    @Override
    public int cols() {
        return geometry.cols();
    }

    @Override
    public double get(int i, int j) {
        return Math.exp((f[i] + g[j] - geometry.cost(i, j)) / epsilon);
    }

    @Override
    public void row(int i, double[] out) {
        int m = geometry.cols();
        geometry.costRow(i, out);
        double fi = f[i];
        double inv = 1 / epsilon;
        for (int j = 0; j < m; j++) {
            out[j] = Math.exp((fi + g[j] - out[j]) * inv);
        }
    }

    /** @return the regularization */
    public double epsilon() {
        return epsilon;
    }

    @Override
    public String toString() {
        return "EntropicPlan[" + rows() + " x " + cols() + ", epsilon=" + epsilon + "]";
    }
}
