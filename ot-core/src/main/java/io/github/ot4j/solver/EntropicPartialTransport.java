package io.github.ot4j.solver;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.problem.PartialProblem;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.DensePlan;
import io.github.ot4j.result.StopReason;

/**
 * Entropic partial transport by iterative Bregman projections with Dykstra's correction
 * (Benamou, Carlier, Cuturi, Nenna &amp; Peyré 2015, arXiv:1412.5154, Section 5.2): starting from
 * {@code K = exp(-C/ε)} scaled to the target mass, each iteration KL-projects in turn onto the
 * three convex sets {@code {P 1 <= a}}, {@code {Pᵀ 1 <= b}} and {@code {1ᵀ P 1 = mass}}, with
 * one Dykstra factor per set ({@code q1, q2, q3}), which makes the cyclic projections converge
 * to the KL projection of K onto their intersection, i.e. the minimizer of
 * {@code <P, C> + ε Σ P (log P - 1)} over partial plans. This is POT 0.8.2's
 * {@code entropic_partial_wasserstein} operation for operation; its default
 * {@code stopThr = 1e-100} makes it always run {@code numItermax} iterations
 * ({@link EntropicPartialOptions#potCompatible(double)}).
 *
 * <p>The plan is stored densely with four {@code n × m} work arrays.
 *
 * <p><b>Why it may not converge, and what to change.</b> Dykstra's iteration converges
 * linearly, slowly for small {@code ε}; raise {@code maxIterations} or {@code ε}. A small
 * {@code ε} also underflows {@code exp(-C/ε)}: a NaN or infinity stops the iteration with
 * {@link StopReason#DIVERGED} and the last finite plan (POT returns the NaN plan).
 */
public final class EntropicPartialTransport {

    private final EntropicPartialOptions options;

    /**
     * @param options the configuration
     * @throws IllegalArgumentException if {@code options} is null
     */
    public EntropicPartialTransport(EntropicPartialOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /** @return the configuration */
    public EntropicPartialOptions options() {
        return options;
    }

    /**
     * @param problem the problem
     * @return the result
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public PartialTransportResult solve(PartialProblem problem) {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        Geometry geometry = problem.cost();
        int n = geometry.rows();
        int m = geometry.cols();
        int size = Math.multiplyExact(n, m);
        double[] a = problem.a();
        double[] b = problem.b();
        double mass = problem.mass();
        double eps = options.epsilon();
        double[] c = new double[size];
        double[] row = new double[m];
        double[] k = new double[size];
        double total = 0;
        for (int i = 0; i < n; i++) {
            geometry.costRow(i, row);
            for (int j = 0; j < m; j++) {
                c[i * m + j] = row[j];
                double v = Math.exp(row[j] / -eps);
                k[i * m + j] = v;
                total += v;
            }
        }
        double scale = mass / total;
        for (int x = 0; x < size; x++) {
            k[x] *= scale;
        }
        double[] q1 = filled(size);
        double[] q2 = filled(size);
        double[] q3 = filled(size);
        double[] prev = new double[size];
        double[] k1 = new double[size];
        double[] k2 = new double[size];
        double[] rowSum = new double[n];
        double[] colSum = new double[m];
        ErrorTrace trace = new ErrorTrace();
        StopReason reason = StopReason.MAX_ITERATIONS;
        double error = Double.NaN;
        int it = 0;
        while (it < options.maxIterations()) {
            System.arraycopy(k, 0, prev, 0, size);
            // projection onto {P 1 <= a}
            java.util.Arrays.fill(rowSum, 0);
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < m; j++) {
                    int x = i * m + j;
                    k[x] = k[x] * q1[x];
                    s += k[x];
                }
                rowSum[i] = Math.min(a[i] / s, 1);
            }
            for (int i = 0; i < n; i++) {
                double f = rowSum[i];
                for (int j = 0; j < m; j++) {
                    int x = i * m + j;
                    k1[x] = f * k[x];
                    q1[x] = q1[x] * prev[x] / k1[x];
                }
            }
            // projection onto {Pᵀ 1 <= b}
            java.util.Arrays.fill(colSum, 0);
            for (int x = 0; x < size; x++) {
                k2[x] = k1[x];
                k1[x] = k1[x] * q2[x];
                colSum[x % m] += k1[x];
            }
            for (int j = 0; j < m; j++) {
                colSum[j] = Math.min(b[j] / colSum[j], 1);
            }
            double sum2 = 0;
            for (int x = 0; x < size; x++) {
                double v = k1[x] * colSum[x % m];
                q2[x] = q2[x] * k2[x] / v;
                k2[x] = v;
            }
            // projection onto {1ᵀ P 1 = mass}; k1 keeps K2 before the Dykstra factor
            for (int x = 0; x < size; x++) {
                k1[x] = k2[x];
                k2[x] = k2[x] * q3[x];
                sum2 += k2[x];
            }
            double f = mass / sum2;
            boolean finite = true;
            for (int x = 0; x < size; x++) {
                k[x] = k2[x] * f;
                q3[x] = q3[x] * k1[x] / k[x];
                finite &= Double.isFinite(k[x]);
            }
            if (!finite) {
                System.arraycopy(prev, 0, k, 0, size);
                reason = StopReason.DIVERGED;
                break;
            }
            boolean check = it % options.checkEvery() == 0;
            it++;
            if (check) {
                double s = 0;
                for (int x = 0; x < size; x++) {
                    double d = prev[x] - k[x];
                    s += d * d;
                }
                error = Math.sqrt(s);
                trace.add(error);
                if (options.tolerance() > 0 && error <= options.tolerance()) {
                    reason = StopReason.CONVERGED;
                    break;
                }
            }
        }
        double cost = 0;
        for (int x = 0; x < size; x++) {
            cost += c[x] * k[x];
        }
        Convergence convergence = new Convergence(reason, it, error, options.tolerance(), trace.toArray());
        return new PartialTransportResult(problem, DensePlan.of(n, m, k), cost, convergence);
    }

    private static double[] filled(int size) {
        double[] x = new double[size];
        java.util.Arrays.fill(x, 1);
        return x;
    }
}
