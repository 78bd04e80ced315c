package io.github.ot4j.internal.linalg;

/**
 * The single-precision counterpart of {@link GemmKernel}: overwrites rows {@code [rowFrom, rowTo)}
 * of {@code C = op(A) op(B)} on row-major {@code float[]}, accumulating in float. Implementations
 * are stateless and thread-safe; {@link DenseProducts} splits rows across threads. Arguments are
 * not checked. Not part of the API.
 */
public interface FloatGemmKernel {

    /** @return a short name for benchmarks, e.g. "vector-float-512" */
    String name();

    /**
     * @param transA whether A is stored transposed ({@code k × n} instead of {@code n × k})
     * @param transB whether B is stored transposed ({@code m × k} instead of {@code k × m})
     * @param n rows of C
     * @param m columns of C
     * @param k inner dimension
     * @param a A's row-major storage
     * @param b B's row-major storage
     * @param c C's row-major storage, written
     * @param rowFrom first row of C to compute
     * @param rowTo end row (exclusive)
     */
    void multiply(boolean transA, boolean transB, int n, int m, int k, float[] a, float[] b, float[] c,
                  int rowFrom, int rowTo);
}
