package io.github.ot4j.info;

import io.github.ot4j.info.kde.Bandwidth;
import io.github.ot4j.solver.KernelPrecision;

/**
 * Configuration of {@link InfoOt} and {@link FusedInfoOt}. Start from {@link #infoOt()} or
 * {@link #fused()} (the original code's defaults) and adjust with the {@code withX} methods.
 *
 * @param bandwidth the kernel bandwidth rule for both domains (the original: {@code reference(0.5)})
 * @param epsilon the entropic regularization {@code ε} of each KL projection (POT's {@code reg}), {@code > 0}
 * @param lambda the weight {@code λ} of the mutual-information term in fused InfoOT, finite and
 *     {@code >= 0}; pure InfoOT uses the gradient alone and ignores it
 * @param maxIterations outer (projected-gradient) iterations, at least 1
 * @param tolerance stop early once an outer step moves at most this much mass
 *     ({@code Σ|P_{t+1} - P_t|}), {@code >= 0}; {@code 0} always runs {@code maxIterations};
 *     ignored with {@link Compatibility#ORIGINAL}
 * @param compatibility ot4j's converged inner loop or an exact mirror of the original
 * @param kernelRank {@code 0} for exact dense kernels; {@code R > 0} for pivoted-Cholesky kernel
 *     factors of rank at most {@code R} (products cost {@code O(R n m)} instead of {@code O(n² m)})
 * @param labelOffset the distance {@code δ} added between differently labelled source points
 *     when labels are given (the original: 5000), finite and {@code >= 0}
 * @param innerTolerance the L1 column-marginal error at which each inner Sinkhorn solve of the
 *     ot4j loop stops, {@code > 0}; ignored with the compatibility settings
 * @param innerMaxIterations the iteration cap of each inner solve of the ot4j loop, at least 1
 *     (solves stopped by it are counted in {@code result().innerConverged()}); ignored with the
 *     compatibility settings, which use POT's 1000
 * @param innerToleranceFactor inexact inner solves: after the first outer step each inner solve
 *     stops at {@code max(innerTolerance, innerToleranceFactor · mass moved by the previous outer
 *     step)}; {@code 0} always uses {@code innerTolerance} (see {@link #INNER_TOLERANCE_FACTOR});
 *     finite and {@code >= 0}; ignored with the compatibility settings
 * @param innerPrecision storage of the kernel of each inner Sinkhorn solve of the ot4j loop (see
 *     {@link #INNER_PRECISION}); ignored with the compatibility settings, which use double
 * @param productPrecision precision of the two large products of each low-rank kernel sandwich
 *     ({@code kernelRank > 0}; see {@link #PRODUCT_PRECISION}); exact dense kernels always
 *     multiply in double
 */
