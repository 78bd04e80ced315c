package io.github.ot4j.info.kde;

import io.github.ot4j.internal.linalg.DenseProducts;

/** {@code K ≈ F Fᵀ} with an {@code n × r} factor. */
final class LowRankKernelMatrix implements KernelMatrix {

    private final int n;
    private final int r;
    private final double[] f;
    private final double[] means;

    LowRankKernelMatrix(int n, int r, double[] f, double[] means) {
        this.n = n;
        this.r = r;
        this.f = f;
        this.means = means != null ? means : factorMeans(n, r, f);
    }

    private static double[] factorMeans(int n, int r, double[] f) {
        double[] colSum = new double[r];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < r; l++) {
                colSum[l] += f[i * r + l];
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int l = 0; l < r; l++) {
                s += f[i * r + l] * colSum[l];
            }
            out[i] = s / n;
        }
        return out;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public int rank() {
        return r;
    }

    @Override
    public double[] rowMeans() {
        return means.clone();
    }

    @Override
    public void leftMultiply(double[] x, int cols, double[] out) {
        double[] t = new double[cols * r];
        DenseProducts.multiplyTransposeA(x, f, t, cols, n, r); // Xᵀ F = (Fᵀ X)ᵀ, cols rows: splits across threads
        DenseProducts.multiplyTransposeB(f, t, out, n, r, cols); // F (Fᵀ X)
    }

    @Override
    public void rightMultiply(double[] x, int rows, double[] out) {
        double[] t = new double[rows * r];
        DenseProducts.multiply(x, f, t, rows, n, r); // X F
        DenseProducts.multiplyTransposeB(t, f, out, rows, r, n); // (X F) Fᵀ
    }

    /** @return the factor (not copied) */
    double[] factor() {
        return f;
    }

    @Override
    public String toString() {
        return "LowRankKernelMatrix[" + n + " x " + n + ", rank " + r + "]";
    }
}
