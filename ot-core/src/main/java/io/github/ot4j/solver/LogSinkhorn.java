package io.github.ot4j.solver;

import io.github.ot4j.geometry.DenseGeometry;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.Kernels;
import io.github.ot4j.internal.Parallel;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.result.StopReason;

import java.util.Arrays;

/**
 * Log-domain Sinkhorn on potentials {@code (f, g)}, POT's {@code sinkhorn_log} order (column
 * update first), generalized to KL-relaxed marginals.
 *
 * <p>Why it is written by hand: every half-iteration is a log-sum-exp over all matrix entries,
 * which no linear-algebra library offers fused with cost-row generation. One iteration is one
 * pass over the cost rows with one exponential per entry (POT's {@code sinkhorn_log} computes
 * two): each row's shifted exponentials give its new potential {@code f_i}, and the same
 * exponentials, rescaled to plan entries {@code exp((f_i + g_j - C_ij) / eps)}, are added into
 * the column sums of the next column half-step (see {@link #updateFAndAccumulate}). Using the
 * current {@code g_j} as the column shift makes every term a plan entry, bounded by the row mass,
 * so nothing overflows; when a column's sum leaves the safe range (early iterations, tiny epsilon)
 * the exact two-pass (max, then sum) computation is run instead. The accumulated sums are the
 * current column marginals, so the stopping test costs nothing extra. Rows are split across
 * threads by blocks, each with its own column sums, reduced at the end of the pass. The first
 * column half-step of a run (and any whose fused sums cannot be trusted) streams column blocks
 * instead, one exponential per entry. The arithmetic differs from POT's only in rounding (a
 * shift by the previous potential instead of the row maximum, a sum of rescaled terms instead of
 * a second log-sum-exp); the capped 1000-iteration golden run still matches POT's plan to 1e-8.
 */
final class LogSinkhorn {

    private static final double SAFE_LOW = 1e-280;
    private static final double SAFE_HIGH = 1e280;
    /** A fused column sum must exceed the most it can have lost to underflow by this factor. */
    private static final double LOST_TERM_MARGIN = 1e15;

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
    private final double[][] partialAcc;
    private final double[] chunkScale;
    /** The cost array of a dense geometry, read in place; null for matrix-free geometries. */
    private final double[] denseCosts;
    /** The smallest column sum the last fused pass can be trusted with. */
    private double columnFloor = SAFE_LOW;
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
        this.partialAcc = rowChunks > 1 ? new double[rowChunks][m] : null;
        this.chunkScale = new double[rowChunks];
        this.denseCosts = geometry instanceof DenseGeometry d ? RawAccess.costs(d) : null;
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
            boolean fused = updateFAndAccumulate(f, g, eps);
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
            if (fused) {
                finishColumnLse(f, g, eps, columnFloor);
            } else {
                columnLse(f, g, eps);
            }
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

