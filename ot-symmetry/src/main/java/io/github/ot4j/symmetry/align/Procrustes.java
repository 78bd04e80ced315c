package io.github.ot4j.symmetry.align;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Checks;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.result.TransportPlan;
import io.github.ot4j.symmetry.group.OrthogonalGroup;
import io.github.ot4j.symmetry.internal.DenseAlgebra;

/**
 * Orthogonal Procrustes: the orthogonal map that best aligns one point set with another in the
 * least-squares sense,
 * <pre>
 *   R* = argmin over R in O(d) (or SO(d)) of Σ_i w_i |R x_i - y_i|²           (paired points)
 *   R* = argmin over R in O(d) (or SO(d)) of Σ_ij P_ij |R x_i - y_j|²        (matched by a plan P)
 * </pre>
 * Both reduce to maximizing {@code tr(Rᵀ M)} for the cross-covariance
 * {@code M = Σ w_i y_i x_iᵀ} (resp. {@code Σ P_ij y_j x_iᵀ = Yᵀ Pᵀ X}): with the SVD
 * {@code M = U Σ Vᵀ}, {@code R* = U Vᵀ} over {@code O(d)} (Schönemann 1966,
 * doi:10.1007/BF02289451), and {@code R* = U diag(1, .., 1, det(U Vᵀ)) Vᵀ} over {@code SO(d)}
 * (the determinant fix of Kabsch 1976 and Umeyama 1991, doi:10.1109/34.88573). The SVD is
 * ojAlgo's. No translation or scaling is fitted: center (and scale) the point sets first if they
 * differ by more than an orthogonal map.
 *
 * <p>The optimum is unique when {@code M} has full rank (and, for {@code SO(d)}, when its two
 * smallest singular values differ); otherwise one of the optimal maps is returned.
 */
public final class Procrustes {

    private Procrustes() {
    }

