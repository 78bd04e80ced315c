package io.github.ot4j.info.projection;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.internal.linalg.DenseProducts;

/**
 * Weighted-average projections onto a target sample: {@code z_i = Σ_j W_ij y_j / Σ_j W_ij}
 * (the original code's {@code projection(P, X)}).
 * <ul>
 *   <li>With {@code W = P} (the plan) this is the <b>barycentric</b> projection (Ferradans et
 *       al. 2014), defined only for the fitted source points.</li>
 *   <li>With {@code W_ij = f_xy(x_i, y_j) / (f_x(x_i) f_y(y_j))} it is InfoOT's
 *       <b>conditional</b> projection, the kernel estimate of {@code E[Y | X = x]} under the
 *       plan (Chuang et al. 2023, section 4.2), defined for any {@code x}.</li>
 * </ul>
 */
public final class Projections {

    private Projections() {
    }

    /**
     * {@code z_i = Σ_j W_ij y_j / Σ_j W_ij}.
     *
     * @param weights {@code n × m} non-negative weights, row-major; not modified
     * @param n rows of the weights
     * @param target {@code m × d} target points
     * @return the {@code n × d} projected points
     * @throws IllegalArgumentException if the shapes disagree or a row of weights sums to zero or is not finite
     */
    public static Matrix weightedAverage(double[] weights, int n, Matrix target) {
        if (weights == null || target == null) {
            throw new IllegalArgumentException("weights and target must not be null");
        }
        int m = target.rows();
        int d = target.cols();
        if (weights.length != (long) n * m) {
            throw new IllegalArgumentException("weights have " + weights.length + " entries but " + n + " x " + m
                    + " are needed for " + m + " target points");
        }
        double[] out = new double[n * d];
        DenseProducts.multiply(weights, RawAccess.data(target), out, n, m, d);
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += weights[i * m + j];
            }
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("weights row " + i + " sums to " + s + "; cannot project it");
            }
            for (int k = 0; k < d; k++) {
                out[i * d + k] /= s;
            }
        }
        return RawAccess.wrap(n, d, out);
    }
}
