package io.github.ot4j.info.kde;

import io.github.ot4j.internal.Blocks;
import io.github.ot4j.internal.linalg.DenseProducts;
import io.github.ot4j.solver.KernelPrecision;
import io.github.ot4j.solver.SmoothObjective;

/**
 * The negative kernel-density estimate of the mutual information of a transport plan, InfoOT's
 * objective (Chuang, Jegelka &amp; Alvarez-Melis, ICML 2023, arXiv:2210.03164, eqs. 4-6), as a
 * {@link SmoothObjective} for ot-core's {@code MirrorDescent}:
 *
 * <p>\( f_{xy} = K_x P K_y \), \( f_x = \mathrm{rowmean}(K_x) \), \( f_y = \mathrm{rowmean}(K_y) \),
 * \( \hat I(P) = \sum_{ij} P_{ij} \log \frac{(f_{xy})_{ij}}{(f_x)_i (f_y)_j} \), and
 * {@code F(P) = -Î(P)} with gradient
 * \( \nabla F(P) = -\left( \log \frac{f_{xy}}{f_x f_y^\top} + K_x (P \oslash f_{xy}) K_y \right) \),
 * exactly the original code's {@code migrad}. Each evaluation costs two sandwich products
 * {@code K_x · · K_y}: {@code 2 (n² m + n m²)} multiply-adds with dense kernels, never an
 * {@code n² × m²} tensor; {@code ~4 r n m} when both kernels are low-rank
 * ({@link KernelMatrix#lowRank}). With low-rank kernels {@code f_xy} may come out non-positive
 * where the true density is tiny; it is then clamped to {@value #LOW_RANK_FLOOR} times its mean.
 *
 * <p>With low-rank kernels and {@link KernelPrecision#FLOAT} products each sandwich runs in single
 * precision (float copies of {@code X} and the factors, float accumulation; about twice the
 * throughput of the double products): a relative error of order {@code 1e-7 √k} per product
 * against the sum of absolute terms, well below the error of the low-rank factors themselves.
 * Entries of {@code X} below float's range (~1e-38) count as zero.
 * Dense kernels always use double products.
 *
 * <p>Instances keep {@code n × m} workspaces and are not thread-safe (one {@code MirrorDescent}
 * run uses one instance from one thread, as {@link SmoothObjective} allows).
 */
public final class KernelMutualInformation implements SmoothObjective {

    /** Relative floor of the joint density for low-rank kernels. */
    public static final double LOW_RANK_FLOOR = 1e-9;
    /** Rows per block of the elementwise passes (fixed, so sums do not depend on the thread count). */
    private static final int ROW_BLOCK = 32;

    private final KernelMatrix kx;
    private final KernelMatrix ky;
    private final int n;
    private final int m;
    private final double[] fx;
    private final double[] fy;
    private final boolean clamp;
    /** Float copies of the low-rank factors, or null for double products. */
    private final float[] faFloat;
    private final float[] fbFloat;
    private double[] t;
    private double[] fxy;
    private double[] q;
    private float[] xFloat;
    private float[] outFloat;

    /**
     * Double-precision products.
     *
     * @param kx source kernel ({@code n × n})
     * @param ky target kernel ({@code m × m})
     * @throws IllegalArgumentException if either is null
     */
    public KernelMutualInformation(KernelMatrix kx, KernelMatrix ky) {
        this(kx, ky, KernelPrecision.DOUBLE);
    }

    /**
     * @param kx source kernel ({@code n × n})
     * @param ky target kernel ({@code m × m})
     * @param productPrecision precision of the large products when both kernels are low-rank
     *     ({@link KernelMatrix#lowRank}); ignored otherwise
     * @throws IllegalArgumentException if an argument is null
     */
    public KernelMutualInformation(KernelMatrix kx, KernelMatrix ky, KernelPrecision productPrecision) {
        if (kx == null || ky == null) {
            throw new IllegalArgumentException("kernels must not be null");
        }
        if (productPrecision == null) {
            throw new IllegalArgumentException("productPrecision must not be null");
        }
        this.kx = kx;
        this.ky = ky;
        this.n = kx.size();
        this.m = ky.size();
        this.fx = kx.rowMeans();
        this.fy = ky.rowMeans();
        this.clamp = kx.rank() < n || ky.rank() < m;
        if (productPrecision == KernelPrecision.FLOAT && kx instanceof LowRankKernelMatrix
                && ky instanceof LowRankKernelMatrix) {
            this.faFloat = toFloat(((LowRankKernelMatrix) kx).factor());
            this.fbFloat = toFloat(((LowRankKernelMatrix) ky).factor());
        } else {
            this.faFloat = null;
            this.fbFloat = null;
        }
    }

