package io.github.ot4j.internal.linalg;

/**
 * One implementation of the dense product {@code C[rowFrom..rowTo) = op(A) op(B)} on row-major
 * arrays, where {@code op(X)} is {@code X} or {@code Xᵀ}. Implementations are stateless and
 * thread-safe; {@link DenseProducts} splits rows across threads and calls them per row range.
 * Arguments are not checked. Not part of the API.
 */
public interface GemmKernel {

    /** @return a short name for benchmarks, e.g. "vector-512" */
    String name();

    /**
     * Overwrites rows {@code [rowFrom, rowTo)} of {@code C} ({@code n × m}, row-major, leading
     * dimension {@code m}) with the same rows of {@code op(A) op(B)}.
     *
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
    void multiply(boolean transA, boolean transB, int n, int m, int k, double[] a, double[] b, double[] c,
                  int rowFrom, int rowTo);
}
