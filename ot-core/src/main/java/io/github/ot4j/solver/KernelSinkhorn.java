package io.github.ot4j.solver;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.Kernels;
import io.github.ot4j.internal.Parallel;
import io.github.ot4j.result.StopReason;

import java.util.Arrays;

/**
 * Kernel-domain Sinkhorn (Sinkhorn-Knopp) on scalings {@code u, v} against
 * {@code K = exp(-(C - min C) / eps)}, mirroring POT 0.8.2's {@code sinkhorn_knopp}: start from
 * {@code u = 1/n}, each iteration sets {@code v = b / Kᵀu}, then {@code u = a / K v}; the L2 (or
 * L1) column-marginal error is measured every {@code checkEvery} iterations; a zero in
 * {@code Kᵀu} or a non-finite scaling restores the previous scalings and stops with DIVERGED.
 * Unbalanced problems use POT's {@code sinkhorn_knopp_unbalanced}: {@code u = (a / K v)^tauA},
 * then {@code v = (b / Kᵀu)^tauB}, stopping on the relative change of the scalings.
 *
 * <p>Why it is written by hand: one iteration needs both {@code K v} and {@code Kᵀ u}, and a
 * library would read K twice. Here each row of K is read once per iteration: its dot product
 * with {@code v} gives {@code u_i}, and while the row is still in L1 cache it is added, times
 * {@code u_i}, into {@code Kᵀu} for the next iteration. Memory traffic is thus one pass over K
 * (half of that with float storage). Each thread keeps its own partial {@code Kᵀu}; threads
 * alternate the direction in which they walk their rows, so the rows read last in one
 * iteration, still in the last-level cache, are read first in the next. When
 * {@code |min C| / eps} is large (e.g. the negative costs of InfoOT's linearization), K is built
 * from {@code C - min C}: a constant rescaling that the scalings absorb, and which avoids the
 * overflow that makes the original InfoOT code return NaN plans.
 */
final class KernelSinkhorn {

    /** Above this {@code |min C| / eps} the kernel is built from {@code C - min C}. */
    static final double SHIFT_THRESHOLD = 500;
    /**
     * A stabilized double kernel is re-centered once a scaling exceeds {@code 1e100}: as long as
     * the scalings stay below it, an entry of K that underflowed is a plan entry below
     * {@code 1e-108}. (Small scalings only make such entries smaller.)
     */
    static final double ABSORB_LIMIT = 1e100;
    /**
     * The same for float storage, whose entries flush to zero below ~1.2e-38: with scalings
     * below {@code 1e8} a flushed entry is a plan entry below {@code 1.2e-22}.
     */
    static final double FLOAT_ABSORB_LIMIT = 1e8;
    /**
     * Largest {@code (max C - min C) / eps} for a plain (unstabilized) float kernel: beyond
     * ~87 its entries flush to zero, so {@link Sinkhorn} stabilizes a float kernel from there on.
     */
    static final double FLOAT_PLAIN_MAX_RANGE = 80;
    /** Absorptions allowed per run (each costs one exponential per entry). */
    static final int MAX_ABSORPTIONS = 20;

    private final Geometry geometry;
    private final double[] a;
    private final double[] b;
    private final double tauA;
    private final double tauB;
    private final boolean balanced;
    private final Kernels kernels;
    private final double eps;
    private final double shift;
    private final int n;
    private final int m;
    private final int chunks;
    private final double[] kd;
    private final float[] kf;
    private final double[][] partialW;
    private final double[][] rowBuffers;
    private final double[][] costBuffers;
    private final double[][] blockScratch;
    /** Stabilization potentials (null for the plain kernel): K_ij = exp((rowShift_i + colShift_j - C_ij) / eps). */
    private final double[] rowShift;
    private final double[] colShift;
    private final double absorbLimit;
    private int absorptions;
    private int pass;

    KernelSinkhorn(Geometry geometry, double[] a, double[] b, double tauA, double tauB, double eps,
                   KernelPrecision precision, Kernels kernels, int parallelism) {
        this(geometry, a, b, tauA, tauB, eps, precision, kernels, parallelism, null, null);
    }

