package io.github.ot4j.solver;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.Kernels;
import io.github.ot4j.internal.Parallel;
import io.github.ot4j.result.StopReason;

import java.util.Arrays;

/**
 * Log-domain Sinkhorn on potentials {@code (f, g)}, POT's {@code sinkhorn_log} order (column
 * update first), generalized to KL-relaxed marginals.
 *
 * <p>Why it is written by hand: every half-iteration is a log-sum-exp over all matrix entries,
 * which no linear-algebra library offers fused with cost-row generation. The row half-step
 * computes each row's maximum and sum of exponentials while the row is in L1 cache. The column
 * half-step streams rows once, accumulating {@code Σ_i exp((f_i + g_j - C_ij) / eps)}: using the
 * current {@code g_j} as the shift makes every term a plan entry, bounded by the column mass, so
 * nothing overflows; when a column's sum leaves the safe range (early iterations, tiny epsilon)
 * the exact two-pass (max, then sum) computation is run instead. The accumulated sums are the
 * current column marginals, so the stopping test costs nothing extra. Columns are split across
 * threads by blocks, rows by blocks, so no reduction is needed.
 */
final class LogSinkhorn {

    private static final double SAFE_LOW = 1e-280;
    private static final double SAFE_HIGH = 1e280;

    private final Geometry geometry;
    private final double[] a;
    private final double[] b;
    private final double[] logA;
    private final double[] logB;
    private final double tauA;
    private final double tauB;
    private final boolean balanced;
    private final Kernels kernels;
    private final int rowChunks;
    private final int colChunks;
    private final int n;
    private final int m;
    private final double[][] buffers;
    private final double[] colLse;
    private final double[] acc;
    private final double[] colMax;
    private final double[] negMax;

    LogSinkhorn(Geometry geometry, double[] a, double[] b, double tauA, double tauB, Kernels kernels, int parallelism) {
        this.geometry = geometry;
        this.a = a;
        this.b = b;
        this.n = geometry.rows();
        this.m = geometry.cols();
        this.logA = logs(a);
        this.logB = logs(b);
        this.tauA = tauA;
        this.tauB = tauB;
        this.balanced = tauA == 1 && tauB == 1;
        this.kernels = kernels;
        long work = (long) n * m;
        this.rowChunks = Parallel.chunks(parallelism, work, n);
        this.colChunks = Parallel.chunks(parallelism, work, Math.max(1, m / 64));
        this.buffers = new double[Math.max(rowChunks, colChunks)][m];
        this.colLse = new double[m];
        this.acc = new double[m];
        this.colMax = new double[m];
        this.negMax = new double[m];
    }

