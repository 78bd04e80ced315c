package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostStatistics;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.linalg.DenseProducts;
import io.github.ot4j.problem.BarycenterProblem;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.StopReason;

/**
 * Fixed-support entropic Wasserstein barycenters by iterative Bregman projections (Benamou,
 * Carlier, Cuturi, Nenna &amp; Peyré 2015, "Iterative Bregman projections for regularized
 * transportation problems", SIAM J. Sci. Comput. 37(2), arXiv:1412.5154), or their debiased
 * variant (Janati, Cuturi &amp; Gramfort 2020, arXiv:2006.02575); see {@link BarycenterMethod}.
 *
 * <p>With {@code K = exp(-M/ε)} (rows: the inputs' support, columns: the barycenter's) and one
 * scaling {@code u_k} per input, each Bregman iteration sets
 * <pre>
 *   v_k = u_k ⊙ Kᵀ (a_k / (K u_k)),   b = Π_k v_k^{w_k},   u_k ← u_k ⊙ b / v_k
 * </pre>
 * starting from {@code u_k = geomMean(v) / v} with {@code v_k = Kᵀ (a_k / K 1)}; the result is
 * {@code b}. This is POT 0.8.2's {@code barycenter_sinkhorn} step for step (its stopping test
 * {@code Σ_i std_k (v_k)_i < stopThr} at {@code ii % 10 == 1}, see
 * {@link BarycenterOptions#potCompatible(double)}), except that POT 0.8.2 multiplies by
 * {@code K} where {@code Kᵀ} is meant, which differs only for an asymmetric cost. The log
 * domain runs the same iteration on logarithms (POT's {@code sinkhorn_log} barycenter).
 * Products with {@code K} go through ot4j's dense-product seam: one iteration costs
 * {@code O(n² K)}.
 *
 * <p><b>Why it may not converge, and what to change.</b> Like Sinkhorn, the number of
 * iterations grows like {@code (max M) / ε}; raise {@code maxIterations} or {@code ε}. In the
 * kernel domain a small {@code ε} underflows {@code K} and the inputs' mass cannot reach some
 * points: the iteration then stops with {@link StopReason#DIVERGED} and the last finite
 * barycenter; use {@link Domain#LOG} (or {@link Domain#AUTO}). A stopping tolerance as loose as
 * POT's default {@code 1e-4} returns a visibly unconverged barycenter.
 */
public final class WassersteinBarycenter {

    /** The guard POT adds to the inputs before taking logarithms in the log domain. */
    static final double LOG_GUARD = 1e-15;

    private final BarycenterOptions options;

    /**
     * @param options the configuration
     * @throws IllegalArgumentException if {@code options} is null
     */
    public WassersteinBarycenter(BarycenterOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /** @return the configuration */
    public BarycenterOptions options() {
        return options;
    }

    /**
     * Computes the barycenter.
     *
     * @param problem the histograms, cost and weights
     * @return the result
     * @throws IllegalArgumentException if {@code problem} is null, or the method is
     *     {@link BarycenterMethod#DEBIASED} and the cost is not symmetric
     */
    public BarycenterResult solve(BarycenterProblem problem) {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        Geometry geometry = problem.cost();
        int n = geometry.rows();
        double[] m = new double[n * n];
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            geometry.costRow(i, row);
            System.arraycopy(row, 0, m, i * n, n);
        }
        if (options.method() == BarycenterMethod.DEBIASED) {
            requireSymmetric(m, n);
        }
        CostStatistics stats = geometry.statistics();
        Domain domain = options.domain();
        if (domain == Domain.AUTO) {
            domain = stats.range() / options.epsilon() <= Sinkhorn.AUTO_KERNEL_MAX_RANGE ? Domain.KERNEL : Domain.LOG;
        }
        int count = problem.count();
        double[] a = new double[n * count];
        for (int k = 0; k < count; k++) {
            double[] h = problem.histogram(k);
            for (int i = 0; i < n; i++) {
                a[i * count + k] = h[i];
            }
        }
        State s = new State(n, count, m, a, problem.weights(), options.epsilon(), domain);
        if (options.method() == BarycenterMethod.DEBIASED) {
            s.debiased(options);
        } else if (domain == Domain.KERNEL) {
            s.bregmanKernel(options);
        } else {
            s.bregmanLog(options);
        }
        return new BarycenterResult(problem, s.barycenter, domain, s.convergence(options));
    }

