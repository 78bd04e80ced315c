package io.github.ot4j.solver;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.problem.QuadraticProblem;
import io.github.ot4j.result.TransportPlan;

/**
 * Entropic (fused) Gromov-Wasserstein by successive linearization: starting from
 * {@code T = p qᵀ}, each outer iteration solves one entropic transport problem
 * <pre>
 *   T ← argmin_T &lt;(1 - α) M + α ∇GW(T_t), T&gt; + ε KL(T | p qᵀ),   ∇GW(T) = 2 tens(T)
 * </pre>
 * (Peyré, Cuturi &amp; Solomon 2016, "Gromov-Wasserstein averaging of kernel and distance
 * matrices", ICML, Algorithm 1; fused: Vayer et al. 2019, arXiv:1805.09114). It is
 * {@link MirrorDescent} with the {@link GromovObjective}, weight {@code α}, the linear cost
 * {@code (1 - α) M} and {@link MirrorStep#LINEARIZED} steps; the tensor product costs two dense
 * products per outer iteration and no {@code n² × m²} tensor is formed.
 *
 * <p>{@link EntropicGromovOptions#potCompatible(double)} reproduces POT 0.8.2's
 * {@code entropic_gromov_wasserstein} (cold inner solves capped at 1000 iterations, outer check
 * every 10th iteration); {@link EntropicGromovOptions#epsilon(double)} warm-starts each inner
 * solve from the previous potentials and converges each one, which reaches the same fixed point
 * with far fewer Sinkhorn iterations.
 *
 * <p><b>Why it may not converge, and what to change.</b> The problem is not convex: the iteration
 * can settle in a local minimum (which one depends on the start, {@code p qᵀ} by default) or
 * oscillate when {@code ε} is small relative to the scale of {@code tens(T)}; raise {@code ε}
 * (normalizing the cost matrices to a maximum of 1 makes {@code ε} comparable across problems),
 * or start from another plan. Inner solves that hit their cap make the outer fixed point
 * inexact: raise the inner iteration cap or use warm starts.
 */
public final class EntropicGromovWasserstein {

    private final EntropicGromovOptions options;

    /**
     * @param options the configuration
     * @throws IllegalArgumentException if {@code options} is null
     */
    public EntropicGromovWasserstein(EntropicGromovOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /** @return the configuration */
    public EntropicGromovOptions options() {
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
     * Solves from a given plan, reporting progress after every outer iteration.
     *
     * @param problem the problem
     * @param initialPlan the start ({@code n × m} row-major, non-negative, with the problem's
     *     marginals; copied), or null for {@code p qᵀ}
     * @param listener progress receiver, may cancel; null for none
     * @return the result
     * @throws IllegalArgumentException if {@code problem} is null or the initial plan has the
     *     wrong size or a negative or non-finite entry
     */
    public GromovWassersteinResult solve(QuadraticProblem problem, double[] initialPlan, ProgressListener listener) {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        int n = problem.rows();
        int m = problem.cols();
        double[] start = initialPlan == null ? outer(problem.a(), problem.b()) : initialPlan;
        double alpha = problem.alpha();
        LinearProblem linear = LinearProblem.of(scaledFeatureCost(problem, 1 - alpha), problem.a(), problem.b());
        MirrorDescentOptions descent = new MirrorDescentOptions(options.maxIterations(), options.tolerance(), alpha,
                options.inner(), options.innerStart(), MirrorStep.LINEARIZED, options.checkEvery(), ErrorNorm.L2,
                options.acceleration());
        GromovObjective objective = GromovObjective.of(problem, options.factorization());
        MirrorDescentResult r = new MirrorDescent(descent).minimize(linear, objective, start, listener);
        TransportPlan plan = r.plan();
        double featureCost = problem.isFused() ? plan.cost(problem.featureCost()) : 0;
        double structure = r.objectiveValue();
        double value = problem.isFused() ? (1 - alpha) * featureCost + alpha * structure : structure;
        return new GromovWassersteinResult(problem, plan, value, structure, featureCost, r.convergence(),
                r.objectiveTrace(), r.innerIterations());
    }

    /** {@code p qᵀ}, POT's start. */
    static double[] outer(double[] p, double[] q) {
        double[] t = new double[p.length * q.length];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < q.length; j++) {
                t[i * q.length + j] = p[i] * q[j];
            }
        }
        return t;
    }

    /** {@code factor · M} stored densely, or zeros without a feature cost. */
    static Geometry scaledFeatureCost(QuadraticProblem problem, double factor) {
        return Geometry.dense(problem.rows(), problem.cols(), scaledFeatures(problem, factor));
    }

    /** {@code factor · M} as a row-major array, or zeros without a feature cost. */
    static double[] scaledFeatures(QuadraticProblem problem, double factor) {
        int n = problem.rows();
        int m = problem.cols();
        double[] c = new double[n * m];
        if (problem.isFused()) {
            double[] row = new double[m];
            for (int i = 0; i < n; i++) {
                problem.featureCost().costRow(i, row);
                for (int j = 0; j < m; j++) {
                    c[i * m + j] = factor * row[j];
                }
            }
        }
        return c;
    }
}
