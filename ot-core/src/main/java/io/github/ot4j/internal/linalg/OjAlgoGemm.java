package io.github.ot4j.internal.linalg;

import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * The product through ojAlgo's {@code R064Store.fillByMultiplying}. ojAlgo stores column-major,
 * so a row-major {@code r × c} array is ojAlgo's {@code c × r} transpose: {@code C = op(A) op(B)}
 * is computed as {@code Cᵀ = op(B)ᵀ op(A)ᵀ} on the same arrays, without copying. Row ranges are
 * ignored: ojAlgo parallelizes internally, so {@link DenseProducts} calls it once with all rows.
 * Not part of the API.
 */
final class OjAlgoGemm implements GemmKernel {

    static final OjAlgoGemm INSTANCE = new OjAlgoGemm();

    private OjAlgoGemm() {
    }

    @Override
    public String name() {
        return "ojalgo";
    }

    @Override
    public void multiply(boolean transA, boolean transB, int n, int m, int k, double[] a, double[] b, double[] c,
                         int rowFrom, int rowTo) {
        // Column-major views: a row-major (r x c) array is the column-major (c x r) transpose.
        MatrixStore<Double> at = transA ? R064Store.wrap(a, n).transpose() : R064Store.wrap(a, k); // op(A)^T, k x n
        MatrixStore<Double> bt = transB ? R064Store.wrap(b, k).transpose() : R064Store.wrap(b, m); // op(B)^T, m x k
        R064Store ct = R064Store.wrap(c, m); // C^T, m x n
        ct.fillByMultiplying(bt, at);
    }
}