    private static double[] logs(double[] w) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = Math.log(w[i]);
        }
        return out;
    }

    /**
     * Runs at most {@code maxIterations} iterations at regularization {@code eps}, updating
     * {@code f} and {@code g} in place.
     */
    EngineResult run(double[] f, double[] g, double eps, int maxIterations, double tolerance, int checkEvery,
                     ErrorNorm norm, ProgressListener listener, String stage) {
        double[] prevF = new double[n];
        double[] prevG = new double[m];
        double[] marginal = new double[m];
        ErrorTrace trace = new ErrorTrace();
        double error = Double.NaN;
        StopReason reason = StopReason.MAX_ITERATIONS;
        int t = 0;
        columnLse(f, g, eps);
        while (true) {
            if (balanced && t > 0 && ((t - 1) % checkEvery == 0 || t == maxIterations)) {
                error = columnError(g, eps, marginal, norm);
                trace.add(error);
                if (!Double.isFinite(error)) {
                    reason = StopReason.DIVERGED;
                    System.arraycopy(prevF, 0, f, 0, n);
                    System.arraycopy(prevG, 0, g, 0, m);
                    break;
                }
                if (tolerance > 0 && error <= tolerance) {
                    reason = StopReason.CONVERGED;
                    break;
                }
                if (!listener.onProgress(new Progress(stage, t, maxIterations, error))) {
                    reason = StopReason.CANCELLED;
                    break;
                }
            }
            if (t == maxIterations) {
                break;
            }
            System.arraycopy(f, 0, prevF, 0, n);
            System.arraycopy(g, 0, prevG, 0, m);
            updateG(g, eps);
            updateF(f, g, eps);
            t++;
            if (!finite(f) || !finite(g)) {
                System.arraycopy(prevF, 0, f, 0, n);
                System.arraycopy(prevG, 0, g, 0, m);
                reason = StopReason.DIVERGED;
                break;
            }
            if (!balanced && ((t - 1) % checkEvery == 0 || t == maxIterations)) {
                error = potentialChange(f, prevF, g, prevG, eps);
                trace.add(error);
                if (tolerance > 0 && error <= tolerance) {
                    reason = StopReason.CONVERGED;
                    break;
                }
                if (!listener.onProgress(new Progress(stage, t, maxIterations, error))) {
                    reason = StopReason.CANCELLED;
                    break;
                }
            }
            if (!balanced && t == maxIterations) {
                break;
            }
            columnLse(f, g, eps);
        }
        return new EngineResult(f, g, reason, t, error, trace.toArray());
    }

    private static boolean finite(double[] v) {
        for (double x : v) {
            if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
                return false;
            }
        }
        return true;
    }

    /** Max change of the log-scalings, {@code max(|Δf|, |Δg|) / eps}, ignoring zero-weight entries. */
    private static double potentialChange(double[] f, double[] pf, double[] g, double[] pg, double eps) {
        double max = 0;
        for (int i = 0; i < f.length; i++) {
            if (f[i] != Double.NEGATIVE_INFINITY) {
                max = Math.max(max, Math.abs(f[i] - pf[i]));
            }
        }
        for (int j = 0; j < g.length; j++) {
            if (g[j] != Double.NEGATIVE_INFINITY) {
                max = Math.max(max, Math.abs(g[j] - pg[j]));
            }
        }
        return max / eps;
    }

    private double columnError(double[] g, double eps, double[] marginal, ErrorNorm norm) {
        for (int j = 0; j < m; j++) {
            marginal[j] = b[j] == 0 ? 0 : Math.exp(g[j] / eps + colLse[j]);
        }
        return ErrorTrace.norm(marginal, b, norm);
    }

    private void updateG(double[] g, double eps) {
        for (int j = 0; j < m; j++) {
            g[j] = b[j] == 0 ? Double.NEGATIVE_INFINITY : tauB * (eps * logB[j] - eps * colLse[j]);
        }
    }

    /** Row half-step: {@code f_i = tauA (eps log a_i - eps LSE_j((g_j - C_ij) / eps))}. */
    void updateF(double[] f, double[] g, double eps) {
        double inv = 1 / eps;
        Parallel.run(rowChunks, c -> {
            double[] buf = buffers[c];
            int from = Parallel.start(c, rowChunks, n);
            int to = Parallel.start(c + 1, rowChunks, n);
            for (int i = from; i < to; i++) {
                if (a[i] == 0) {
                    f[i] = Double.NEGATIVE_INFINITY;
                    continue;
                }
                geometry.costRow(i, buf);
                double max = kernels.maxDifference(g, 0, buf, m);
                double s = kernels.sumExpDifference(g, 0, buf, max, inv, m);
                f[i] = tauA * (eps * logA[i] - max - eps * Math.log(s));
            }
        });
    }

    /**
     * Column half-step's reduction: {@code colLse_j = LSE_i((f_i - C_ij) / eps)} for every column,
     * with the current {@code g} as the shift guess.
     */
    private void columnLse(double[] f, double[] g, double eps) {
        double inv = 1 / eps;
        Arrays.fill(acc, 0);
        Parallel.run(colChunks, c -> {
            double[] buf = buffers[c];
            int from = Parallel.start(c, colChunks, m);
            int to = Parallel.start(c + 1, colChunks, m);
            int len = to - from;
            for (int i = 0; i < n; i++) {
                if (f[i] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                geometry.costRow(i, from, to, buf);
                kernels.accumulateExp(f[i], g, buf, inv, acc, from, len);
            }
        });
        boolean exactNeeded = false;
        for (int j = 0; j < m; j++) {
            double s = acc[j];
            if (b[j] == 0) {
                colLse[j] = Double.NEGATIVE_INFINITY;
                continue;
            }
            if (!(s >= SAFE_LOW && s <= SAFE_HIGH && g[j] != Double.NEGATIVE_INFINITY)) {
                exactNeeded = true;
                break;
            }
            colLse[j] = Math.log(s) - g[j] * inv;
        }
        if (exactNeeded) {
            exactColumnLse(f, eps);
        }
    }

    /** Two passes: column maxima of {@code f_i - C_ij}, then sums of shifted exponentials. */
    private void exactColumnLse(double[] f, double eps) {
        double inv = 1 / eps;
        Arrays.fill(colMax, Double.NEGATIVE_INFINITY);
        Arrays.fill(acc, 0);
        Parallel.run(colChunks, c -> {
            double[] buf = buffers[c];
            int from = Parallel.start(c, colChunks, m);
            int to = Parallel.start(c + 1, colChunks, m);
            int len = to - from;
            for (int i = 0; i < n; i++) {
                if (f[i] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                geometry.costRow(i, from, to, buf);
                kernels.maxAccumulate(f[i], buf, colMax, from, len);
            }
            for (int j = from; j < to; j++) {
                negMax[j] = -colMax[j];
            }
            for (int i = 0; i < n; i++) {
                if (f[i] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                geometry.costRow(i, from, to, buf);
                kernels.accumulateExp(f[i], negMax, buf, inv, acc, from, len);
            }
        });
        for (int j = 0; j < m; j++) {
            colLse[j] = b[j] == 0 ? Double.NEGATIVE_INFINITY : colMax[j] * inv + Math.log(acc[j]);
        }
    }
}
