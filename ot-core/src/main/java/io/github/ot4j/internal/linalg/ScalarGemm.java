package io.github.ot4j.internal.linalg;

import java.util.Arrays;

/**
 * The scalar reference product: a cache-blocked i-k-j loop (the inner loop streams a row of B
 * into a row of C, which the JIT auto-vectorizes). It is the oracle the other kernels are tested
 * against and the fallback when neither the Vector API nor ojAlgo is wanted. Not part of the API.
 */
final class ScalarGemm implements GemmKernel {

    static final ScalarGemm INSTANCE = new ScalarGemm();

    private static final int KC = 128;

    private ScalarGemm() {
    }

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void multiply(boolean transA, boolean transB, int n, int m, int k, double[] a, double[] b, double[] c,
                         int rowFrom, int rowTo) {
        Arrays.fill(c, rowFrom * m, rowTo * m, 0);
        double[] bt = null;
        if (transB) {
            // Bring B into k x m row-major once so that the inner loop is contiguous.
            bt = new double[k * m];
            for (int j = 0; j < m; j++) {
                for (int p = 0; p < k; p++) {
                    bt[p * m + j] = b[j * k + p];
                }
            }
        }
        double[] bb = transB ? bt : b;
        for (int p0 = 0; p0 < k; p0 += KC) {
            int p1 = Math.min(k, p0 + KC);
            for (int i = rowFrom; i < rowTo; i++) {
                int ci = i * m;
                for (int p = p0; p < p1; p++) {
                    double aip = transA ? a[p * n + i] : a[i * k + p];
                    if (aip == 0) {
                        continue;
                    }
                    int bp = p * m;
                    for (int j = 0; j < m; j++) {
                        c[ci + j] += aip * bb[bp + j];
                    }
                }
            }
        }
    }
}