    private static float[] toFloat(double[] x) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) x[i];
        }
        return out;
    }

    /** @return the source kernel */
    public KernelMatrix sourceKernel() {
        return kx;
    }

    /** @return the target kernel */
    public KernelMatrix targetKernel() {
        return ky;
    }

    private void ensureWorkspaces() {
        if (t == null) {
            t = new double[n * m];
            fxy = new double[n * m];
            q = new double[n * m];
        }
    }

    /**
     * The joint density {@code f_xy = K_x P K_y} (unnormalized, as in the original code).
     *
     * @param plan {@code n × m} plan, row-major; not modified
     * @return a new {@code n × m} array
     * @throws IllegalArgumentException if the plan has the wrong length
     */
    public double[] jointDensity(double[] plan) {
        requireSize(plan);
        double[] out = new double[n * m];
        sandwich(plan, new double[n * m], out);
        if (clamp) {
            clampFloor(out);
        }
        return out;
    }

    /**
     * The density ratio {@code f_xy / (f_x f_yᵀ)} (the original {@code ratio}), the conditional
     * weights of InfoOT's conditional projection.
     *
     * @param plan {@code n × m} plan; not modified
     * @return a new {@code n × m} array
     */
    public double[] ratio(double[] plan) {
        double[] r = jointDensity(plan);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                r[i * m + j] = r[i * m + j] / (fx[i] * fy[j]);
            }
        }
        return r;
    }

    /**
     * @param plan a plan
     * @return the estimate {@code Î(P)}
     */
    public double mutualInformation(double[] plan) {
        requireSize(plan);
        return -value(plan, n, m);
    }

    /**
     * {@code F(P) = -Î(P)} alone: one sandwich product instead of two.
     *
     * @param plan the plan; not modified
     * @param rows {@code n}
     * @param cols {@code m}
     * @return {@code F(P)}
     */
    @Override
    public double value(double[] plan, int rows, int cols) {
        if (rows != n || cols != m) {
            throw new IllegalArgumentException("plan is " + rows + " x " + cols + " but the kernels are " + n + " and " + m);
        }
        ensureWorkspaces();
        sandwich(plan, t, fxy);
        if (clamp) {
            clampFloor(fxy);
        }
        return -information(plan, null);
    }

    /**
     * {@code Σ P_ij log(f_xy / (f_x f_y))} from {@code fxy}; with {@code gradient} non-null also
     * writes the log-ratios into it and {@code P / f_xy} into {@code q}. Rows are split into
     * fixed blocks of {@value #ROW_BLOCK} whose partial sums are added in block order, so the
     * result does not depend on the number of threads.
     */
    private double information(double[] plan, double[] gradient) {
        double[] partial = new double[Blocks.count(n, ROW_BLOCK)];
        Blocks.run(0, (long) n * m, n, ROW_BLOCK, (blk, rowFrom, rowTo) -> {
            double info = 0;
            for (int i = rowFrom; i < rowTo; i++) {
                double fxi = fx[i];
                int off = i * m;
                for (int j = 0; j < m; j++) {
                    double f = fxy[off + j];
                    double lr = Math.log(f / (fxi * fy[j]));
                    double p = plan[off + j];
                    if (p != 0) {
                        info += p * lr;
                    }
                    if (gradient != null) {
                        gradient[off + j] = lr;
                        q[off + j] = p / f;
                    }
                }
            }
            partial[blk] = info;
        });
        double info = 0;
        for (double x : partial) {
            info += x;
        }
        return info;
    }

    @Override
    public double valueAndGradient(double[] plan, int rows, int cols, double[] gradient) {
        if (rows != n || cols != m) {
            throw new IllegalArgumentException("plan is " + rows + " x " + cols + " but the kernels are " + n + " and " + m);
        }
        ensureWorkspaces();
        sandwich(plan, t, fxy);
        if (clamp) {
            clampFloor(fxy);
        }
        double info = information(plan, gradient);
        sandwich(q, t, fxy);
        Blocks.run(0, (long) n * m, n * m, Blocks.SIZE, (b, from, to) -> {
            for (int k = from; k < to; k++) {
                gradient[k] = -(gradient[k] + fxy[k]);
            }
        });
        return -info;
    }

    /** {@code out = K_x X K_y}, using {@code tmp} ({@code n × m}) as workspace. */
    private void sandwich(double[] x, double[] tmp, double[] out) {
        if (kx instanceof LowRankKernelMatrix && ky instanceof LowRankKernelMatrix) {
            lowRankSandwich((LowRankKernelMatrix) kx, (LowRankKernelMatrix) ky, x, out);
            return;
        }
        kx.leftMultiply(x, m, tmp);
        ky.rightMultiply(tmp, n, out);
    }

    /**
     * {@code F_x ((F_xᵀ X F_y) F_yᵀ)}: {@code 2 r n m + O(r² (n + m))} multiply-adds. Every large
     * product has {@code n} or {@code m} rows, so the seam can split it across threads: the
     * {@code r × m} intermediate {@code F_xᵀ X} is formed as its transpose {@code Xᵀ F_x}.
     */
    private void lowRankSandwich(LowRankKernelMatrix a, LowRankKernelMatrix b, double[] x, double[] out) {
        if (faFloat != null) {
            lowRankSandwichFloat(a, b, x, out);
            return;
        }
        int ra = a.rank();
        int rb = b.rank();
        double[] fa = a.factor();
        double[] fb = b.factor();
        double[] xtFa = new double[m * ra];
        DenseProducts.multiplyTransposeA(x, fa, xtFa, m, n, ra); // Xᵀ F_x   (m × ra)
        double[] core = new double[ra * rb];
        DenseProducts.multiplyTransposeA(xtFa, fb, core, ra, m, rb); // F_xᵀ X F_y   (ra × rb)
        double[] left = new double[n * rb];
        DenseProducts.multiply(fa, core, left, n, ra, rb); // F_x core   (n × rb)
        DenseProducts.multiplyTransposeB(left, fb, out, n, rb, m); // (F_x core) F_yᵀ
    }

    /**
     * {@link #lowRankSandwich} in single precision: a float copy of {@code X}, float factors, all
     * four products in float (the two {@code r n m} ones dominate; keeping the small core products
     * in double measured no more accurate on MNIST-USPS and SNAREseq, and slower), and the result
     * widened into {@code out}.
     */
    private void lowRankSandwichFloat(LowRankKernelMatrix a, LowRankKernelMatrix b, double[] x, double[] out) {
        int ra = a.rank();
        int rb = b.rank();
        if (xFloat == null) {
            xFloat = new float[n * m];
            outFloat = new float[n * m];
        }
        convert(x, xFloat);
        float[] xtFa = new float[m * ra];
        DenseProducts.multiplyTransposeA(xFloat, faFloat, xtFa, m, n, ra); // Xᵀ F_x   (m × ra)
        float[] core = new float[ra * rb];
        DenseProducts.multiplyTransposeA(xtFa, fbFloat, core, ra, m, rb); // F_xᵀ X F_y   (ra × rb)
        float[] left = new float[n * rb];
        DenseProducts.multiply(faFloat, core, left, n, ra, rb); // F_x core   (n × rb)
        DenseProducts.multiplyTransposeB(left, fbFloat, outFloat, n, rb, m); // (F_x core) F_yᵀ
        convert(outFloat, out);
    }

    /** {@code dst = (float) src}, by blocks in parallel. */
    private void convert(double[] src, float[] dst) {
        Blocks.run(0, (long) n * m, n * m, Blocks.SIZE, (b, from, to) -> {
            for (int k = from; k < to; k++) {
                dst[k] = (float) src[k];
            }
        });
    }

    /** {@code dst = src} widened, by blocks in parallel. */
    private void convert(float[] src, double[] dst) {
        Blocks.run(0, (long) n * m, n * m, Blocks.SIZE, (b, from, to) -> {
            for (int k = from; k < to; k++) {
                dst[k] = src[k];
            }
        });
    }

    /**
     * Raises entries below {@value #LOW_RANK_FLOOR} times the mean to that floor. Both passes run
     * over fixed blocks of {@value #ROW_BLOCK} rows (partial sums added in block order, so the
     * mean does not depend on the thread count): a serial pass was ~1/30 of a low-rank gradient
     * evaluation once the products ran in float.
     */
    private void clampFloor(double[] f) {
        double[] partial = new double[Blocks.count(n, ROW_BLOCK)];
        Blocks.run(0, (long) n * m, n, ROW_BLOCK, (blk, rowFrom, rowTo) -> {
            double sum = 0;
            for (int k = rowFrom * m; k < rowTo * m; k++) {
                sum += f[k];
            }
            partial[blk] = sum;
        });
        double mean = 0;
        for (double x : partial) {
            mean += x;
        }
        mean /= f.length;
        double floor0 = LOW_RANK_FLOOR * Math.abs(mean);
        double floor = floor0 > 0 ? floor0 : Double.MIN_NORMAL;
        Blocks.run(0, (long) n * m, n * m, Blocks.SIZE, (b, from, to) -> {
            for (int k = from; k < to; k++) {
                if (!(f[k] >= floor)) {
                    f[k] = floor;
                }
            }
        });
    }

    private void requireSize(double[] plan) {
        if (plan == null || plan.length != n * m) {
            throw new IllegalArgumentException("plan must have " + n + " * " + m + " entries, got "
                    + (plan == null ? "null" : String.valueOf(plan.length)));
        }
    }
}
