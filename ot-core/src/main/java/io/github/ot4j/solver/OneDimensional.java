package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Checks;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.DualPotentials;
import io.github.ot4j.result.SparsePlan;
import io.github.ot4j.result.StopReason;

/**
 * Exact optimal transport on the real line by sorting, in {@code O((n + m) log(n + m))}.
 *
 * <p>For a cost {@code c(x, y) = h(x - y)} with {@code h} convex (for example {@code |x - y|^p},
 * {@code p >= 1}), the cost matrix between sorted supports is a Monge matrix, so the monotone
 * (north-west corner) coupling of the sorted points is optimal (Hoffman 1963; Santambrogio,
 * <i>Optimal Transport for Applied Mathematicians</i>, 2015, §2.2; Peyré and Cuturi 2019,
 * arXiv:1803.00567, §2.6). {@link #solve} returns that plan (at most {@code n + m - 1}
 * non-zeros, rows and columns in the caller's original order), its cost, and dual potentials
 * read off the staircase of the coupling, which are feasible for Monge costs. This mirrors POT's
 * {@code ot.emd_1d} / {@code ot.emd2_1d}.
 *
 * <p>{@link #wassersteinPower} is POT's {@code ot.wasserstein_1d}: {@code W_p^p} through the
 * quantile functions, {@code ∫_0^1 |F^{-1}(q) - G^{-1}(q)|^p dq}, evaluated exactly on the merged
 * cumulative weights; {@link #wasserstein} is its {@code p}-th root.
 *
 * <p>Weights are not normalized; {@code null} means uniform ({@code 1/n}). The two masses must
 * agree to {@link LinearProblem#MASS_TOLERANCE} relative. Convexity of the cost in {@code x - y}
 * is the caller's promise: for other costs the plan is still a feasible vertex but need not be
 * optimal (use {@link NetworkSimplex}).
 */
public final class OneDimensional {

    private OneDimensional() {
    }

    /**
     * The cost {@code |x - y|^p} (for points of any dimension, {@code Σ_k |x_k - y_k|^p}); convex
     * in {@code x - y} for {@code p >= 1}. For {@code p = 2} this is
     * {@link CostFunction#squaredEuclidean()}; for {@code p = 1} on the line,
     * {@link CostFunction#euclidean()}.
     *
     * @param p exponent, finite and {@code >= 1}
     * @return the cost
     * @throws IllegalArgumentException if {@code p < 1} or not finite
     */
    public static CostFunction power(double p) {
        requireExponent(p);
        if (p == 2) {
            return CostFunction.squaredEuclidean();
        }
        return CostFunction.of("|x-y|^" + p, (x, y) -> {
            double s = 0;
            for (int k = 0; k < x.length; k++) {
                double t = Math.abs(x[k] - y[k]);
                s += p == 1 ? t : Math.pow(t, p);
            }
            return s;
        });
    }

    /**
     * The optimal (monotone) plan between weighted points on the line.
     *
     * @param x source positions, finite, at least one; not modified
     * @param y target positions, finite, at least one; not modified
     * @param a source weights ({@code x.length} entries), or null for uniform
     * @param b target weights ({@code y.length} entries), or null for uniform; same total mass as {@code a}
     * @param cost the ground cost, convex in {@code x - y} (e.g. {@link #power(double)})
     * @return the plan, its cost {@code Σ P_ij c(x_i, y_j)}, staircase potentials, and
     *     {@code CONVERGED} with zero iterations
     * @throws IllegalArgumentException if an argument is null (other than the weights), empty,
     *     not finite, of mismatched length, negative, of zero mass, or the masses differ
     */
    public static ExactResult solve(double[] x, double[] y, double[] a, double[] b, CostFunction cost) {
        if (cost == null) {
            throw new IllegalArgumentException("cost must not be null");
        }
        requirePositions("x", x);
        requirePositions("y", y);
        Geometry geometry = Geometry.pointCloud(Matrix.column(x), Matrix.column(y), cost);
        LinearProblem problem = LinearProblem.of(geometry, a, b);
        int n = x.length;
        int m = y.length;
        double[] wa = problem.a();
        double[] wb = problem.b();
        double ratio = problem.massA() / problem.massB();
        int[] sx = sortedOrder(x);
        int[] sy = sortedOrder(y);

        int cells = n + m - 1;
        int[] rows = new int[cells];
        int[] cols = new int[cells];
        double[] values = new double[cells];
        double[] f = new double[n];
        double[] g = new double[m];
        int i = 0;
        int j = 0;
        double ri = wa[sx[0]];
        double rj = wb[sy[0]] * ratio;
        g[sy[0]] = geometry.cost(sx[0], sy[0]);
        double total = 0;
        for (int k = 0; k < cells; k++) {
            int oi = sx[i];
            int oj = sy[j];
            rows[k] = oi;
            cols[k] = oj;
            double c = geometry.cost(oi, oj);
            if (j == m - 1 || (i < n - 1 && ri < rj)) {
                // the row runs out first (or only rows are left): move down
                values[k] = ri;
                total += ri * c;
                if (++i == n) {
                    break;
                }
                rj -= ri;
                ri = wa[sx[i]];
                f[sx[i]] = geometry.cost(sx[i], oj) - g[oj];
            } else {
                // the column runs out first: move right
                values[k] = rj;
                total += rj * c;
                ri -= rj;
                rj = wb[sy[++j]] * ratio;
                g[sy[j]] = geometry.cost(oi, sy[j]) - f[oi];
            }
        }
        center(f, g, wa, wb);
        SparsePlan plan = SparsePlan.of(n, m, rows, cols, values);
        Convergence convergence = new Convergence(StopReason.CONVERGED, 0, 0, 0, null);
        return new ExactResult(problem, plan, total, new DualPotentials(f, g), convergence);
    }

