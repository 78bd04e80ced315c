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

    /**
     * Length of the whole of {@code op(B)} packed by {@link #packB}, or {@code -1} if this kernel
     * has no shared packing (then {@link #multiply} packs per row block).
     *
     * @param m columns of C
     * @param k inner dimension
     * @return the length, or -1
     */
    default int packedBLength(int m, int k) {
        return -1;
    }

    /**
     * Number of column panels of the packed B; {@link #packB} takes panel ranges, so that
     * threads can pack disjoint ranges.
     *
     * @param m columns of C
     * @return the number of panels
     */
    default int panels(int m) {
        throw new UnsupportedOperationException();
    }

    /**
     * Packs column panels {@code [panelFrom, panelTo)} of {@code op(B)} into {@code packed}.
     *
     * @param transB whether B is stored transposed
     * @param m columns of C
     * @param k inner dimension
     * @param b B's row-major storage
     * @param packed destination of {@link #packedBLength} floats
     * @param panelFrom first panel
     * @param panelTo end panel (exclusive)
     */
    default void packB(boolean transB, int m, int k, float[] b, float[] packed, int panelFrom, int panelTo) {
        throw new UnsupportedOperationException();
    }

    /**
     * {@link #multiply} with B already packed by {@link #packB}, shared read-only across threads;
     * bitwise the same result.
     *
     * @param transA whether A is stored transposed
     * @param n rows of C
     * @param m columns of C
     * @param k inner dimension
     * @param a A's row-major storage
     * @param packedB the packed B
     * @param c C's row-major storage, written
     * @param rowFrom first row of C to compute
     * @param rowTo end row (exclusive)
     */
    default void multiplyPacked(boolean transA, int n, int m, int k, float[] a, float[] packedB, float[] c,
                                int rowFrom, int rowTo) {
        throw new UnsupportedOperationException();
    }
}
