package io.github.ot4j.internal;

/**
 * The numeric inner loops of ot4j's solvers, behind one interface so that a Vector API
 * implementation can replace the scalar reference at run time (Lucene's
 * {@code VectorizationProvider} pattern). Implementations are stateless and thread-safe, write
 * only into the arrays they are given and allocate nothing. Arguments are not checked.
 *
 * <p>Exponentials may differ from {@link Math#exp} by a couple of ulps; everything else is plain
 * floating-point arithmetic whose summation order may differ between implementations.
 */
public interface Kernels {

    /** @return a short name, e.g. "scalar" or "vector-512" */
    String name();

    /**
     * @return {@code Σ x[xOff + j] * y[yOff + j]} for {@code j < len}
     * @param x first operand
     * @param xOff its offset
     * @param y second operand
     * @param yOff its offset
     * @param len length
     */
    double dot(double[] x, int xOff, double[] y, int yOff, int len);

    /**
     * Mixed-precision dot product (float matrix row times double vector), accumulated in double.
     *
     * @param x float operand
     * @param xOff its offset
     * @param y double operand
     * @param yOff its offset
     * @param len length
     * @return the dot product
     */
    double dot(float[] x, int xOff, double[] y, int yOff, int len);

    /**
     * {@code y[yOff + j] += alpha * x[xOff + j]}.
     *
     * @param alpha scale
     * @param x source
     * @param xOff its offset
     * @param y destination
     * @param yOff its offset
     * @param len length
     */
    void axpy(double alpha, double[] x, int xOff, double[] y, int yOff, int len);

    /**
     * Mixed-precision {@code y += alpha * x} with {@code x} in float.
     *
     * @param alpha scale
     * @param x source
     * @param xOff its offset
     * @param y destination
     * @param yOff its offset
     * @param len length
     */
    void axpy(double alpha, float[] x, int xOff, double[] y, int yOff, int len);

    /**
     * {@code out[outOff + j] = exp(scale * x[j])}.
     *
     * @param x input, from offset 0
     * @param scale multiplier applied before the exponential
     * @param out destination
     * @param outOff its offset
     * @param len length
     */
    void expScaled(double[] x, double scale, double[] out, int outOff, int len);

    /**
     * Float-storage variant of {@link #expScaled(double[], double, double[], int, int)}.
     *
     * @param x input, from offset 0
     * @param scale multiplier
     * @param out destination
     * @param outOff its offset
     * @param len length
     */
    void expScaled(double[] x, double scale, float[] out, int outOff, int len);

    /**
     * @return {@code max_j (g[gOff + j] - c[j])}, or {@code -inf} when every term is {@code -inf}
     * @param g potential
     * @param gOff its offset
     * @param c costs, from offset 0
     * @param len length
     */
    double maxDifference(double[] g, int gOff, double[] c, int len);

    /**
     * @return {@code Σ_j exp((g[gOff + j] - c[j] - shift) * invEpsilon)}
     * @param g potential
     * @param gOff its offset
     * @param c costs, from offset 0
     * @param shift subtracted before scaling (a maximum, for stability)
     * @param invEpsilon {@code 1 / epsilon}
     * @param len length
     */
    double sumExpDifference(double[] g, int gOff, double[] c, double shift, double invEpsilon, int len);

    /**
     * Column accumulation of the log-domain Sinkhorn:
     * {@code acc[off + j] += exp((fi + g[off + j] - c[j]) * invEpsilon)}.
     *
     * @param fi source potential of the row
     * @param g target potential (used as the per-column shift)
     * @param c costs of the row segment, from offset 0
     * @param invEpsilon {@code 1 / epsilon}
     * @param acc accumulators
     * @param off offset into {@code g} and {@code acc}
     * @param len length
     */
    void accumulateExp(double fi, double[] g, double[] c, double invEpsilon, double[] acc, int off, int len);

    /**
     * Column maximum update: {@code max[off + j] = max(max[off + j], fi - c[j])}.
     *
     * @param fi source potential of the row
     * @param c costs of the row segment, from offset 0
     * @param max running maxima
     * @param off offset into {@code max}
     * @param len length
     */
    void maxAccumulate(double fi, double[] c, double[] max, int off, int len);
}