    /**
     * With {@code f0, g0} non-null (a stored kernel only), a kernel stabilized for the potentials
     * {@code (f0, g0)} (Schmitzer 2019, arXiv:1610.06519): {@code K_ij = exp((fs_i + gs_j - C_ij) / eps)}
     * with {@code (gs, fs)} the c-transforms of {@code f0} ({@code gs_j = min_i (C_ij - f0_i)},
     * {@code fs_i = min_j (C_ij - gs_j)}), so that K is at most 1 with a 1 in every row and column
     * (no row or column can underflow, whatever the range of C, in double or float), and the
     * iteration starts from scalings {@link #initialScalings} that represent {@code (f0, g0)}
     * exactly. {@link #run} re-centers the kernel the same way at the current potentials whenever
     * a scaling exceeds {@link #ABSORB_LIMIT} ({@link #FLOAT_ABSORB_LIMIT}), so entries lost to
     * underflow stay negligible plan entries.
     */
    KernelSinkhorn(Geometry geometry, double[] a, double[] b, double tauA, double tauB, double eps,
                   KernelPrecision precision, Kernels kernels, int parallelism, double[] f0, double[] g0) {
        this.geometry = geometry;
        this.a = a;
        this.b = b;
        this.tauA = tauA;
        this.tauB = tauB;
        this.balanced = tauA == 1 && tauB == 1;
        this.kernels = kernels;
        this.eps = eps;
        double min = geometry.statistics().min();
        // Shift only when exp(-min C / eps) would leave the safe range, so that ordinary runs
        // compute exactly POT's kernel (the compatibility mirrors depend on it).
        this.shift = f0 == null && Math.abs(min) / eps > SHIFT_THRESHOLD ? min : 0;
        this.n = geometry.rows();
        this.m = geometry.cols();
        this.rowShift = f0 == null ? null : new double[n];
        this.colShift = f0 == null ? null : new double[m];
        this.absorbLimit = precision == KernelPrecision.FLOAT ? FLOAT_ABSORB_LIMIT : ABSORB_LIMIT;
        this.chunks = Parallel.chunks(parallelism, (long) n * m, n);
        this.partialW = new double[chunks][m];
        this.rowBuffers = new double[chunks][m];
        this.costBuffers = new double[chunks][m];
        this.blockScratch = new double[chunks][4];
        boolean store = !geometry.isMatrixFree();
        if (store && precision == KernelPrecision.FLOAT) {
            kf = new float[Math.multiplyExact(n, m)];
            kd = null;
        } else if (store) {
            kd = new double[Math.multiplyExact(n, m)];
            kf = null;
        } else {
            kd = null;
            kf = null;
        }
        if (store && f0 != null) {
            center(f0);
        }
        if (store) {
            buildKernel();
        }
    }

