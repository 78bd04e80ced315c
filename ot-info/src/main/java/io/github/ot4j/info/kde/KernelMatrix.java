package io.github.ot4j.info.kde;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Checks;
import io.github.ot4j.internal.RawAccess;

/**
 * A symmetric positive semi-definite kernel matrix {@code K} ({@code n × n}) over one domain's
 * sample, seen as an operator: InfoOT only ever needs {@code K X}, {@code X K} and the row
 * means {@code f_i = (1/n) Σ_j K_ij} (the kernel density estimate at the sample points, up to
 * a constant). Two representations:
 * <ul>
 *   <li>{@link #dense(Matrix)}: the stored matrix; products cost {@code n² · cols} through
 *       ot-core's dense-product seam.</li>
 *   <li>{@link #lowRank(double[], int, int, double[])}: a factor {@code F} ({@code n × r}) with
 *       {@code K ≈ F Fᵀ}; products cost {@code 2 n r · cols}. Built by
 *       {@link GaussianKernel#pivotedCholesky}.</li>
 * </ul>
 * Implementations are immutable and thread-safe.
 */
public interface KernelMatrix {

    /** @return {@code n} */
    int size();

    /** @return the rank of the representation ({@code n} for a dense matrix) */
    int rank();

    /** @return the row means {@code f_i = (1/n) Σ_j K_ij} (a copy) */
    double[] rowMeans();

    /**
     * {@code out = K X}.
     *
     * @param x {@code n × cols}, row-major; not modified
     * @param cols columns of X
     * @param out {@code n × cols}, overwritten
     */
    void leftMultiply(double[] x, int cols, double[] out);

    /**
     * {@code out = X K} (K is symmetric, so this is also {@code X Kᵀ}).
     *
     * @param x {@code rows × n}, row-major; not modified
     * @param rows rows of X
     * @param out {@code rows × n}, overwritten
     */
    void rightMultiply(double[] x, int rows, double[] out);

    /**
     * A stored kernel matrix.
     *
     * @param k a square, symmetric kernel matrix (copied by {@link Matrix} already; not re-checked for symmetry)
     * @return the operator
     * @throws IllegalArgumentException if {@code k} is null or not square
     */
    static KernelMatrix dense(Matrix k) {
        if (k == null) {
            throw new IllegalArgumentException("kernel matrix must not be null");
        }
        if (k.rows() != k.cols()) {
            throw new IllegalArgumentException("kernel matrix must be square, got " + k.rows() + " x " + k.cols());
        }
        return new DenseKernelMatrix(k.rows(), RawAccess.data(k));
    }

    /**
     * A low-rank kernel {@code K ≈ F Fᵀ}.
     *
     * @param factor {@code n × r} row-major factor; copied
     * @param n rows
     * @param r rank, at least 1
     * @param rowMeans the row means to report (the exact ones, if known, else {@code F (Fᵀ 1) / n});
     *     null to derive them from the factor; copied
     * @return the operator
     * @throws IllegalArgumentException on a bad shape or non-finite entries
     */
    static KernelMatrix lowRank(double[] factor, int n, int r, double[] rowMeans) {
        if (factor == null || n < 1 || r < 1 || factor.length != (long) n * r) {
            throw new IllegalArgumentException("factor must hold n * r = " + n + " * " + r + " values, got "
                    + (factor == null ? "null" : String.valueOf(factor.length)));
        }
        Checks.requireFinite("factor", factor, r);
        double[] means = rowMeans == null ? null : rowMeans.clone();
        if (means != null && means.length != n) {
            throw new IllegalArgumentException("rowMeans has " + means.length + " entries but the factor has " + n + " rows");
        }
        return new LowRankKernelMatrix(n, r, factor.clone(), means);
    }
}
