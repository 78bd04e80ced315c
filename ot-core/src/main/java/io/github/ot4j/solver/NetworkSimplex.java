package io.github.ot4j.solver;

import io.github.ot4j.geometry.DenseGeometry;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.DualPotentials;
import io.github.ot4j.result.SparsePlan;
import io.github.ot4j.result.StopReason;

/**
 * Exact optimal transport by the primal network simplex method: solves the linear program
 * <pre>
 *   min { &lt;P, C&gt; : P &ge; 0, P 1 = a, Pᵀ 1 = b }
 * </pre>
 * for a balanced problem, returning an optimal vertex (at most {@code n + m - 1} non-zeros), its
 * cost and optimal dual potentials. This is the algorithm behind POT's {@code ot.emd}
 * (Bonneel, van de Panne, Paris and Heidrich, "Displacement interpolation using Lagrangian mass
 * transport", SIGGRAPH Asia 2011, doi:10.1145/2070781.2024192, built on LEMON's network simplex);
 * see Ahuja, Magnanti and Orlin, <i>Network Flows</i> (1993), ch. 11, and Peyré and Cuturi,
 * <i>Computational Optimal Transport</i> (2019, arXiv:1803.00567), §3.5. Pivots use block search
 * and the strongly-feasible-tree leaving rule, so the method terminates; in practice it takes
 * {@code O(n m)} memory for the costs and roughly {@code O(n^2 m)} time for {@code n = m}.
 *
 * <p>The solver is configured once and is stateless and thread-safe:
 * <pre>{@code
 * ExactResult r = new NetworkSimplex().solve(LinearProblem.of(Geometry.dense(cost), a, b));
 * }</pre>
 *
 * <p><b>Input.</b> Weights may be non-uniform and may contain zeros: zero-weight points are
 * dropped before solving (their rows and columns of the plan are zero) and get potentials that
 * keep the dual feasible ({@code f_i = min_j (C_ij - g_j)}, likewise for {@code g}). The two
 * masses must agree to {@link NetworkSimplexOptions#massTolerance()}; {@code b} is then
 * rescaled to the mass of {@code a} (as POT does), so the plan's column sums are
 * {@code b * sum(a) / sum(b)}. A {@link DenseGeometry}'s costs are read in place; otherwise
 * (a matrix-free geometry, or dropped points) they are copied once into a {@code double[]} of
 * {@code n m} entries, so {@code n m} must stay below
 * {@code 2^31} and {@code 8 n m} bytes must fit in the heap.
 *
 * <p><b>Why it may stop early, and what to change.</b> The simplex always terminates, but the
 * number of pivots grows quickly with the size (about {@code 6·10^4} for {@code n = m = 2000}
 * random points in the plane, each scanning a few thousand arcs);
 * when {@link NetworkSimplexOptions#maxIterations()} is reached the result is
 * {@link StopReason#MAX_ITERATIONS}: the plan is the last basic solution, feasible for the
 * problem extended by artificial arcs, so its marginals may fall short of {@code a} and
 * {@code b}, and the potentials are not dual feasible. Raise the cap, or use
 * {@link Sinkhorn} for an approximate plan of large problems. Optimality is declared when no
 * reduced cost {@code C_ij - f_i - g_j} is below {@code -}{@value #PIVOT_TOLERANCE} times the
 * largest {@code |C_ij|}; degenerate problems (ties, duplicate points) have several optimal
 * plans and the solver returns one of them.
 */
public final class NetworkSimplex {

    /**
     * Relative pivoting threshold: an arc enters the basis only if its reduced cost is below
     * minus this times {@code max |C_ij|}, so that round-off cannot trigger pivots.
     */
    public static final double PIVOT_TOLERANCE = 1e-13;

    private final NetworkSimplexOptions options;

    /** A solver with {@link NetworkSimplexOptions#defaults()}. */
    public NetworkSimplex() {
        this(NetworkSimplexOptions.defaults());
    }

