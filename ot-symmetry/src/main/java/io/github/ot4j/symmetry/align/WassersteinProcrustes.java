package io.github.ot4j.symmetry.align;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Checks;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.DualPotentials;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.result.TransportPlan;
import io.github.ot4j.solver.EpsilonScale;
import io.github.ot4j.solver.ExactResult;
import io.github.ot4j.solver.NetworkSimplex;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;
import io.github.ot4j.symmetry.group.OrthogonalGroup;
import io.github.ot4j.symmetry.internal.DenseAlgebra;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Wasserstein-Procrustes: aligns two unpaired point clouds by an orthogonal map, solving
 * <pre>
 *   min over R in O(d) (or SO(d)), P in Π(a, b) of  Σ_ij P_ij |R x_i - y_j|²   (+ ε KL(P | a bᵀ))
 * </pre>
 * by alternating minimization (Grave, Joulin &amp; Berthet, AISTATS 2019, arXiv:1805.11222): with
 * {@code R} fixed, {@code P} is an optimal transport plan for the cost {@code |R x_i - y_j|²};
 * with {@code P} fixed, {@code R} is the plan-weighted orthogonal {@link Procrustes} solution.
 * Transport steps use Sinkhorn ({@link TransportMethod#SINKHORN}, entropic objective) or the
 * network simplex ({@link TransportMethod#EXACT}, the unregularized objective and a sparse
 * plan). Each step minimizes the objective over one block exactly, so the objective never
 * increases; a step that would increase it (possible only through the inner solver's tolerance,
 * or a network simplex stopped by its pivot cap) is rejected and the start stops. The returned plan is the one computed for the returned map.
 *
 * <p><b>Starts.</b> The problem is not convex and the alternation finds a local minimum near its
 * start. If {@code y_j = R x_{σ(j)}} exactly, the second-moment matrices satisfy
 * {@code M_y = R M_x Rᵀ}, so with their eigenvectors {@code V_x, V_y} (distinct eigenvalues)
 * {@code R = V_y S V_xᵀ} for one of the {@code 2^d} sign matrices {@code S}. The solver runs the
 * alternation from every such PCA-frame start (those with {@code det = +1} for {@code SO(d)}; a
 * random subset when there are more than {@code maxStarts}) for {@code screeningIterations}
 * alternations, continues the {@code finalists} with the lowest objective to convergence, and
 * returns the best. On noiseless data the right start is the exact map, a fixed point whose
 * objective is already minimal at its first transport step (when epsilon is small enough for the
 * true matching to be the global minimum), so screening keeps it; with noise it is still close.
 * No translation is fitted: center the clouds first if their means differ.
 *
 * <p><b>Why it may not reach the global minimum, and what to change.</b> With repeated
 * eigenvalues of the second-moment matrix (e.g. isotropic data) the PCA frames are not
 * determined and the starts need not include a good one; with more than {@code maxStarts}
 * patterns only a random subset is tried. Raise {@code maxStarts}, or pass an initial map from
 * another source to {@link #solve(Matrix, Matrix, double[], double[], OrthogonalMap)}. With
 * Sinkhorn transport, a large epsilon blurs the plan and can merge local minima; lower it for
 * sharper matches (at more Sinkhorn iterations).
 *
 * <p>The solver is configured once and is stateless and thread-safe.
 */
public final class WassersteinProcrustes {

    /** Above this many cost entries the transport steps use a matrix-free geometry. */
    private static final long DENSE_LIMIT = 4_000_000L;

    private final WassersteinProcrustesOptions options;

    /**
     * @param options the configuration
     * @throws IllegalArgumentException if {@code options} is null
     */
    public WassersteinProcrustes(WassersteinProcrustesOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /** @return the configuration */
    public WassersteinProcrustesOptions options() {
        return options;
    }

    /**
     * Aligns two clouds with uniform weights, from the PCA-frame starts.
     *
     * @param x {@code n × d} source points
     * @param y {@code m × d} target points
     * @return the best map, its plan and the objective trace
     * @throws IllegalArgumentException if an argument is null or the dimensions differ
     */
    public WassersteinProcrustesResult solve(Matrix x, Matrix y) {
        requirePoints(x, y);
        return solve(x, y, LinearProblem.uniformWeights(x.rows()), LinearProblem.uniformWeights(y.rows()));
    }

    /**
     * Aligns two weighted clouds from the PCA-frame starts.
     *
     * @param x {@code n × d} source points
     * @param y {@code m × d} target points
     * @param a {@code n} source weights; not modified
     * @param b {@code m} target weights with the same total; not modified
     * @return the best map, its plan and the objective trace
     * @throws IllegalArgumentException on null arguments, differing dimensions or invalid weights
     */
    public WassersteinProcrustesResult solve(Matrix x, Matrix y, double[] a, double[] b) {
        requireInput(x, y, a, b);
        List<double[]> starts = pcaStarts(x, y, a, b);
        return run(x, y, a, b, starts);
    }

    /**
     * Aligns two weighted clouds from one given initial map (no multi-start).
     *
     * @param x {@code n × d} source points
     * @param y {@code m × d} target points
     * @param a {@code n} source weights; not modified
     * @param b {@code m} target weights with the same total; not modified
     * @param initial the starting map, in the configured group
     * @return the map the alternation converges to, its plan and the objective trace
     * @throws IllegalArgumentException on invalid input, or if {@code initial} has the wrong
     *     dimension or (for {@code SO(d)}) determinant -1
     */
    public WassersteinProcrustesResult solve(Matrix x, Matrix y, double[] a, double[] b, OrthogonalMap initial) {
        requireInput(x, y, a, b);
        if (initial == null || initial.dimension() != x.cols()) {
            throw new IllegalArgumentException("initial must be a map of R^" + x.cols() + ", got "
                    + (initial == null ? "null" : "a map of R^" + initial.dimension()));
        }
        if (options.group() == OrthogonalGroup.SPECIAL_ORTHOGONAL && initial.determinant() < 0) {
            throw new IllegalArgumentException("initial has determinant " + initial.determinant()
                    + " but the maps are restricted to SO(d)");
        }
        List<double[]> starts = new ArrayList<>();
        starts.add(RawAccess.data(initial.matrix()).clone());
        return run(x, y, a, b, starts);
    }

    // ------------------------------------------------------------------ alternation

    private WassersteinProcrustesResult run(Matrix x, Matrix y, double[] a, double[] b, List<double[]> starts) {
        int d = x.cols();
        double[] xs = RawAccess.data(x);
        double[] ys = RawAccess.data(y);
        double scale = Procrustes.weightedSquaredNorms(xs, a, d) + Procrustes.weightedSquaredNorms(ys, b, d);
        Sinkhorn sinkhorn = options.method() == TransportMethod.SINKHORN
                ? new Sinkhorn(absoluteOptions(xs, ys, scale, d)) : null;
        Step step = new Step(x, y, a, b, sinkhorn,
                options.tolerance() * Math.max(scale, Double.MIN_NORMAL),
                options.group() == OrthogonalGroup.SPECIAL_ORTHOGONAL);

        // Screening: every start runs a few alternations, then the best continue to the end.
        List<Run> runs = new ArrayList<>(starts.size());
        for (int s = 0; s < starts.size(); s++) {
            Run r = new Run(s, starts.get(s));
            step.advance(r, Math.min(options.screeningIterations(), options.maxIterations()));
            runs.add(r);
        }
        List<Run> ranked = new ArrayList<>(runs);
        ranked.sort((p, q) -> Double.compare(p.objective, q.objective));
        Run best = null;
        for (int k = 0; k < Math.min(options.finalists(), ranked.size()); k++) {
            Run r = ranked.get(k);
            step.advance(r, options.maxIterations() - r.iterations);
            if (best == null || r.objective < best.objective) {
                best = r;
            }
        }
        return new WassersteinProcrustesResult(new OrthogonalMap(RawAccess.wrap(d, d, best.map)), best.plan,
                best.objective, best.trace.stream().mapToDouble(Double::doubleValue).toArray(), best.iterations,
                best.reason == null ? StopReason.MAX_ITERATIONS : best.reason, best.start, starts.size());
    }

    /** The state of the alternation from one start. */
    private static final class Run {
        final int start;
        /** The map the next transport step uses. */
        double[] next;
        DualPotentials warm;
        /** The last accepted iterate and its plan. */
        double[] map;
        TransportPlan plan;
        double objective = Double.POSITIVE_INFINITY;
        final List<Double> trace = new ArrayList<>();
        int iterations;
        /** Null while the run may continue. */
        StopReason reason;

        Run(int start, double[] map) {
            this.start = start;
            this.next = map;
        }
    }

    /** One alternation (transport step, then Procrustes step), shared by all starts of a call. */
    private static final class Step {
        final Matrix x;
        final Matrix y;
        final double[] a;
        final double[] b;
        /** Null for exact transport. */
        final Sinkhorn sinkhorn;
        final NetworkSimplex simplex = new NetworkSimplex();
        final double threshold;
        final boolean special;

        Step(Matrix x, Matrix y, double[] a, double[] b, Sinkhorn sinkhorn, double threshold, boolean special) {
            this.x = x;
            this.y = y;
            this.a = a;
            this.b = b;
            this.sinkhorn = sinkhorn;
            this.threshold = threshold;
            this.special = special;
        }

        void advance(Run run, int steps) {
            int d = x.cols();
            for (int t = 0; t < steps && run.reason == null; t++) {
                Matrix mapped = RawAccess.wrap(x.rows(), d,
                        DenseAlgebra.multiplyTransposeB(RawAccess.data(x), run.next, x.rows(), d, d));
                Geometry geometry = Geometry.pointCloud(mapped, y, CostFunction.squaredEuclidean());
                if ((long) x.rows() * y.rows() <= DENSE_LIMIT) {
                    geometry = geometry.toDense();
                }
                LinearProblem problem = LinearProblem.of(geometry, a, b);
                TransportPlan plan;
                double objective;
                if (sinkhorn != null) {
                    SinkhornResult ot = sinkhorn.solve(problem, run.warm);
                    plan = ot.plan();
                    objective = ot.regularizedCost();
                    run.warm = ot.potentials();
                } else {
                    ExactResult ot = simplex.solve(problem);
                    plan = ot.plan();
                    objective = ot.isConverged() ? ot.cost() : Double.NaN;
                }
                if (!(objective <= run.objective)) {
                    // Only the inner solver's tolerance (or a divergence) can cause this: keep the last iterate.
                    run.reason = StopReason.CONVERGED;
                    break;
                }
                double decrease = run.objective - objective;
                run.map = run.next;
                run.plan = plan;
                run.objective = objective;
                run.trace.add(objective);
                run.iterations++;
                if (decrease <= threshold) {
                    run.reason = StopReason.CONVERGED;
                    break;
                }
                run.next = RawAccess.data(Procrustes.fitPlan(x, y, plan, special).map().matrix());
            }
        }
    }

    private SinkhornOptions absoluteOptions(double[] xs, double[] ys, double scale, int d) {
        SinkhornOptions o = options.sinkhorn();
        double eps;
        if (o.scale() == EpsilonScale.MEAN_COST) {
            eps = o.epsilon() * scale;
        } else if (o.scale() == EpsilonScale.MAX_COST) {
            double s = maxNorm(xs, d) + maxNorm(ys, d);
            eps = o.epsilon() * s * s;
        } else {
            eps = o.epsilon();
        }
        if (!(eps > 0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("epsilon " + o.epsilon() + " relative to the " + o.scale()
                    + " of these point clouds gives " + eps + "; it must be > 0 (are all points zero?)");
        }
        return o.withEpsilon(eps).withScale(EpsilonScale.ABSOLUTE);
    }

    private static double maxNorm(double[] points, int d) {
        double best = 0;
        for (int i = 0; i < points.length / d; i++) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += points[i * d + k] * points[i * d + k];
            }
            best = Math.max(best, s);
        }
        return Math.sqrt(best);
    }

    // ------------------------------------------------------------------ starts

    /** The initial maps {@code V_y S V_xᵀ} over sign patterns S (row-major d × d each). */
    List<double[]> pcaStarts(Matrix x, Matrix y, double[] a, double[] b) {
        int d = x.cols();
        double[] vx = DenseAlgebra.symmetricEigen(secondMoment(RawAccess.data(x), a, d), d).vectors();
        double[] vy = DenseAlgebra.symmetricEigen(secondMoment(RawAccess.data(y), b, d), d).vectors();
        boolean special = options.group() == OrthogonalGroup.SPECIAL_ORTHOGONAL;
        // With the last sign chosen to fix the determinant, SO(d) has 2^(d-1) free patterns.
        int free = special ? d - 1 : d;
        double detSign = special ? Math.signum(DenseAlgebra.determinant(vx, d) * DenseAlgebra.determinant(vy, d)) : 1;
        List<boolean[]> patterns = new ArrayList<>();
        if (free < 31 && (1L << free) <= options.maxStarts()) {
            for (long bits = 0; bits < (1L << free); bits++) {
                boolean[] p = new boolean[free];
                for (int k = 0; k < free; k++) {
                    p[k] = ((bits >>> k) & 1) == 1;
                }
                patterns.add(p);
            }
        } else {
            SplittableRandom random = new SplittableRandom(options.seed());
            patterns.add(new boolean[free]);
            while (patterns.size() < options.maxStarts()) {
                boolean[] p = new boolean[free];
                for (int k = 0; k < free; k++) {
                    p[k] = random.nextBoolean();
                }
                patterns.add(p);
            }
        }
        List<double[]> starts = new ArrayList<>(patterns.size());
        for (boolean[] p : patterns) {
            double[] signs = new double[d];
            double product = 1;
            for (int k = 0; k < free; k++) {
                signs[k] = p[k] ? -1 : 1;
                product *= signs[k];
            }
            if (special) {
                // det(V_y S V_xᵀ) = det(V_y) det(V_x) det(S) must be +1.
                signs[d - 1] = product * detSign >= 0 ? 1 : -1;
            }
            double[] vs = vy.clone();
            for (int i = 0; i < d; i++) {
                for (int k = 0; k < d; k++) {
                    vs[i * d + k] *= signs[k];
                }
            }
            starts.add(DenseAlgebra.multiplyTransposeB(vs, vx, d, d, d));
        }
        return starts;
    }

    private static double[] secondMoment(double[] points, double[] w, int d) {
        double[] m = new double[d * d];
        for (int i = 0; i < w.length; i++) {
            for (int p = 0; p < d; p++) {
                double v = w[i] * points[i * d + p];
                for (int q = 0; q < d; q++) {
                    m[p * d + q] += v * points[i * d + q];
                }
            }
        }
        return m;
    }

    // ------------------------------------------------------------------ validation

    private static void requirePoints(Matrix x, Matrix y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("x and y must not be null");
        }
        if (x.cols() != y.cols()) {
            throw new IllegalArgumentException("x has dimension " + x.cols() + " but y has dimension " + y.cols());
        }
    }

    private static void requireInput(Matrix x, Matrix y, double[] a, double[] b) {
        requirePoints(x, y);
        double ma = Checks.requireWeights("a", a, x.rows(), "x has " + x.rows() + " rows");
        double mb = Checks.requireWeights("b", b, y.rows(), "y has " + y.rows() + " rows");
        if (Math.abs(ma - mb) > LinearProblem.MASS_TOLERANCE * Math.max(ma, mb)) {
            throw new IllegalArgumentException("a has total mass " + ma + " but b has " + mb
                    + "; Wasserstein-Procrustes needs equal masses");
        }
    }
}
