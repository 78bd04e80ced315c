package io.github.ot4j.info.kde;

import io.github.ot4j.info.internal.KernelMath;
import io.github.ot4j.internal.linalg.DenseProducts;

/** A stored symmetric kernel matrix; products go through ot-core's dense-product seam. */
final class DenseKernelMatrix implements KernelMatrix {

    private final int n;
    private final double[] k;
    private final double[] means;

    /** @param k owned by this object from now on */
    DenseKernelMatrix(int n, double[] k) {
        this.n = n;
        this.k = k;
        this.means = KernelMath.rowMeans(k, n, n);
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public int rank() {
        return n;
    }

    @Override
    public double[] rowMeans() {
        return means.clone();
    }

    @Override
    public void leftMultiply(double[] x, int cols, double[] out) {
        DenseProducts.multiply(k, x, out, n, n, cols);
    }

    @Override
    public void rightMultiply(double[] x, int rows, double[] out) {
        // X K^T equals X K for a symmetric K; the transposed form mirrors numpy's Kx.dot(P).dot(Ky.T).
        DenseProducts.multiplyTransposeB(x, k, out, rows, n, n);
    }

    /** @return the backing array (not copied) */
    double[] data() {
        return k;
    }

    @Override
    public String toString() {
        return "DenseKernelMatrix[" + n + " x " + n + "]";
    }
}