    private static void requireSymmetric(double[] m, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (m[i * n + j] != m[j * n + i]) {
                    throw new IllegalArgumentException("the debiased barycenter needs a symmetric cost, but cost[" + i
                            + "][" + j + "] = " + m[i * n + j] + " and cost[" + j + "][" + i + "] = " + m[j * n + i]);
                }
            }
        }
    }

    /** Iteration state; arrays are {@code n × count} row-major (column k belongs to input k). */
    private static final class State {
        private final int n;
        private final int count;
        private final double[] m;
        private final double[] a;
        private final double[] w;
        private final double eps;
        private final double[] kernel;
        private double[] barycenter;
        private StopReason reason = StopReason.MAX_ITERATIONS;
        private int iterations;
        private double error = Double.NaN;
        private final ErrorTrace trace = new ErrorTrace();

        State(int n, int count, double[] m, double[] a, double[] w, double eps, Domain domain) {
            this.n = n;
            this.count = count;
            this.m = m;
            this.a = a;
            this.w = w;
            this.eps = eps;
            if (domain == Domain.KERNEL) {
                kernel = new double[n * n];
                for (int k = 0; k < kernel.length; k++) {
                    kernel[k] = Math.exp(m[k] / -eps);
                }
            } else {
                kernel = null;
            }
        }

        private static boolean checks(int ii, int every) {
            return ii % every == 1 % every;
        }

        /** Records a measured error; returns true to stop. */
        private boolean measured(double err, double tolerance) {
            error = err;
            trace.add(err);
            if (!Double.isFinite(err)) {
                reason = StopReason.DIVERGED;
                return true;
            }
            if (tolerance > 0 && err < tolerance) {
                reason = StopReason.CONVERGED;
                return true;
            }
            return false;
        }

        Convergence convergence(BarycenterOptions options) {
            return new Convergence(reason, iterations, error, options.tolerance(), trace.toArray());
        }

        /** {@code out = K x} ({@code n × count}). */
        private void kernelTimes(double[] x, double[] out) {
            DenseProducts.multiply(kernel, x, out, n, n, count);
        }

        /** {@code out = Kᵀ x}. */
        private void kernelTransposeTimes(double[] x, double[] out) {
            DenseProducts.multiplyTransposeA(kernel, x, out, n, n, count);
        }

        /** {@code exp(Σ_k w_k log v_jk)} per row j. */
        private double[] geometricBar(double[] v) {
            double[] out = new double[n];
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < count; k++) {
                    s += Math.log(v[j * count + k]) * w[k];
                }
                out[j] = Math.exp(s);
            }
            return out;
        }

        /** {@code Σ_j std_k v_jk} (population standard deviation). */
        private double spread(double[] v) {
            double total = 0;
            for (int j = 0; j < n; j++) {
                double mean = 0;
                for (int k = 0; k < count; k++) {
                    mean += v[j * count + k];
                }
                mean /= count;
                double var = 0;
                for (int k = 0; k < count; k++) {
                    double d = v[j * count + k] - mean;
                    var += d * d;
                }
                total += Math.sqrt(var / count);
            }
            return total;
        }

        void bregmanKernel(BarycenterOptions options) {
            double[] ones = new double[n * count];
            java.util.Arrays.fill(ones, 1);
            double[] ku = new double[n * count];
            double[] x = new double[n * count];
            double[] v = new double[n * count];
            kernelTimes(ones, ku);
            divide(a, ku, x);
            kernelTransposeTimes(x, v);
            double[] u = new double[n * count];
            boolean pot = options.init() == BarycenterInit.POT;
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < count; k++) {
                    s += pot ? Math.log(v[j * count + k]) : Math.log(v[j * count + k]) * w[k];
                }
                double g = Math.exp(pot ? s / count : s);
                for (int k = 0; k < count; k++) {
                    u[j * count + k] = g / v[j * count + k];
                }
            }
            double[] last = v.clone();
            double[] next = new double[n * count];
            for (int ii = 0; ii < options.maxIterations(); ii++) {
                kernelTimes(u, ku);
                divide(a, ku, x);
                kernelTransposeTimes(x, next);
                for (int k = 0; k < next.length; k++) {
                    next[k] *= u[k];
                }
                if (!allFinite(next)) {
                    reason = StopReason.DIVERGED;
                    break;
                }
                double[] bar = geometricBar(next);
                for (int j = 0; j < n; j++) {
                    for (int k = 0; k < count; k++) {
                        int at = j * count + k;
                        u[at] = u[at] * bar[j] / next[at];
                    }
                }
                System.arraycopy(next, 0, last, 0, next.length);
                iterations = ii + 1;
                if (checks(ii, options.checkEvery()) && measured(spread(next), options.tolerance())) {
                    break;
                }
            }
            barycenter = geometricBar(last);
        }

        void bregmanLog(BarycenterOptions options) {
            double[] logA = new double[n * count];
            for (int k = 0; k < logA.length; k++) {
                logA[k] = Math.log(a[k] + LOG_GUARD);
            }
            double[] logKu = new double[n * count];
            double[] g = new double[n * count];
            double[] f = new double[n];
            double[] logBar = new double[n];
            double[] buf = new double[n];
            double[] lastBar = null;
            for (int ii = 0; ii < options.maxIterations(); ii++) {
                java.util.Arrays.fill(logBar, 0);
                for (int k = 0; k < count; k++) {
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            buf[j] = -m[i * n + j] / eps + g[j * count + k];
                        }
                        f[i] = logA[i * count + k] - logSumExp(buf);
                    }
                    for (int j = 0; j < n; j++) {
                        for (int i = 0; i < n; i++) {
                            buf[i] = -m[i * n + j] / eps + f[i];
                        }
                        double v = logSumExp(buf);
                        logKu[j * count + k] = v;
                        logBar[j] += w[k] * v;
                    }
                }
                if (!allFinite(logBar)) {
                    reason = StopReason.DIVERGED;
                    break;
                }
                lastBar = logBar.clone();
                iterations = ii + 1;
                if (checks(ii, options.checkEvery())) {
                    double[] v = new double[n * count];
                    for (int k = 0; k < v.length; k++) {
                        v[k] = Math.exp(g[k] + logKu[k]);
                    }
                    if (measured(spread(v), options.tolerance())) {
                        break;
                    }
                }
                for (int j = 0; j < n; j++) {
                    for (int k = 0; k < count; k++) {
                        g[j * count + k] = logBar[j] - logKu[j * count + k];
                    }
                }
            }
            barycenter = new double[n];
            if (lastBar != null) {
                for (int j = 0; j < n; j++) {
                    barycenter[j] = Math.exp(lastBar[j]);
                }
            }
        }

        /**
         * Debiased Sinkhorn barycenter (Janati et al. 2020, Algorithm 1): input-side scalings
         * {@code α_k = a_k / (K β_k)}, barycenter {@code b = d ⊙ Π_k (Kᵀ α_k)^{w_k}},
         * barycenter-side scalings {@code β_k = b / Kᵀ α_k}, and the debiasing scaling
         * {@code d ← sqrt(d ⊙ b / K d)} (the symmetric Sinkhorn fixed point of {@code OT_ε(b, b)}),
         * all in logarithms in the log domain.
         */
        void debiased(BarycenterOptions options) {
            boolean log = kernel == null;
            double[] beta = new double[n * count];
            double[] d = new double[n];
            if (!log) {
                java.util.Arrays.fill(beta, 1);
                java.util.Arrays.fill(d, 1);
            }
            double[] alpha = new double[n * count];
            double[] kb = new double[n * count];
            double[] kta = new double[n * count];
            double[] bar = new double[n];
            double[] previous = null;
            double[] buf = new double[n];
            double[] logA = null;
            if (log) {
                logA = new double[n * count];
                for (int k = 0; k < logA.length; k++) {
                    logA[k] = Math.log(a[k] + LOG_GUARD);
                }
            }
            for (int ii = 0; ii < options.maxIterations(); ii++) {
                if (log) {
                    // alpha, kta and bar hold logarithms here
                    for (int k = 0; k < count; k++) {
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j < n; j++) {
                                buf[j] = -m[i * n + j] / eps + beta[j * count + k];
                            }
                            alpha[i * count + k] = logA[i * count + k] - logSumExp(buf);
                        }
                        for (int j = 0; j < n; j++) {
                            for (int i = 0; i < n; i++) {
                                buf[i] = -m[i * n + j] / eps + alpha[i * count + k];
                            }
                            kta[j * count + k] = logSumExp(buf);
                        }
                    }
                    for (int j = 0; j < n; j++) {
                        double s = d[j];
                        for (int k = 0; k < count; k++) {
                            s += w[k] * kta[j * count + k];
                        }
                        bar[j] = s;
                        for (int k = 0; k < count; k++) {
                            beta[j * count + k] = s - kta[j * count + k];
                        }
                    }
                    double[] nd = new double[n];
                    for (int j = 0; j < n; j++) {
                        for (int l = 0; l < n; l++) {
                            buf[l] = -m[j * n + l] / eps + d[l];
                        }
                        nd[j] = 0.5 * (d[j] + bar[j] - logSumExp(buf));
                    }
                    d = nd;
                } else {
                    kernelTimes(beta, kb);
                    divide(a, kb, alpha);
                    kernelTransposeTimes(alpha, kta);
                    for (int j = 0; j < n; j++) {
                        double s = 0;
                        for (int k = 0; k < count; k++) {
                            s += w[k] * Math.log(kta[j * count + k]);
                        }
                        bar[j] = d[j] * Math.exp(s);
                        for (int k = 0; k < count; k++) {
                            beta[j * count + k] = bar[j] / kta[j * count + k];
                        }
                    }
                    double[] kd = new double[n];
                    DenseProducts.multiply(kernel, d, kd, n, n, 1);
                    for (int j = 0; j < n; j++) {
                        d[j] = Math.sqrt(d[j] * bar[j] / kd[j]);
                    }
                }
                double[] current = bar.clone();
                if (log) {
                    for (int j = 0; j < n; j++) {
                        current[j] = Math.exp(current[j]);
                    }
                }
                if (!allFinite(current) || !allFinite(d)) {
                    reason = StopReason.DIVERGED;
                    break;
                }
                iterations = ii + 1;
                double[] before = previous;
                previous = current;
                if (before != null && checks(ii, options.checkEvery())) {
                    double change = 0;
                    for (int j = 0; j < n; j++) {
                        change += Math.abs(current[j] - before[j]);
                    }
                    if (measured(change, options.tolerance())) {
                        break;
                    }
                }
            }
            barycenter = previous == null ? new double[n] : previous;
        }

        private static void divide(double[] x, double[] y, double[] out) {
            for (int k = 0; k < x.length; k++) {
                out[k] = x[k] / y[k];
            }
        }
    }

    static double logSumExp(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            max = Math.max(max, v);
        }
        if (!Double.isFinite(max)) {
            return max;
        }
        double s = 0;
        for (double v : x) {
            s += Math.exp(v - max);
        }
        return max + Math.log(s);
    }

    private static boolean allFinite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
