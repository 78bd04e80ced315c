package io.github.ot4j.internal.linalg;

import java.util.Arrays;

/**
 * The scalar single-precision product, the float counterpart of {@link ScalarGemm} (same blocked
 * i-k-j loop, float accumulation): the fallback when the Vector API is absent and the oracle the
 * vector float kernel is tested against. Not part of the API.
 */
final class ScalarFloatGemm implements FloatGemmKernel {

    static final ScalarFloatGemm INSTANCE = new ScalarFloatGemm();

    private static final int KC = 128;

    private ScalarFloatGemm() {
    }

    @Override
    public String name() {
        return "scalar-float";
    }

    @Override
    public void multiply(boolean transA, boolean transB, int n, int m, int k, float[] a, float[] b, float[] c,
                         int rowFrom, int rowTo) {
        Arrays.fill(c, rowFrom * m, rowTo * m, 0f);
        float[] bb = b;
        if (transB) {
            // Bring B into k x m row-major once so that the inner loop is contiguous.
            bb = new float[k * m];
            for (int j = 0; j < m; j++) {
                for (int p = 0; p < k; p++) {
                    bb[p * m + j] = b[j * k + p];
                }
            }
        }
        for (int p0 = 0; p0 < k; p0 += KC) {
            int p1 = Math.min(k, p0 + KC);
            for (int i = rowFrom; i < rowTo; i++) {
                int ci = i * m;
                for (int p = p0; p < p1; p++) {
                    float aip = transA ? a[p * n + i] : a[i * k + p];
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