    /**
     * {@code W_p^p} between two weighted samples on the line, by the quantile formula
     * {@code Σ_k (q_k - q_(k-1)) |F^{-1}(q_k) - G^{-1}(q_k)|^p} over the merged cumulative weights
     * {@code q_k}, with the left-continuous quantile functions. Equal to the cost of
     * {@link #solve} under {@link #power(double) |x - y|^p} and equal to POT's
     * {@code ot.wasserstein_1d(x, y, a, b, p)} (which returns {@code W_p^p}, not {@code W_p}).
     *
     * @param x source positions, finite, at least one; not modified
     * @param y target positions, finite, at least one; not modified
     * @param a source weights or null for uniform
     * @param b target weights or null for uniform, same total mass
     * @param p exponent, finite and {@code >= 1}
     * @return {@code W_p^p}
     * @throws IllegalArgumentException on invalid input, as for {@link #solve}
     */
    public static double wassersteinPower(double[] x, double[] y, double[] a, double[] b, double p) {
        requireExponent(p);
        requirePositions("x", x);
        requirePositions("y", y);
        int n = x.length;
        int m = y.length;
        double[] wa = a == null ? LinearProblem.uniformWeights(n) : a;
        double[] wb = b == null ? LinearProblem.uniformWeights(m) : b;
        double massA = Checks.requireWeights("a", wa, n, "x has " + n + " entries");
        double massB = Checks.requireWeights("b", wb, m, "y has " + m + " entries");
        if (Math.abs(massA - massB) > LinearProblem.MASS_TOLERANCE * Math.max(massA, massB)) {
            throw new IllegalArgumentException("a has total mass " + massA + " but b has " + massB
                    + "; they must agree to " + LinearProblem.MASS_TOLERANCE + " relative");
        }
        int[] sx = sortedOrder(x);
        int[] sy = sortedOrder(y);
        double[] cu = new double[n];
        double[] cv = new double[m];
        double s = 0;
        for (int k = 0; k < n; k++) {
            s += wa[sx[k]];
            cu[k] = s;
        }
        s = 0;
        for (int k = 0; k < m; k++) {
            s += wb[sy[k]];
            cv[k] = s;
        }
        double sum = 0;
        double previous = 0;
        int pa = 0;
        int pb = 0;
        int ia = 0;
        int ib = 0;
        for (int k = 0; k < n + m; k++) {
            double q = pb >= m || (pa < n && cu[pa] <= cv[pb]) ? cu[pa++] : cv[pb++];
            while (ia < n && cu[ia] < q) {
                ia++;
            }
            while (ib < m && cv[ib] < q) {
                ib++;
            }
            double d = Math.abs(x[sx[Math.min(ia, n - 1)]] - y[sy[Math.min(ib, m - 1)]]);
            sum += (q - previous) * (p == 1 ? d : Math.pow(d, p));
            previous = q;
        }
        return sum;
    }

    /**
     * The Wasserstein distance {@code W_p = (W_p^p)^(1/p)} between two weighted samples on the
     * line; see {@link #wassersteinPower}.
     *
     * @param x source positions
     * @param y target positions
     * @param a source weights or null for uniform
     * @param b target weights or null for uniform, same total mass
     * @param p exponent, finite and {@code >= 1}
     * @return {@code W_p}
     * @throws IllegalArgumentException on invalid input
     */
    public static double wasserstein(double[] x, double[] y, double[] a, double[] b, double p) {
        double w = wassersteinPower(x, y, a, b, p);
        return p == 1 ? w : Math.pow(w, 1 / p);
    }

    private static void requireExponent(double p) {
        if (!(p >= 1) || !Double.isFinite(p)) {
            throw new IllegalArgumentException("p must be >= 1 and finite, got " + p);
        }
    }

    private static void requirePositions(String name, double[] v) {
        if (v == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (v.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one entry");
        }
        Checks.requireFinite(name, v);
    }

    /** Shifts {@code f} up and {@code g} down by the same constant so that {@code <a, f> == <b, g>}. */
    private static void center(double[] f, double[] g, double[] a, double[] b) {
        double massA = 0;
        double massB = 0;
        double dotA = 0;
        double dotB = 0;
        for (int i = 0; i < f.length; i++) {
            massA += a[i];
            dotA += a[i] * f[i];
        }
        for (int j = 0; j < g.length; j++) {
            massB += b[j];
            dotB += b[j] * g[j];
        }
        double shift = (dotB - dotA) / (massA + massB);
        for (int i = 0; i < f.length; i++) {
            f[i] += shift;
        }
        for (int j = 0; j < g.length; j++) {
            g[j] -= shift;
        }
    }

    /**
     * Stable argsort (bottom-up merge sort on indices; ties keep their input order).
     *
     * @param v finite keys
     * @return indices such that {@code v[out[0]] <= v[out[1]] <= ...}
     */
    static int[] sortedOrder(double[] v) {
        int n = v.length;
        int[] idx = new int[n];
        int[] tmp = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                if (v[idx[mid - 1]] <= v[idx[mid]]) {
                    continue; // already in order
                }
                int p = lo;
                int q = mid;
                int k = lo;
                while (p < mid && q < hi) {
                    tmp[k++] = v[idx[q]] < v[idx[p]] ? idx[q++] : idx[p++];
                }
                while (p < mid) {
                    tmp[k++] = idx[p++];
                }
                while (q < hi) {
                    tmp[k++] = idx[q++];
                }
                System.arraycopy(tmp, lo, idx, lo, hi - lo);
            }
        }
        return idx;
    }
}