public record InfoOtOptions(Bandwidth bandwidth, double epsilon, double lambda, int maxIterations, double tolerance,
                            Compatibility compatibility, int kernelRank, double labelOffset, double innerTolerance,
                            int innerMaxIterations, double innerToleranceFactor, KernelPrecision innerPrecision,
                            KernelPrecision productPrecision) {

    /** Default outer tolerance of the ot4j loop (mass moved by one step). */
    public static final double DEFAULT_TOLERANCE = 1e-7;
    /** Default L1 column-marginal tolerance of each inner Sinkhorn solve. */
    public static final double DEFAULT_INNER_TOLERANCE = 1e-5;
    /**
     * Default inexact-inner-solve factor: {@code 0}, every inner solve runs to
     * {@code innerTolerance}. A positive factor (ot-core's
     * {@code MirrorDescentOptions.innerToleranceFactor}) stops each inner solve after the first at
     * {@code max(innerTolerance, factor · mass moved by the previous outer step)}: on SNAREseq
     * {@code 0.1} cuts the inner Sinkhorn iterations ~10x (FOSCTTM 0.1535 instead of 0.1507), but
     * on a non-convex problem the looser early steps can lead to another local optimum (the golden
     * overflow case ends 0.31 in L1 from the log-domain reference instead of 0.009), so it is
     * opt-in.
     */
    public static final double INNER_TOLERANCE_FACTOR = 0;
    /**
     * Default kernel storage of the inner Sinkhorn solves: {@link KernelPrecision#FLOAT}. Each inner
     * solve streams its {@code n × m} kernel once per iteration, so float storage halves the memory
     * traffic of the loop that dominates InfoOT's run time (fused InfoOT on MNIST-USPS: 10.0 s to
     * 8.8 s). A float kernel entry carries a relative error of ~6e-8 (sums are still accumulated
     * in double), far below the inner tolerance ({@value #DEFAULT_INNER_TOLERANCE} in L1), and the
     * kernel is stabilized so that no entry that matters flushes to zero; on SNAREseq and
     * MNIST-USPS the inner iteration counts, FOSCTTM and 1-NN accuracy are the same as with
     * {@link KernelPrecision#DOUBLE} to the printed digits. Use double to reproduce results to the
     * last bits.
     */
    public static final KernelPrecision INNER_PRECISION = KernelPrecision.FLOAT;
    /**
     * Default precision of the low-rank kernel products ({@code kernelRank > 0}):
     * {@link KernelPrecision#FLOAT}. Each objective evaluation of the low-rank path is a sandwich
     * {@code F_x (F_xᵀ X F_y) F_yᵀ} whose two {@code r n m} products dominate the fit; in single
     * precision they run at about twice the throughput (fused InfoOT on MNIST-USPS, rank 400,
     * inexact inner solves, paired medians of 3 on the 2-core project machine: 1.9-2.6 s to
     * 1.5-1.6 s, the spread being other load on the machine) with a relative error of
     * order {@code 1e-7 √k} per product, far below the error of the rank-{@code r} factors: the
     * 1-NN accuracy on MNIST-USPS (63.6 / 64.7) and the FOSCTTM on SNAREseq (rank 50: 0.1531 /
     * 0.1562) are the same as with {@link KernelPrecision#DOUBLE} to the printed digits. Exact
     * (dense) kernels ({@code kernelRank = 0}) always multiply in double. Use double to reproduce
     * low-rank results to the last bits.
     */
    public static final KernelPrecision PRODUCT_PRECISION = KernelPrecision.FLOAT;
    /** Default iteration cap of each inner Sinkhorn solve. */
    public static final int DEFAULT_INNER_MAX_ITERATIONS = 1000;
    /** Relative residual trace at which the pivoted Cholesky factorization stops before reaching the rank cap. */
    public static final double LOW_RANK_TOLERANCE = 1e-6;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the bad field and value
     */
    public InfoOtOptions {
        if (bandwidth == null) {
            throw new IllegalArgumentException("bandwidth must not be null");
        }
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be > 0 and finite, got " + epsilon);
        }
        if (!(lambda >= 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda must be >= 0 and finite, got " + lambda);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be >= 0 and finite, got " + tolerance);
        }
        if (compatibility == null) {
            throw new IllegalArgumentException("compatibility must not be null");
        }
        if (kernelRank < 0) {
            throw new IllegalArgumentException("kernelRank must be >= 0 (0 = exact), got " + kernelRank);
        }
        if (!(labelOffset >= 0) || !Double.isFinite(labelOffset)) {
            throw new IllegalArgumentException("labelOffset must be >= 0 and finite, got " + labelOffset);
        }
        if (!(innerTolerance > 0) || !Double.isFinite(innerTolerance)) {
            throw new IllegalArgumentException("innerTolerance must be > 0 and finite, got " + innerTolerance);
        }
        if (innerMaxIterations < 1) {
            throw new IllegalArgumentException("innerMaxIterations must be >= 1, got " + innerMaxIterations);
        }
        if (!(innerToleranceFactor >= 0) || !Double.isFinite(innerToleranceFactor)) {
            throw new IllegalArgumentException("innerToleranceFactor must be >= 0 and finite, got " + innerToleranceFactor);
        }
        if (innerPrecision == null) {
            throw new IllegalArgumentException("innerPrecision must not be null");
        }
        if (productPrecision == null) {
            throw new IllegalArgumentException("productPrecision must not be null");
        }
    }

    /**
     * The original {@code InfoOT} defaults: {@code h = 0.5} (reference rule), {@code ε = 0.05},
     * 100 iterations; ot4j's converged inner loop, exact (dense) kernels, float storage of the inner
     * Sinkhorn kernel ({@link #INNER_PRECISION}), float low-rank products if a kernel rank is set
     * ({@link #PRODUCT_PRECISION}).
     *
     * @return the options
     */
    public static InfoOtOptions infoOt() {
        return new InfoOtOptions(Bandwidth.reference(0.5), 0.05, 1, 100, DEFAULT_TOLERANCE, Compatibility.NONE, 0,
                5000, DEFAULT_INNER_TOLERANCE,
                DEFAULT_INNER_MAX_ITERATIONS, INNER_TOLERANCE_FACTOR, INNER_PRECISION,
                PRODUCT_PRECISION);
    }

    /**
     * The original {@code FusedInfoOT} defaults: {@code h = 0.5}, {@code λ = 100}, {@code ε = 1},
     * 50 iterations; ot4j's converged inner loop, exact (dense) kernels, float storage of the inner
     * Sinkhorn kernel ({@link #INNER_PRECISION}), float low-rank products if a kernel rank is set
     * ({@link #PRODUCT_PRECISION}).
     *
     * @return the options
     */
    public static InfoOtOptions fused() {
        return new InfoOtOptions(Bandwidth.reference(0.5), 1.0, 100, 50, DEFAULT_TOLERANCE, Compatibility.NONE, 0, 5000,
                DEFAULT_INNER_TOLERANCE,
                DEFAULT_INNER_MAX_ITERATIONS, INNER_TOLERANCE_FACTOR, INNER_PRECISION,
                PRODUCT_PRECISION);
    }

    /** @param v new value @return a copy */
    public InfoOtOptions withBandwidth(Bandwidth v) {
        return new InfoOtOptions(v, epsilon, lambda, maxIterations, tolerance, compatibility, kernelRank, labelOffset, innerTolerance, innerMaxIterations, innerToleranceFactor, innerPrecision, productPrecision);
    }

    /** @param v new value @return a copy */
    public InfoOtOptions withEpsilon(double v) {
        return new InfoOtOptions(bandwidth, v, lambda, maxIterations, tolerance, compatibility, kernelRank, labelOffset, innerTolerance, innerMaxIterations, innerToleranceFactor, innerPrecision, productPrecision);
    }

    /** @param v new value @return a copy */
    public InfoOtOptions withLambda(double v) {
        return new InfoOtOptions(bandwidth, epsilon, v, maxIterations, tolerance, compatibility, kernelRank, labelOffset, innerTolerance, innerMaxIterations, innerToleranceFactor, innerPrecision, productPrecision);
    }

    /** @param v new value @return a copy */
    public InfoOtOptions withMaxIterations(int v) {
        return new InfoOtOptions(bandwidth, epsilon, lambda, v, tolerance, compatibility, kernelRank, labelOffset, innerTolerance, innerMaxIterations, innerToleranceFactor, innerPrecision, productPrecision);
    }

    /** @param v new value @return a copy */
    public InfoOtOptions withTolerance(double v) {
        return new InfoOtOptions(bandwidth, epsilon, lambda, maxIterations, v, compatibility, kernelRank, labelOffset, innerTolerance, innerMaxIterations, innerToleranceFactor, innerPrecision, productPrecision);
    }

    /** @param v new value @return a copy */
    public InfoOtOptions withCompatibility(Compatibility v) {
        return new InfoOtOptions(bandwidth, epsilon, lambda, maxIterations, tolerance, v, kernelRank, labelOffset, innerTolerance, innerMaxIterations, innerToleranceFactor, innerPrecision, productPrecision);
    }

    /** @param v new value, 0 for exact kernels @return a copy */
    public InfoOtOptions withKernelRank(int v) {
        return new InfoOtOptions(bandwidth, epsilon, lambda, maxIterations, tolerance, compatibility, v, labelOffset, innerTolerance, innerMaxIterations, innerToleranceFactor, innerPrecision, productPrecision);
    }

    /** @param v new value @return a copy */
    public InfoOtOptions withLabelOffset(double v) {
        return new InfoOtOptions(bandwidth, epsilon, lambda, maxIterations, tolerance, compatibility, kernelRank, v, innerTolerance, innerMaxIterations, innerToleranceFactor, innerPrecision, productPrecision);
    }

    /** @param v new value @return a copy */
    public InfoOtOptions withInnerTolerance(double v) {
        return new InfoOtOptions(bandwidth, epsilon, lambda, maxIterations, tolerance, compatibility, kernelRank,
                labelOffset, v, innerMaxIterations, innerToleranceFactor, innerPrecision, productPrecision);
    }

    /** @param v new value @return a copy */
    public InfoOtOptions withInnerMaxIterations(int v) {
        return new InfoOtOptions(bandwidth, epsilon, lambda, maxIterations, tolerance, compatibility, kernelRank,
                labelOffset, innerTolerance, v, innerToleranceFactor, innerPrecision, productPrecision);
    }

    /** @param v new value, 0 for exact inner tolerances @return a copy */
    public InfoOtOptions withInnerToleranceFactor(double v) {
        return new InfoOtOptions(bandwidth, epsilon, lambda, maxIterations, tolerance, compatibility, kernelRank,
                labelOffset, innerTolerance, innerMaxIterations, v, innerPrecision, productPrecision);
    }

    /** @param v new value @return a copy */
    public InfoOtOptions withProductPrecision(KernelPrecision v) {
        return new InfoOtOptions(bandwidth, epsilon, lambda, maxIterations, tolerance, compatibility, kernelRank,
                labelOffset, innerTolerance, innerMaxIterations, innerToleranceFactor, innerPrecision, v);
    }

    /** @param v new value @return a copy */
    public InfoOtOptions withInnerPrecision(KernelPrecision v) {
        return new InfoOtOptions(bandwidth, epsilon, lambda, maxIterations, tolerance, compatibility, kernelRank,
                labelOffset, innerTolerance, innerMaxIterations, innerToleranceFactor, v, productPrecision);
    }
}
