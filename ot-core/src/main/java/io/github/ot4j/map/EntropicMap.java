package io.github.ot4j.map;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.geometry.PointCloudGeometry;
import io.github.ot4j.internal.Checks;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.solver.SinkhornResult;

/**
 * The entropic map (Pooladian & Niles-Weed 2021, arXiv:2109.12004): the out-of-sample
 * extension of an entropic plan, defined for any point {@code x} from the target potential
 * {@code g},
 * {@code T(x) = Σ_j w_j(x) y_j} with {@code w_j(x) ∝ b_j-free softmax_j((g_j - c(x, y_j)) / ε)}.
 * On the fitted source points it equals the barycentric projection of the Sinkhorn plan. The
 * softmax is shifted by its maximum, so it never overflows. This is newer POT's
 * {@code out_of_sample_map='continuous'}.
 */
public final class EntropicMap {

    private final Matrix target;
    private final double[] g;
    private final double epsilon;
    private final CostFunction cost;

    private EntropicMap(Matrix target, double[] g, double epsilon, CostFunction cost) {
        this.target = target;
        this.g = g;
        this.epsilon = epsilon;
        this.cost = cost;
    }

    /**
     * From a Sinkhorn result on a point-cloud geometry.
     *
     * @param result the fitted result; its geometry must be a {@link PointCloudGeometry}
     * @return the map
     * @throws IllegalArgumentException if the geometry carries no target points
     */
    public static EntropicMap of(SinkhornResult result) {
        if (result == null) {
            throw new IllegalArgumentException("result must not be null");
        }
        if (!(result.problem().geometry() instanceof PointCloudGeometry pc)) {
            throw new IllegalArgumentException("the entropic map needs a PointCloudGeometry, got "
                    + result.problem().geometry().getClass().getSimpleName()
                    + "; use EntropicMap.of(target, g, epsilon, cost)");
        }
        return of(pc.target(), result.potentials().g(), result.epsilon(), pc.costFunction());
    }

    /**
     * From explicit parts.
     *
     * @param target the target points, one per row
     * @param g the target potential, one entry per target point ({@code -inf} allowed for
     *     zero-weight points, not NaN)
     * @param epsilon the regularization g was computed with, {@code > 0}
     * @param cost the ground cost
     * @return the map
     */
    public static EntropicMap of(Matrix target, double[] g, double epsilon, CostFunction cost) {
        if (target == null || g == null || cost == null) {
            throw new IllegalArgumentException("target, g and cost must not be null");
        }
        if (g.length != target.rows()) {
            throw new IllegalArgumentException("g has " + g.length + " entries but there are " + target.rows()
                    + " target points");
        }
        Checks.requirePositive("epsilon", epsilon);
        for (int j = 0; j < g.length; j++) {
            if (Double.isNaN(g[j]) || g[j] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("g[" + j + "] is " + g[j]);
            }
        }
        return new EntropicMap(target, g.clone(), epsilon, cost);
    }

    /**
     * Maps points.
     *
     * @param x points of the source space, one per row, of the target's dimension
     * @return the mapped points
     * @throws IllegalArgumentException if the dimension is wrong
     */
    public Matrix apply(Matrix x) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (x.cols() != target.cols()) {
            throw new IllegalArgumentException("x has dimension " + x.cols() + " but the map was fitted in dimension "
                    + target.cols());
        }
        int q = x.rows();
        int m = target.rows();
        int d = target.cols();
        double[] yd = RawAccess.data(target);
        double[] out = new double[q * d];
        double[] w = new double[m];
        PointCloudGeometry geometry = io.github.ot4j.geometry.Geometry.pointCloud(x, target, cost);
        for (int i = 0; i < q; i++) {
            geometry.costRow(i, w);
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                w[j] = (g[j] - w[j]) / epsilon;
                max = Math.max(max, w[j]);
            }
            double s = 0;
            for (int j = 0; j < m; j++) {
                w[j] = Math.exp(w[j] - max);
                s += w[j];
            }
            for (int j = 0; j < m; j++) {
                double wj = w[j] / s;
                if (wj != 0) {
                    for (int c = 0; c < d; c++) {
                        out[i * d + c] += wj * yd[j * d + c];
                    }
                }
            }
        }
        return RawAccess.wrap(q, d, out);
    }

    /** @return the regularization */
    public double epsilon() {
        return epsilon;
    }
}