    /**
     * Procrustes for paired points with equal weights.
     *
     * @param x {@code n × d} source points
     * @param y {@code n × d} target points, row {@code i} paired with row {@code i} of {@code x}
     * @param group {@code ORTHOGONAL} or {@code SPECIAL_ORTHOGONAL}
     * @return the optimal map and {@code Σ_i |R x_i - y_i|² / n}
     * @throws IllegalArgumentException if an argument is null or the shapes differ
     */
    public static ProcrustesResult fit(Matrix x, Matrix y, OrthogonalGroup group) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        double[] w = new double[x.rows()];
        java.util.Arrays.fill(w, 1.0 / x.rows());
        return fit(x, y, w, group);
    }

    /**
     * Weighted Procrustes for paired points.
     *
     * @param x {@code n × d} source points
     * @param y {@code n × d} target points
     * @param weights {@code n} non-negative finite weights with positive sum; not modified
     * @param group {@code ORTHOGONAL} or {@code SPECIAL_ORTHOGONAL}
     * @return the optimal map and {@code Σ_i w_i |R x_i - y_i|²}
     * @throws IllegalArgumentException if an argument is null, the shapes differ or a weight is
     *     invalid
     */
    public static ProcrustesResult fit(Matrix x, Matrix y, double[] weights, OrthogonalGroup group) {
        requireShapes(x, y, group);
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException("x has " + x.rows() + " rows but y has " + y.rows()
                    + "; paired Procrustes needs one target per source (use a transport plan otherwise)");
        }
        int n = x.rows();
        int d = x.cols();
        Checks.requireWeights("weights", weights, n, "x has " + n + " rows");
        double[] xs = RawAccess.data(x);
        double[] ys = RawAccess.data(y);
        double[] wy = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                wy[i * d + k] = weights[i] * ys[i * d + k];
            }
        }
        double[] m = DenseAlgebra.multiplyTransposeA(wy, xs, d, n, d); // Σ w_i y_i x_iᵀ
        double[] r = DenseAlgebra.orthogonalFactor(m, d, group == OrthogonalGroup.SPECIAL_ORTHOGONAL);
        double objective = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int p = 0; p < d; p++) {
                double rx = 0;
                for (int q = 0; q < d; q++) {
                    rx += r[p * d + q] * xs[i * d + q];
                }
                double t = rx - ys[i * d + p];
                s += t * t;
            }
            objective += weights[i] * s;
        }
        return new ProcrustesResult(new OrthogonalMap(RawAccess.wrap(d, d, r)), objective);
    }

    /**
     * Procrustes for point sets matched by a transport plan: minimizes
     * {@code Σ_ij P_ij |R x_i - y_j|²}. The plan is applied as an operator
     * ({@code Pᵀ X} via {@link TransportPlan#pushForward(Matrix)}), never densified.
     *
     * @param x {@code n × d} source points
     * @param y {@code m × d} target points
     * @param plan an {@code n × m} non-negative plan
     * @param group {@code ORTHOGONAL} or {@code SPECIAL_ORTHOGONAL}
     * @return the optimal map and {@code Σ_ij P_ij |R x_i - y_j|²}
     * @throws IllegalArgumentException if an argument is null or the shapes disagree
     */
    public static ProcrustesResult fit(Matrix x, Matrix y, TransportPlan plan, OrthogonalGroup group) {
        requireShapes(x, y, group);
        if (plan == null || plan.rows() != x.rows() || plan.cols() != y.rows()) {
            throw new IllegalArgumentException("plan is " + (plan == null ? "null" : plan.rows() + " x " + plan.cols())
                    + " but x has " + x.rows() + " rows and y has " + y.rows());
        }
        return fitPlan(x, y, plan, group == OrthogonalGroup.SPECIAL_ORTHOGONAL);
    }

    /** Unchecked plan-weighted fit, also used by {@link WassersteinProcrustes}. */
    static ProcrustesResult fitPlan(Matrix x, Matrix y, TransportPlan plan, boolean special) {
        int d = x.cols();
        int m = y.rows();
        double[] ptx = RawAccess.data(plan.pushForward(x)); // m × d
        double[] cross = DenseAlgebra.multiplyTransposeA(RawAccess.data(y), ptx, d, m, d); // Yᵀ Pᵀ X
        double[] r = DenseAlgebra.orthogonalFactor(cross, d, special);
        double objective = planObjective(x, y, plan.rowMarginal(), plan.columnMarginal(), r, cross);
        return new ProcrustesResult(new OrthogonalMap(RawAccess.wrap(d, d, r)), objective);
    }

    /**
     * {@code Σ_i r_i |x_i|² + Σ_j c_j |y_j|² - 2 tr(Rᵀ M)} with {@code M = Yᵀ Pᵀ X}, clamped at 0.
     */
    static double planObjective(Matrix x, Matrix y, double[] rowMass, double[] colMass, double[] r, double[] cross) {
        int d = x.cols();
        double s = weightedSquaredNorms(RawAccess.data(x), rowMass, d) + weightedSquaredNorms(RawAccess.data(y), colMass, d);
        double trace = 0;
        for (int k = 0; k < d * d; k++) {
            trace += r[k] * cross[k];
        }
        return Math.max(0, s - 2 * trace);
    }

    static double weightedSquaredNorms(double[] points, double[] weights, int d) {
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            double t = 0;
            for (int k = 0; k < d; k++) {
                double v = points[i * d + k];
                t += v * v;
            }
            s += weights[i] * t;
        }
        return s;
    }

    private static void requireShapes(Matrix x, Matrix y, OrthogonalGroup group) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("x and y must not be null");
        }
        if (group == null) {
            throw new IllegalArgumentException("group must not be null");
        }
        if (x.cols() != y.cols()) {
            throw new IllegalArgumentException("x has dimension " + x.cols() + " but y has dimension " + y.cols());
        }
    }
}
