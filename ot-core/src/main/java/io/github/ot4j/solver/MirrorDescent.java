package io.github.ot4j.solver;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.DensePlan;
import io.github.ot4j.result.DualPotentials;
import io.github.ot4j.result.StopReason;

/**
 * Minimizes {@code <C, P> + λ F(P)} over transport plans by successive KL projections: each outer
 * iteration computes {@code ∇F(P_t)} and solves one entropic transport problem (a {@link Sinkhorn}
 * solve) on the cost {@code C + λ ∇F(P_t)} (see {@link MirrorStep} for the two update rules).
 * InfoOT, fused InfoOT and entropic Gromov-Wasserstein are {@link SmoothObjective}s on it;
 * nothing about them is special-cased here.
 *
 * <p><b>Why it may not converge, and what to change.</b> For a nonconvex {@code F} (InfoOT, GW)
 * the iteration may oscillate or settle in a local minimum; reduce {@code λ} relative to the
 * inner {@code ε}, or raise {@code ε}. Each step is a full Sinkhorn solve: if the inner solves do
 * not converge (see {@link MirrorDescentResult#innerConverged()}), raise the inner iteration cap
 * or use warm starts. A diverged inner solve (NaN or infinity) stops the outer loop with
 * {@code DIVERGED} and the last finite plan.
 */
public final class MirrorDescent {

    private final MirrorDescentOptions options;

    /**
     * @param options the configuration
     */
    public MirrorDescent(MirrorDescentOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /** @return the configuration */
    public MirrorDescentOptions options() {
        return options;
    }

    /**
     * Minimizes from the independent coupling {@code a bᵀ / |b|}.
     *
     * @param problem marginals and the linear cost C (use a zero cost for a pure {@code F})
     * @param objective F
     * @return the result
     */
    public MirrorDescentResult minimize(LinearProblem problem, SmoothObjective objective) {
        return minimize(problem, objective, null, ProgressListener.NONE);
    }

    /**
     * Minimizes from a given plan, reporting progress after every outer iteration.
     *
     * @param problem marginals and the linear cost C
     * @param objective F
     * @param initialPlan the starting plan ({@code n × m}, row-major, copied), or null for
     *     {@code a bᵀ / |b|}
     * @param listener progress receiver; may cancel; null for none
     * @return the result
     * @throws IllegalArgumentException on null arguments or a wrongly sized initial plan
     */
    public MirrorDescentResult minimize(LinearProblem problem, SmoothObjective objective, double[] initialPlan,
                                        ProgressListener listener) {
        if (problem == null || objective == null) {
            throw new IllegalArgumentException("problem and objective must not be null");
        }
        Geometry c = problem.geometry();
        int n = c.rows();
        int m = c.cols();
        int size = Math.multiplyExact(n, m);
        ProgressListener progress = listener == null ? ProgressListener.NONE : listener;
        double[] a = problem.a();
        double[] b = problem.b();
        double[] plan;
        if (initialPlan == null) {
            plan = new double[size];
            double massB = problem.massB();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    plan[i * m + j] = a[i] * b[j] / massB;
                }
            }
        } else {
            if (initialPlan.length != size) {
                throw new IllegalArgumentException("initialPlan has " + initialPlan.length + " entries but the problem is "
                        + n + " x " + m);
            }
            plan = DensePlan.of(n, m, initialPlan).toRowMajor();
        }
        double[] linear = new double[size];
        double[] row = new double[m];
        for (int i = 0; i < n; i++) {
            c.costRow(i, row);
            System.arraycopy(row, 0, linear, i * m, m);
        }
        double lambda = options.weight();
        Sinkhorn inner = new Sinkhorn(options.inner());
        double[] gradient = new double[size];
        double[] cost = new double[size];
        double[] objectiveTrace = new double[options.maxIterations() + 1];
        int[] innerIterations = new int[options.maxIterations()];
        ErrorTrace errors = new ErrorTrace();
        DualPotentials potentials = null;
        StopReason reason = StopReason.MAX_ITERATIONS;
        double error = Double.NaN;
        int innerConverged = 0;
        int t = 0;
        double value = objective.valueAndGradient(plan, n, m, gradient);
        objectiveTrace[0] = dot(linear, plan) + lambda * value;
        while (t < options.maxIterations()) {
            double eps = 0;
            for (int k = 0; k < size; k++) {
                cost[k] = linear[k] + lambda * gradient[k];
            }
            if (options.step() == MirrorStep.PROXIMAL) {
                eps = options.inner().epsilon();
                for (int k = 0; k < size; k++) {
                    cost[k] -= eps * Math.log(Math.max(plan[k], Double.MIN_NORMAL));
                }
            }
            if (!allFinite(cost)) {
                reason = StopReason.DIVERGED;
                break;
            }
            Geometry g = Geometry.dense(n, m, cost);
            SinkhornResult r = inner.solve(problem.withGeometry(g),
                    options.innerStart() == InnerStart.WARM ? potentials : null);
            innerIterations[t] = r.convergence().iterations();
            if (r.convergence().reason() == StopReason.DIVERGED) {
                reason = StopReason.DIVERGED;
                break;
            }
            if (r.isConverged()) {
                innerConverged++;
            }
            double[] next = r.plan().toRowMajor();
            double step = 0;
            for (int k = 0; k < size; k++) {
                step += Math.abs(next[k] - plan[k]);
            }
            double nextValue = objective.valueAndGradient(next, n, m, gradient);
            double total = dot(linear, next) + lambda * nextValue;
            if (!Double.isFinite(step) || !Double.isFinite(total)) {
                reason = StopReason.DIVERGED;
                break;
            }
            potentials = r.potentials();
            plan = next;
            value = nextValue;
            error = step;
            t++;
            objectiveTrace[t] = total;
            errors.add(error);
            if (options.tolerance() > 0 && error <= options.tolerance()) {
                reason = StopReason.CONVERGED;
                break;
            }
            if (!progress.onProgress(new Progress("mirror-descent", t, options.maxIterations(), error))) {
                reason = StopReason.CANCELLED;
                break;
            }
        }
        // A plan is only replaced by a finite one, so plan and value always belong together here.
        double linearCost = dot(linear, plan);
        double finalValue = value;
        Convergence convergence = new Convergence(reason, t, error, options.tolerance(), errors.toArray());
        return new MirrorDescentResult(problem, DensePlan.of(n, m, plan),
                potentials == null ? DualPotentials.zeros(n, m) : potentials, linearCost, finalValue,
                linearCost + lambda * finalValue, convergence,
                java.util.Arrays.copyOf(objectiveTrace, t + 1), java.util.Arrays.copyOf(innerIterations, t),
                innerConverged);
    }

    private static boolean allFinite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += x[k] * y[k];
        }
        return s;
    }
}