    /**
     * The row half-step {@code f_i = tauA (eps log a_i - eps LSE_j((g_j - C_ij) / eps))} fused
     * with the next column half-step's accumulation: one pass over C and one exponential per entry
     * instead of two.
     *
     * <p>Row {@code i}'s terms are {@code e_ij = exp((g_j - C_ij - s_i) / eps)} for a shift
     * {@code s_i}. The shift is {@code -f_i} (the previous potential), which makes {@code e_ij}
     * the entries of the current plan: no maximum pass is needed, and since {@code g} has just
     * been fitted to the columns, every term is bounded by its column's mass. If the row sum
     * leaves {@code [SAFE_LOW, SAFE_HIGH]} (a row far from its marginal, early on), the row is
     * redone with POT's shift, the row maximum. Either way {@code f_i} follows from the row sum,
     * and the same terms times {@code exp((f_i + s_i) / eps)} are the entries
     * {@code exp((f_i + g_j - C_ij) / eps)} of the updated plan, whose column sums
     * {@link #finishColumnLse} needs: the quantity {@link #columnLse} accumulates with an
     * exponential per entry, here for an axpy.
     *
     * <p>A term {@code e_ij} that underflows loses at most {@code scale * Double.MIN_NORMAL}
     * from its column sum. The largest scale is tracked, and column sums below
     * {@code 1e15 * n * maxScale * MIN_NORMAL} (or {@code SAFE_LOW}) are not trusted: the caller
     * then runs the exact column pass. For balanced problems the scale is the ratio of the row
     * mass to the current row marginal, so this only happens far from convergence.
     *
     * @return true if {@code acc} holds usable column sums for the new {@code f} (with
     *     {@link #columnFloor} set)
     */
    private boolean updateFAndAccumulate(double[] f, double[] g, double eps) {
        double inv = 1 / eps;
        Parallel.run(rowChunks, c -> {
            double[] buf = buffers[c];
            double[] part = rowChunks == 1 ? acc : partialAcc[c];
            Arrays.fill(part, 0);
            double scaleMax = 0;
            int from = Parallel.start(c, rowChunks, n);
            int to = Parallel.start(c + 1, rowChunks, n);
            for (int i = from; i < to; i++) {
                if (a[i] == 0) {
                    f[i] = Double.NEGATIVE_INFINITY;
                    continue;
                }
                double fOld = f[i];
                double shift = Double.NaN;
                double fi = Double.NaN;
                if (fOld > Double.NEGATIVE_INFINITY) {
                    double s;
                    if (denseCosts != null) {
                        s = kernels.expDifference(g, 0, denseCosts, i * m, -fOld, inv, buf, m);
                    } else {
                        geometry.costRow(i, buf);
                        s = kernels.expDifference(g, 0, buf, 0, -fOld, inv, buf, m);
                    }
                    if (s >= SAFE_LOW && s <= SAFE_HIGH) {
                        shift = -fOld;
                        fi = tauA * (eps * logA[i] - eps * Math.log(s) + fOld);
                    }
                }
                if (Double.isNaN(shift)) {
                    geometry.costRow(i, buf);
                    double max = kernels.maxDifference(g, 0, buf, m);
                    double s = kernels.expDifference(g, 0, buf, 0, max, inv, buf, m);
                    fi = tauA * (eps * logA[i] - max - eps * Math.log(s));
                    shift = max;
                }
                f[i] = fi;
                double scale = Math.exp((fi + shift) * inv);
                if (!(scale <= scaleMax)) {
                    scaleMax = Double.isNaN(scale) ? Double.POSITIVE_INFINITY : scale;
                }
                if (scale > 0 && scaleMax < Double.POSITIVE_INFINITY) {
                    kernels.axpy(scale, buf, 0, part, 0, m);
                }
            }
            chunkScale[c] = scaleMax;
        });
        double scaleMax = 0;
        for (int c = 0; c < rowChunks; c++) {
            scaleMax = Math.max(scaleMax, chunkScale[c]);
        }
        if (rowChunks > 1) {
            System.arraycopy(partialAcc[0], 0, acc, 0, m);
            for (int c = 1; c < rowChunks; c++) {
                double[] part = partialAcc[c];
                for (int j = 0; j < m; j++) {
                    acc[j] += part[j];
                }
            }
        }
        columnFloor = Math.max(SAFE_LOW, LOST_TERM_MARGIN * n * scaleMax * Double.MIN_NORMAL);
        return columnFloor < SAFE_HIGH;
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
        finishColumnLse(f, g, eps, SAFE_LOW);
    }

    /**
     * {@code colLse_j = log(acc_j) - g_j / eps} from the accumulated column sums
     * {@code acc_j = Σ_i exp((f_i + g_j - C_ij) / eps)}, or the exact two-pass computation when a
     * sum has left the safe range.
     */
    private void finishColumnLse(double[] f, double[] g, double eps, double floor) {
        double inv = 1 / eps;
        boolean exactNeeded = false;
        for (int j = 0; j < m; j++) {
            double s = acc[j];
            if (b[j] == 0) {
                colLse[j] = Double.NEGATIVE_INFINITY;
                continue;
            }
            if (!(s >= floor && s <= SAFE_HIGH && g[j] != Double.NEGATIVE_INFINITY)) {
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
