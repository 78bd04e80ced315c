package io.github.ot4j.solver;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.problem.QuadraticProblem;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.DensePlan;
import io.github.ot4j.result.StopReason;

import java.util.Arrays;

/**
 * Exact (fused) Gromov-Wasserstein by the conditional-gradient (Frank-Wolfe) method, POT 0.8.2's
 * {@code ot.gromov.fused_gromov_wasserstein} / {@code gromov_wasserstein} with
 * {@code armijo=False} (Vayer, Chapel, Flamary, Tavenard &amp; Courty 2019, arXiv:1805.09114,
 * Algorithm 1; Titouan et al. 2019, "Optimal transport for structured data with application
 * on graphs", ICML). Minimizes {@code F(G) = (1 - α) <M, G> + α GW(G)} over couplings, starting
 * from {@code G = p qᵀ}; each iteration
 * <ol>
 *   <li>linearizes: {@code M_t = (1 - α) M + α ∇GW(G)} (with {@code ∇GW = 2 tens(G)} for
 *       symmetric costs; see {@link GromovObjective}),</li>
 *   <li>solves the linear program {@code G_c = argmin <M_t, G>} exactly with the
 *       {@link NetworkSimplex},</li>
 *   <li>minimizes the quadratic {@code s ↦ F(G + s (G_c - G))} exactly on {@code [0, 1]} (POT's
 *       {@code solve_1d_linesearch_quad}: the vertex of a convex parabola, clipped, else the
 *       better end point) and steps there,</li>
 * </ol>
 * until the relative or absolute change of {@code F} is below the tolerance. The tensor
 * products go through the dense-product seam (two products per iteration for the gradient, two
 * more for the line search). POT adds {@code min(M_t)} to the linearized cost before the linear
 * program, which changes nothing; ot4j leaves the cost as it is.
 *
 * <p>Meant for small problems: each iteration is a network-simplex solve of an {@code n × m}
 * problem and the plan is stored densely.
 *
 * <p><b>Why it may not converge, and what to change.</b> The problem is not convex: the method
 * stops at a stationary point that depends on the start; try {@link EntropicGromovWasserstein}
 * or another initial plan. Frank-Wolfe converges sublinearly; raise {@code maxIterations}. An
 * inner simplex that hits its pivot cap stops the outer loop with that reason.
 */
public final class GromovWasserstein {

    private final GromovWassersteinOptions options;

    /** A solver with {@link GromovWassersteinOptions#defaults()}. */
    public GromovWasserstein() {
        this(GromovWassersteinOptions.defaults());
    }

    /**
     * @param options the configuration
     * @throws IllegalArgumentException if {@code options} is null
     */
    public GromovWasserstein(GromovWassersteinOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /** @return the configuration */
    public GromovWassersteinOptions options() {
        return options;
    }

    /**
     * Solves from {@code p qᵀ}.
     *
     * @param problem the problem
     * @return the result
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public GromovWassersteinResult solve(QuadraticProblem problem) {
        return solve(problem, null, ProgressListener.NONE);
    }

    /**
     * Solves from a given coupling, reporting progress after every iteration.
     *
     * @param problem the problem
     * @param initialPlan the start ({@code n × m} row-major with the problem's marginals;
     *     copied), or null for {@code p qᵀ}
     * @param listener progress receiver, may cancel; null for none
     * @return the result
     * @throws IllegalArgumentException if {@code problem} is null or the initial plan has the
     *     wrong size or a negative or non-finite entry
     */
    public GromovWassersteinResult solve(QuadraticProblem problem, double[] initialPlan, ProgressListener listener) {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        ProgressListener progress = listener == null ? ProgressListener.NONE : listener;
        int n = problem.rows();
        int m = problem.cols();
        int size = n * m;
        double alpha = problem.alpha();
        double[] g;
        if (initialPlan == null) {
            g = EntropicGromovWasserstein.outer(problem.a(), problem.b());
        } else {
            if (initialPlan.length != size) {
                throw new IllegalArgumentException("initialPlan has " + initialPlan.length + " entries but the problem is "
                        + n + " x " + m);
            }
            g = DensePlan.of(n, m, initialPlan).toRowMajor();
        }
        double[] linear = EntropicGromovWasserstein.scaledFeatures(problem, 1 - alpha);
        GromovObjective objective = GromovObjective.of(problem, options.factorization());
        NetworkSimplex simplex = new NetworkSimplex(options.inner());
        double[] a = problem.a();
        double[] b = problem.b();
        double[] gradient = new double[size];
        double[] cost = new double[size];
        double[] direction = new double[size];
        double structure = objective.valueAndGradient(g, n, m, gradient);
        double value = GromovObjective.dot(linear, g) + alpha * structure;
        double[] trace = new double[options.maxIterations() + 1];
        int[] pivots = new int[options.maxIterations()];
        trace[0] = value;
        ErrorTrace errors = new ErrorTrace();
        StopReason reason = StopReason.MAX_ITERATIONS;
        double error = Double.NaN;
        int it = 0;
        int solves = 0;
        while (it < options.maxIterations()) {
            for (int k = 0; k < size; k++) {
                cost[k] = linear[k] + alpha * gradient[k];
            }
            ExactResult lp = simplex.solve(LinearProblem.of(Geometry.dense(n, m, cost), a, b));
            pivots[solves++] = lp.convergence().iterations();
            if (!lp.isConverged()) {
                reason = lp.convergence().reason();
                break;
            }
            double[] vertex = lp.plan().toRowMajor();
            for (int k = 0; k < size; k++) {
                direction[k] = vertex[k] - g[k];
            }
            double[] ab = objective.quadraticAlong(g, direction);
            double quadratic = alpha * ab[0];
            double slope = GromovObjective.dot(linear, direction) + alpha * ab[1];
            double step = lineSearch(quadratic, slope, value);
            for (int k = 0; k < size; k++) {
                g[k] += step * direction[k];
            }
            double old = value;
            structure = objective.valueAndGradient(g, n, m, gradient);
            value = GromovObjective.dot(linear, g) + alpha * structure;
            it++;
            trace[it] = value;
            double absolute = Math.abs(value - old);
            double relative = absolute / Math.abs(value);
            error = Math.min(absolute, relative);
            errors.add(error);
            if (!Double.isFinite(value)) {
                reason = StopReason.DIVERGED;
                break;
            }
            if (options.tolerance() > 0 && error < options.tolerance()) {
                reason = StopReason.CONVERGED;
                break;
            }
            if (!progress.onProgress(new Progress("gromov-wasserstein", it, options.maxIterations(), error))) {
                reason = StopReason.CANCELLED;
                break;
            }
        }
        for (int k = 0; k < size; k++) {
            g[k] = Math.max(0, g[k]);
        }
        DensePlan plan = DensePlan.of(n, m, g);
        double featureCost = problem.isFused() ? plan.cost(problem.featureCost()) : 0;
        Convergence convergence = new Convergence(reason, it, error, options.tolerance(), errors.toArray());
        return new GromovWassersteinResult(problem, plan, value, structure, featureCost, convergence,
                Arrays.copyOf(trace, it + 1), Arrays.copyOf(pivots, solves));
    }

    /**
     * POT's {@code solve_1d_linesearch_quad}: the minimizer on {@code [0, 1]} of
     * {@code f(s) = a s² + b s + c}.
     */
    static double lineSearch(double a, double b, double c) {
        if (a > 0) {
            return Math.min(1, Math.max(0, -b / (2.0 * a)));
        }
        double f1 = a + c + b;
        return c > f1 ? 1 : 0;
    }
}
