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
     * Four dot products against one vector in a single pass over it:
     * {@code out[r] = Σ_j x[off + r * stride + j] * y[j]} for {@code r < 4}, {@code j < len}.
     * Reading {@code y} once for four rows is what makes the kernel-domain Sinkhorn pass
     * memory-bound instead of bound by re-reading {@code y} from L2 for every row.
     *
     * @param x four rows, {@code stride} apart, from {@code off}
     * @param off offset of the first row
     * @param stride distance between rows
     * @param y the vector, from offset 0
     * @param len row length
     * @param out receives the four results in {@code out[0..3]}
     */
    void dot4(double[] x, int off, int stride, double[] y, int len, double[] out);

    /**
     * Float-storage variant of {@link #dot4(double[], int, int, double[], int, double[])},
     * accumulated in double.
     *
     * @param x four rows, {@code stride} apart, from {@code off}
     * @param off offset of the first row
     * @param stride distance between rows
     * @param y the vector, from offset 0
     * @param len row length
     * @param out receives the four results in {@code out[0..3]}
     */
    void dot4(float[] x, int off, int stride, double[] y, int len, double[] out);

    /**
     * Four scaled rows added in one read-modify-write of the destination:
     * {@code y[j] += Σ_r alpha[r] * x[off + r * stride + j]} for {@code r < 4}, {@code j < len}.
     *
     * @param alpha the four scales in {@code alpha[0..3]}
     * @param x four rows, {@code stride} apart, from {@code off}
     * @param off offset of the first row
     * @param stride distance between rows
     * @param y destination, from offset 0
     * @param len row length
     */
    void axpy4(double[] alpha, double[] x, int off, int stride, double[] y, int len);

    /**
     * Float-storage variant of {@link #axpy4(double[], double[], int, int, double[], int)}.
     *
     * @param alpha the four scales in {@code alpha[0..3]}
     * @param x four rows, {@code stride} apart, from {@code off}
     * @param off offset of the first row
     * @param stride distance between rows
     * @param y destination, from offset 0
     * @param len row length
     */
    void axpy4(double[] alpha, float[] x, int off, int stride, double[] y, int len);

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
     * The terms of {@link #sumExpDifference} written out:
     * {@code out[j] = exp((g[gOff + j] - c[cOff + j] - shift) * invEpsilon)}; returns their sum,
     * bitwise equal to {@code sumExpDifference} on the same terms. {@code out} may be {@code c}
     * when {@code cOff == 0}.
     *
     * @param g potential
     * @param gOff its offset
     * @param c costs
     * @param cOff their offset
     * @param shift subtracted before scaling (a maximum, for stability)
     * @param invEpsilon {@code 1 / epsilon}
     * @param out receives the terms, from offset 0
     * @param len length
     * @return {@code Σ_j out[j]}
     */
    double expDifference(double[] g, int gOff, double[] c, int cOff, double shift, double invEpsilon, double[] out,
                         int len);

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
