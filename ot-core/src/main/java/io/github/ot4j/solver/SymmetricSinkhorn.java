package io.github.ot4j.solver;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.Parallel;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.DensePlan;
import io.github.ot4j.result.DualPotentials;
import io.github.ot4j.result.EntropicPlan;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.result.TransportPlan;

/**
 * Entropic OT of a measure with itself, {@code OT_ε(a, a)} for a symmetric cost, by the averaged
 * symmetric iteration of {@link SelfTermSolver#SYMMETRIC}. In ot4j's potential convention
 * ({@code P_ij = exp((F_i + F_j - C_ij) / ε)}), {@code F = f + ε log a}. The marginal error
 * {@code Σ_i |(P 1)_i - a_i|} (or its L2 version) is measured at every iteration from the same
 * log-sum-exp, so it costs nothing extra.
 */
final class SymmetricSinkhorn {

    private SymmetricSinkhorn() {
    }

    static SinkhornResult solve(Geometry cost, double[] a, SinkhornOptions options) {
        LinearProblem problem = LinearProblem.of(cost, a, a);
        int n = cost.rows();
        double eps = epsilon(cost, options);
        double[] logA = new double[n];
        for (int i = 0; i < n; i++) {
            logA[i] = Math.log(a[i]);
        }
        int chunks = Parallel.chunks(options.parallelism(), (long) n * n, n);
        double[] f = new double[n];
        double[] t = new double[n];
        transform(cost, f, logA, eps, t, chunks);
        System.arraycopy(t, 0, f, 0, n);
        ErrorTrace trace = new ErrorTrace();
        double[] mass = new double[n];
        StopReason reason = StopReason.MAX_ITERATIONS;
        double error = Double.NaN;
        int it = 0;
        while (it < options.maxIterations()) {
            transform(cost, f, logA, eps, t, chunks);
            // row masses of the plan at the current f: a_i exp((f_i - T(f)_i) / eps)
            for (int i = 0; i < n; i++) {
                mass[i] = a[i] * Math.exp((f[i] - t[i]) / eps);
            }
            boolean finite = true;
            for (int i = 0; i < n; i++) {
                double next = 0.5 * (f[i] + t[i]);
                finite &= Double.isFinite(next);
                f[i] = next;
            }
            it++;
            error = ErrorTrace.norm(mass, a, options.errorNorm());
            if (!finite || !Double.isFinite(error)) {
                reason = StopReason.DIVERGED;
                break;
            }
            trace.add(error);
            if (options.tolerance() > 0 && error <= options.tolerance()) {
                reason = StopReason.CONVERGED;
                break;
            }
        }
        // the plan of the final f: one more transform gives the exact row masses it has
        double[] potential = new double[n];
        for (int i = 0; i < n; i++) {
            potential[i] = f[i] + eps * logA[i];
        }
        DualPotentials potentials = new DualPotentials(potential, potential.clone());
        TransportPlan plan;
        double[] dense = null;
        if (!cost.isMatrixFree()) {
            dense = new double[Math.multiplyExact(n, n)];
            PlanMath.fromPotentials(cost, potential, potential, eps, dense, options.parallelism());
            plan = DensePlan.of(n, n, dense);
        } else {
            plan = EntropicPlan.of(cost, potentials, eps);
        }
        double[] rows = new double[n];
        double[] cols = new double[n];
        double[] terms = PlanMath.costAndEntropy(cost, plan, dense, a, a, potential, potential, eps, rows, cols,
                options.parallelism());
        Convergence convergence = new Convergence(reason, it, error, options.tolerance(), trace.toArray());
        return new SinkhornResult(problem, eps, Domain.LOG, potentials, plan, terms[0], terms[0] + eps * terms[1],
                convergence);
    }

    private static double epsilon(Geometry cost, SinkhornOptions options) {
        double e;
        switch (options.scale()) {
            case MAX_COST:
                e = options.epsilon() * cost.statistics().max();
                break;
            case MEAN_COST:
                e = options.epsilon() * cost.statistics().mean();
                break;
            default:
                e = options.epsilon();
        }
        if (!(e > 0) || !Double.isFinite(e)) {
            throw new IllegalArgumentException("epsilon " + options.epsilon() + " relative to the " + options.scale()
                    + " of the cost gives " + e + "; it must be > 0");
        }
        return e;
    }

    /** {@code out_i = -eps log Σ_j exp(log a_j + (f_j - C_ij) / eps)}. */
    private static void transform(Geometry cost, double[] f, double[] logA, double eps, double[] out, int chunks) {
        int n = f.length;
        Parallel.run(chunks, c -> {
            double[] row = new double[n];
            int from = Parallel.start(c, chunks, n);
            int to = Parallel.start(c + 1, chunks, n);
            for (int i = from; i < to; i++) {
                cost.costRow(i, row);
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    row[j] = logA[j] + (f[j] - row[j]) / eps;
                    max = Math.max(max, row[j]);
                }
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += Math.exp(row[j] - max);
                }
                out[i] = -eps * (max + Math.log(s));
            }
        });
    }
}