    /**
     * Sets the stabilization to the c-transforms of {@code f}: {@code colShift_j = min_i (C_ij - f_i)}
     * over rows with {@code f_i > -inf}, then {@code rowShift_i = min_j (C_ij - colShift_j)}.
     */
    private void center(double[] f) {
        Parallel.run(chunks, c -> {
            double[] buf = costBuffers[c];
            double[] colMin = partialW[c];
            Arrays.fill(colMin, Double.POSITIVE_INFINITY);
            int from = Parallel.start(c, chunks, n);
            int to = Parallel.start(c + 1, chunks, n);
            for (int i = from; i < to; i++) {
                double fi = f[i];
                if (fi == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                geometry.costRow(i, buf);
                for (int j = 0; j < m; j++) {
                    colMin[j] = Math.min(colMin[j], buf[j] - fi);
                }
            }
        });
        System.arraycopy(partialW[0], 0, colShift, 0, m);
        for (int c = 1; c < chunks; c++) {
            double[] colMin = partialW[c];
            for (int j = 0; j < m; j++) {
                colShift[j] = Math.min(colShift[j], colMin[j]);
            }
        }
        Parallel.run(chunks, c -> {
            double[] buf = costBuffers[c];
            int from = Parallel.start(c, chunks, n);
            int to = Parallel.start(c + 1, chunks, n);
            for (int i = from; i < to; i++) {
                geometry.costRow(i, buf);
                double min = Double.POSITIVE_INFINITY;
                for (int j = 0; j < m; j++) {
                    min = Math.min(min, buf[j] - colShift[j]);
                }
                rowShift[i] = min;
            }
        });
    }

    /**
     * Scalings that represent the potentials {@code (f, g)} against a stabilized kernel:
     * {@code u = exp((f - rowShift) / eps)} (at most 1 for the {@code f} the kernel was centered at),
     * {@code v = exp((g - colShift) / eps)}.
     *
     * @return {u, v}
     */
    double[][] initialScalings(double[] f, double[] g) {
        double[] u = new double[n];
        double[] v = new double[m];
        for (int i = 0; i < n; i++) {
            u[i] = Math.exp((f[i] - rowShift[i]) / eps);
        }
        for (int j = 0; j < m; j++) {
            v[j] = Math.exp((g[j] - colShift[j]) / eps);
        }
        return new double[][] {u, v};
    }

    private void buildKernel() {
        double inv = -1 / eps;
        Parallel.run(chunks, c -> {
            double[] buf = costBuffers[c];
            int from = Parallel.start(c, chunks, n);
            int to = Parallel.start(c + 1, chunks, n);
            for (int i = from; i < to; i++) {
                geometry.costRow(i, buf);
                if (rowShift != null) {
                    double fi = rowShift[i];
                    for (int j = 0; j < m; j++) {
                        buf[j] -= fi + colShift[j];
                    }
                } else {
                    for (int j = 0; j < m; j++) {
                        buf[j] -= shift;
                    }
                }
                if (kd != null) {
                    kernels.expScaled(buf, inv, kd, i * m, m);
                } else {
                    kernels.expScaled(buf, inv, kf, i * m, m);
                }
            }
        });
    }

    /**
     * Potentials of scalings: {@code f = eps log u + min C}, {@code g = eps log v} (plus the
     * stabilization potentials, if any).
     */
    void toPotentials(double[] u, double[] v, double[] f, double[] g) {
        for (int i = 0; i < n; i++) {
            f[i] = eps * Math.log(u[i]) + (rowShift != null ? rowShift[i] : shift);
        }
        for (int j = 0; j < m; j++) {
            g[j] = eps * Math.log(v[j]) + (colShift != null ? colShift[j] : 0);
        }
    }

    /** @return how often {@link #run} has absorbed the scalings into a stabilized kernel */
    int absorptions() {
        return absorptions;
    }

    /** True when a stabilized kernel's scalings have a value above the limit. */
    private boolean needsAbsorption(double[] u, double[] v) {
        if (rowShift == null || absorptions >= MAX_ABSORPTIONS) {
            return false;
        }
        for (double x : u) {
            if (x > absorbLimit) {
                return true;
            }
        }
        for (double x : v) {
            if (x > absorbLimit) {
                return true;
            }
        }
        return false;
    }

    /**
     * Re-centers the kernel at the current potentials {@code f = rowShift + eps log u},
     * {@code g = colShift + eps log v} and rewrites the scalings to represent them.
     */
    private void absorb(double[] u, double[] v) {
        double[] f = new double[n];
        double[] g = new double[m];
        toPotentials(u, v, f, g);
        center(f);
        double[][] s = initialScalings(f, g);
        System.arraycopy(s[0], 0, u, 0, n);
        System.arraycopy(s[1], 0, v, 0, m);
        absorptions++;
        buildKernel();
    }

    /**
     * Scalings from potentials, or null if they cannot be represented.
     *
     * @return {u, v} or null
     */
    double[][] fromPotentials(double[] f, double[] g) {
        double[] u = new double[n];
        double[] v = new double[m];
        for (int i = 0; i < n; i++) {
            u[i] = Math.exp((f[i] - shift) / eps);
            if (!Double.isFinite(u[i]) || (u[i] == 0 && a[i] > 0)) {
                return null;
            }
        }
        for (int j = 0; j < m; j++) {
            v[j] = Math.exp(g[j] / eps);
            if (!Double.isFinite(v[j]) || (v[j] == 0 && b[j] > 0)) {
                return null;
            }
        }
        return new double[][] {u, v};
    }

    /**
     * Runs the iteration from scalings {@code u, v} (updated in place).
     */
    EngineResult run(double[] u, double[] v, int maxIterations, double tolerance, int checkEvery, ErrorNorm norm,
                     ProgressListener listener) {
        double[] w = new double[m];
        double[] prevU = new double[n];
        double[] prevV = new double[m];
        double[] marginal = new double[m];
        ErrorTrace trace = new ErrorTrace();
        double error = Double.NaN;
        StopReason reason = StopReason.MAX_ITERATIONS;
        int t = 0;
        if (balanced) {
            rowPass(u, v, w, false);
        }
        while (t < maxIterations) {
            System.arraycopy(u, 0, prevU, 0, n);
            System.arraycopy(v, 0, prevV, 0, m);
            boolean zeroColumn;
            if (balanced) {
                zeroColumn = updateV(v, w);
                rowPass(u, v, w, true);
            } else {
                rowPass(u, v, w, true);
                zeroColumn = updateV(v, w);
            }
            if (zeroColumn || !finite(u) || !finite(v)) {
                System.arraycopy(prevU, 0, u, 0, n);
                System.arraycopy(prevV, 0, v, 0, m);
                reason = StopReason.DIVERGED;
                break;
            }
            boolean check = t % checkEvery == 0 || t == maxIterations - 1;
            t++;
            if (check) {
                if (balanced) {
                    for (int j = 0; j < m; j++) {
                        marginal[j] = v[j] * w[j];
                    }
                    error = ErrorTrace.norm(marginal, b, norm);
                } else if (rowShift != null) {
                    // A stabilized kernel's scalings may be far below 1, where POT's relative
                    // change would read as converged: use the log domain's rule (max |Δf| / eps).
                    error = Math.max(logChange(u, prevU), logChange(v, prevV));
                } else {
                    error = 0.5 * (relativeChange(u, prevU) + relativeChange(v, prevV));
                }
                trace.add(error);
                if (!Double.isFinite(error)) {
                    reason = StopReason.DIVERGED;
                    System.arraycopy(prevU, 0, u, 0, n);
                    System.arraycopy(prevV, 0, v, 0, m);
                    break;
                }
                if (tolerance > 0 && error <= tolerance) {
                    reason = StopReason.CONVERGED;
                    break;
                }
                if (!listener.onProgress(new Progress("sinkhorn", t, maxIterations, error))) {
                    reason = StopReason.CANCELLED;
                    break;
                }
                if (needsAbsorption(u, v)) {
                    absorb(u, v);
                    if (balanced) {
                        rowPass(u, v, w, false);
                    }
                }
            }
        }
        return new EngineResult(u, v, reason, t, error, trace.toArray());
    }

    /** {@code max |log x - log prev|} over the non-zero scalings. */
    private static double logChange(double[] x, double[] prev) {
        double max = 0;
        for (int k = 0; k < x.length; k++) {
            if (x[k] != 0) {
                max = Math.max(max, Math.abs(Math.log(x[k] / prev[k])));
            }
        }
        return max;
    }

    /** POT's unbalanced stopping quantity for one scaling vector. */
    private static double relativeChange(double[] x, double[] prev) {
        double diff = 0;
        double scale = 1;
        for (int k = 0; k < x.length; k++) {
            diff = Math.max(diff, Math.abs(x[k] - prev[k]));
            scale = Math.max(scale, Math.max(Math.abs(x[k]), Math.abs(prev[k])));
        }
        return diff / scale;
    }

    /** @return true if a column with positive mass received no mass ({@code Kᵀu = 0}) */
    private boolean updateV(double[] v, double[] w) {
        boolean zero = false;
        for (int j = 0; j < m; j++) {
            if (b[j] == 0) {
                v[j] = 0;
                continue;
            }
            if (w[j] == 0) {
                zero = true;
            }
            v[j] = balanced ? b[j] / w[j] : relaxed(b[j] / w[j], tauB, colShift != null ? colShift[j] : 0);
        }
        return zero;
    }

    private static boolean finite(double[] x) {
        for (double value : x) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    /**
     * One pass over K: if {@code updateU}, {@code u_i = a_i / (K v)_i} (or its power); then
     * {@code w = Kᵀ u}. A stored K is walked four rows at a time ({@link Kernels#dot4},
     * {@link Kernels#axpy4}): one sweep over {@code v} feeds four dot products and one
     * read-modify-write of {@code w} adds four rows, so {@code v} and {@code w} are streamed from
     * L2 a quarter as often and the pass runs at memory speed on K.
     */
    private void rowPass(double[] u, double[] v, double[] w, boolean updateU) {
        int direction = pass++ & 1;
        Parallel.run(chunks, c -> {
            double[] pw = chunks == 1 ? w : partialW[c];
            Arrays.fill(pw, 0);
            int from = Parallel.start(c, chunks, n);
            int to = Parallel.start(c + 1, chunks, n);
            if (kd == null && kf == null) {
                for (int k = from; k < to; k++) {
                    recomputedRow(direction == 0 ? k : to - 1 - (k - from), c, u, v, pw, updateU);
                }
                return;
            }
            double[] scratch = blockScratch[c];
            int blocks = (to - from) / 4;
            int tail = from + 4 * blocks;
            if (direction == 0) {
                for (int k = 0; k < blocks; k++) {
                    storedBlock(from + 4 * k, u, v, pw, updateU, scratch);
                }
                for (int i = tail; i < to; i++) {
                    storedRow(i, u, v, pw, updateU);
                }
            } else {
                for (int i = to - 1; i >= tail; i--) {
                    storedRow(i, u, v, pw, updateU);
                }
                for (int k = blocks - 1; k >= 0; k--) {
                    storedBlock(from + 4 * k, u, v, pw, updateU, scratch);
                }
            }
        });
        if (chunks > 1) {
            System.arraycopy(partialW[0], 0, w, 0, m);
            for (int c = 1; c < chunks; c++) {
                double[] pw = partialW[c];
                for (int j = 0; j < m; j++) {
                    w[j] += pw[j];
                }
            }
        }
    }

    /** Rows {@code i0 .. i0 + 3} of the stored kernel; {@code scratch} holds 4 doubles. */
    private void storedBlock(int i0, double[] u, double[] v, double[] pw, boolean updateU, double[] scratch) {
        int off = i0 * m;
        if (updateU) {
            if (kd != null) {
                kernels.dot4(kd, off, m, v, m, scratch);
            } else {
                kernels.dot4(kf, off, m, v, m, scratch);
            }
            for (int r = 0; r < 4; r++) {
                u[i0 + r] = newU(i0 + r, scratch[r]);
            }
        }
        for (int r = 0; r < 4; r++) {
            scratch[r] = u[i0 + r];
        }
        if (kd != null) {
            kernels.axpy4(scratch, kd, off, m, pw, m);
        } else {
            kernels.axpy4(scratch, kf, off, m, pw, m);
        }
    }

    private void storedRow(int i, double[] u, double[] v, double[] pw, boolean updateU) {
        int off = i * m;
        if (kd != null) {
            if (updateU) {
                u[i] = newU(i, kernels.dot(kd, off, v, 0, m));
            }
            if (u[i] != 0) {
                kernels.axpy(u[i], kd, off, pw, 0, m);
            }
        } else {
            if (updateU) {
                u[i] = newU(i, kernels.dot(kf, off, v, 0, m));
            }
            if (u[i] != 0) {
                kernels.axpy(u[i], kf, off, pw, 0, m);
            }
        }
    }

    /** Matrix-free geometry: the kernel row is recomputed from the cost row. */
    private void recomputedRow(int i, int c, double[] u, double[] v, double[] pw, boolean updateU) {
        double[] row = rowBuffers[c];
        double[] cb = costBuffers[c];
        geometry.costRow(i, cb);
        for (int j = 0; j < m; j++) {
            cb[j] -= shift;
        }
        kernels.expScaled(cb, -1 / eps, row, 0, m);
        if (updateU) {
            u[i] = newU(i, kernels.dot(row, 0, v, 0, m));
        }
        if (u[i] != 0) {
            kernels.axpy(u[i], row, 0, pw, 0, m);
        }
    }

    private double newU(int i, double kv) {
        if (a[i] == 0) {
            return 0;
        }
        return balanced ? a[i] / kv : relaxed(a[i] / kv, tauA, rowShift != null ? rowShift[i] : shift);
    }

    /**
     * The unbalanced scaling {@code exp((f_new - s) / eps)} for a kernel shifted by the potential
     * {@code s}, where {@code f_new = tau (eps log ratio + s)}: {@code ratio^tau} when {@code s = 0}
     * (POT's update, bitwise), else {@code ratio^tau exp((tau - 1) s / eps)}, formed in the log.
     */
    private double relaxed(double ratio, double tau, double s) {
        if (s == 0) {
            return Math.pow(ratio, tau);
        }
        return Math.exp(tau * Math.log(ratio) + (tau - 1) * s / eps);
    }

    /** Writes the plan {@code diag(u) K diag(v)} into {@code out} (row-major); needs a stored K. */
    boolean hasStoredKernel() {
        return kd != null || kf != null;
    }

    void plan(double[] u, double[] v, double[] out) {
        Parallel.run(chunks, c -> {
            int from = Parallel.start(c, chunks, n);
            int to = Parallel.start(c + 1, chunks, n);
            for (int i = from; i < to; i++) {
                double ui = u[i];
                int off = i * m;
                for (int j = 0; j < m; j++) {
                    double k = kd != null ? kd[off + j] : kf[off + j];
                    out[off + j] = ui * k * v[j];
                }
            }
        });
    }
}