    /**
     * @param options the configuration
     * @throws IllegalArgumentException if {@code options} is null
     */
    public NetworkSimplex(NetworkSimplexOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /** @return the configuration */
    public NetworkSimplexOptions options() {
        return options;
    }

    /**
     * Solves a balanced problem.
     *
     * @param problem the problem; {@code tauA == tauB == 1}
     * @return the result
     * @throws IllegalArgumentException if {@code problem} is null or unbalanced, the masses
     *     differ by more than the mass tolerance, a cost is not finite, or the problem is too
     *     large to store its costs
     */
    public ExactResult solve(LinearProblem problem) {
        return solve(problem, ProgressListener.NONE);
    }

    /**
     * Solves a balanced problem, reporting progress every {@code 4096} pivots.
     *
     * @param problem the problem; {@code tauA == tauB == 1}
     * @param listener progress receiver, may cancel (the result is then {@link StopReason#CANCELLED});
     *     null for none
     * @return the result
     * @throws IllegalArgumentException as for {@link #solve(LinearProblem)}
     */
    public ExactResult solve(LinearProblem problem, ProgressListener listener) {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        if (!problem.isBalanced()) {
            throw new IllegalArgumentException("the network simplex solves balanced problems only, got tauA="
                    + problem.tauA() + " and tauB=" + problem.tauB());
        }
        ProgressListener progress = listener == null ? ProgressListener.NONE : listener;
        Geometry geometry = problem.geometry();
        double[] a = problem.a();
        double[] b = problem.b();
        double massA = problem.massA();
        double massB = problem.massB();
        if (Math.abs(massA - massB) > options.massTolerance() * Math.max(massA, massB)) {
            throw new IllegalArgumentException("a has total mass " + massA + " but b has " + massB
                    + "; their relative difference exceeds the mass tolerance " + options.massTolerance());
        }
        int[] rows = positive(a);
        int[] cols = positive(b);
        int n = rows.length;
        int m = cols.length;
        long size = (long) n * m;
        if (size + n + m + 1 > Integer.MAX_VALUE - 8 || 8 * size > Runtime.getRuntime().maxMemory()) {
            throw new IllegalArgumentException("the network simplex stores n*m costs, but " + n + " x " + m
                    + " points with positive weight need " + (8 * size >> 20) + " MiB (heap limit "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB, array limit 2^31); use Sinkhorn for problems this large");
        }
        double[] cost = compactCosts(geometry, rows, cols);
        double min;
        double max;
        if (cost == sharedCosts(geometry)) {
            min = geometry.statistics().min();
            max = geometry.statistics().max();
        } else {
            min = Double.POSITIVE_INFINITY;
            max = Double.NEGATIVE_INFINITY;
            for (double c : cost) {
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
        }
        double scale = Math.max(Math.abs(min), Math.abs(max));
        if (!Double.isFinite(max + 2 * (max - min)) || !Double.isFinite(4 * scale)) {
            throw new IllegalArgumentException("costs range from " + min + " to " + max
                    + ", too wide for the simplex's artificial arcs and potentials; rescale the costs");
        }
        double[] supply = new double[n];
        for (int k = 0; k < n; k++) {
            supply[k] = a[rows[k]];
        }
        // Accurate masses: user weights normalized in floating point differ in mass by ~1e-15, and
        // the ratio spreads that difference over b in proportion instead of leaving it to round-off.
        double ratio = accurateSum(a) / accurateSum(b);
        double[] demand = new double[m];
        int largest = 0;
        for (int k = 0; k < m; k++) {
            demand[k] = b[cols[k]] * ratio;
            if (demand[k] > demand[largest]) {
                largest = k;
            }
        }
        // The rescaled masses still differ by round-off; the largest demand takes the difference,
        // so the root's artificial arcs end with no flow and every other marginal is exact.
        demand[largest] += accurateSum(supply) - accurateSum(demand);

        TransportSimplex simplex = new TransportSimplex(n, m, cost, min, max, supply, demand, PIVOT_TOLERANCE * scale);
        StopReason reason = simplex.run(options.maxIterations(), progress);
        simplex.refreshPotentials();
        simplex.refreshFlows();
        double violation = -simplex.minReducedCost() / (scale > 0 ? scale : 1);
        if (reason == StopReason.CONVERGED) {
            violation = Math.min(violation, PIVOT_TOLERANCE); // the same test, up to the division's round-off
        }

        int[] planRows = new int[n + m - 1];
        int[] planCols = new int[n + m - 1];
        double[] planValues = new double[n + m - 1];
        double[] total = new double[1];
        int[] count = new int[1];
        simplex.forEachFlow((i, j, value) -> {
            planRows[count[0]] = rows[i];
            planCols[count[0]] = cols[j];
            planValues[count[0]] = value;
            count[0]++;
            total[0] += value * cost[i * m + j];
        });
        int nnz = count[0];
        SparsePlan plan = SparsePlan.of(geometry.rows(), geometry.cols(), java.util.Arrays.copyOf(planRows, nnz),
                java.util.Arrays.copyOf(planCols, nnz), java.util.Arrays.copyOf(planValues, nnz));

        DualPotentials potentials = potentials(geometry, simplex, rows, cols, a, b);
        Convergence convergence = new Convergence(reason, simplex.iterations(), violation, PIVOT_TOLERANCE, null);
        return new ExactResult(problem, plan, total[0], potentials, convergence);
    }

    /** Compensated sum (TwoSum, Kahan-Babuska): accurate to about one rounding of the result. */
    static double accurateSum(double[] v) {
        double hi = 0;
        double lo = 0;
        for (double x : v) {
            double s = hi + x;
            double back = s - hi;
            lo += (hi - (s - back)) + (x - back);
            hi = s;
        }
        return hi + lo;
    }

    private static int[] positive(double[] w) {
        int count = 0;
        for (double v : w) {
            if (v > 0) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                out[k++] = i;
            }
        }
        return out;
    }

    private static double[] compactCosts(Geometry geometry, int[] rows, int[] cols) {
        int n = rows.length;
        int m = cols.length;
        int fullCols = geometry.cols();
        double[] cost;
        if (geometry instanceof DenseGeometry && n == geometry.rows() && m == fullCols) {
            cost = sharedCosts(geometry); // finite, immutable, and only read by the simplex
        } else {
            cost = new double[n * m];
            double[] row = new double[fullCols];
            boolean allCols = m == fullCols;
            for (int k = 0; k < n; k++) {
                geometry.costRow(rows[k], row);
                if (allCols) {
                    System.arraycopy(row, 0, cost, k * m, m);
                } else {
                    for (int l = 0; l < m; l++) {
                        cost[k * m + l] = row[cols[l]];
                    }
                }
            }
            for (int e = 0; e < cost.length; e++) {
                if (!Double.isFinite(cost[e])) {
                    throw new IllegalArgumentException("cost[" + rows[e / m] + "][" + cols[e % m] + "] is " + cost[e]);
                }
            }
        }
        return cost;
    }

    /** @return the backing array of a dense geometry (not a copy), or null for any other geometry */
    private static double[] sharedCosts(Geometry geometry) {
        return geometry instanceof DenseGeometry dense ? RawAccess.costs(dense) : null;
    }

    /**
     * Dual potentials for all points: the simplex's for points with positive weight, and for
     * the dropped ones the largest values that keep {@code f_i + g_j <= C_ij}; then centered so
     * that {@code <a, f> == <b, g>}.
     */
    private static DualPotentials potentials(Geometry geometry, TransportSimplex simplex, int[] rows, int[] cols,
                                             double[] a, double[] b) {
        int fullRows = geometry.rows();
        int fullCols = geometry.cols();
        double[] f = new double[fullRows];
        double[] g = new double[fullCols];
        boolean[] keptRow = new boolean[fullRows];
        boolean[] keptCol = new boolean[fullCols];
        for (int k = 0; k < rows.length; k++) {
            f[rows[k]] = simplex.sourcePotential(k);
            keptRow[rows[k]] = true;
        }
        for (int l = 0; l < cols.length; l++) {
            g[cols[l]] = simplex.targetPotential(l);
            keptCol[cols[l]] = true;
        }
        double[] row = new double[fullCols];
        if (rows.length < fullRows) {
            for (int i = 0; i < fullRows; i++) {
                if (!keptRow[i]) {
                    geometry.costRow(i, row);
                    double best = Double.POSITIVE_INFINITY;
                    for (int j : cols) {
                        best = Math.min(best, row[j] - g[j]);
                    }
                    f[i] = best;
                }
            }
        }
        if (cols.length < fullCols) {
            for (int j = 0; j < fullCols; j++) {
                if (!keptCol[j]) {
                    g[j] = Double.POSITIVE_INFINITY;
                }
            }
            for (int i = 0; i < fullRows; i++) {
                geometry.costRow(i, row);
                double fi = f[i];
                for (int j = 0; j < fullCols; j++) {
                    if (!keptCol[j]) {
                        g[j] = Math.min(g[j], row[j] - fi);
                    }
                }
            }
        }
        double massA = 0;
        double massB = 0;
        double dotA = 0;
        double dotB = 0;
        for (int i = 0; i < fullRows; i++) {
            massA += a[i];
            dotA += a[i] * f[i];
        }
        for (int j = 0; j < fullCols; j++) {
            massB += b[j];
            dotB += b[j] * g[j];
        }
        double shift = (dotB - dotA) / (massA + massB);
        for (int i = 0; i < fullRows; i++) {
            f[i] += shift;
        }
        for (int j = 0; j < fullCols; j++) {
            g[j] -= shift;
        }
        return new DualPotentials(f, g);
    }
}
