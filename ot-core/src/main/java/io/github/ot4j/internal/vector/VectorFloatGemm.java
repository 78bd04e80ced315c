package io.github.ot4j.internal.vector;

import io.github.ot4j.internal.linalg.FloatGemmKernel;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The single-precision twin of {@link VectorGemm}: the same GotoBLAS-style packing
 * ({@code KC × NC} blocks of B, {@code MC × KC} blocks of A) and the same {@code 6 × 3L}
 * register tile, with {@code L} floats per vector (16 on AVX-512, twice the doubles), so each
 * fused multiply-add does twice the work. Products accumulate in float. Hand-written for the
 * same reason as {@link VectorGemm}: no pure-Java library offers a fast single-precision
 * product (ojAlgo's is scalar, and native BLAS is not an option for a pure-Java library).
 * Used by InfoOT's low-rank kernel sandwich ({@code InfoOtOptions.productPrecision}). Loaded
 * reflectively by {@code DenseProducts} only when {@code jdk.incubator.vector} is present;
 * tested against the scalar float kernel and the double product. Not part of the API.
 */
public final class VectorFloatGemm implements FloatGemmKernel {

    /** The instance. */
    public static final VectorFloatGemm INSTANCE = new VectorFloatGemm();

    private static final VectorSpecies<Float> D = FloatVector.SPECIES_PREFERRED;
    private static final int L = D.length();
    private static final int MR = 6;
    private static final int NR = 3 * L;
    private static final int KC = 256;
    private static final int MC = 96;
    /** Column block: a multiple of NR, so that packed panels never straddle two blocks. */
    private static final int NC = (2048 / NR) * NR;

    private VectorFloatGemm() {
    }

    @Override
    public String name() {
        return "vector-float-" + D.vectorBitSize();
    }

    @Override
    public void multiply(boolean transA, boolean transB, int n, int m, int k, float[] a, float[] b,
                                float[] c, int rowFrom, int rowTo) {
        java.util.Arrays.fill(c, rowFrom * m, rowTo * m, 0f);
        if (k == 0 || rowFrom >= rowTo) {
            return;
        }
        int kcMax = Math.min(KC, k);
        int ncMax = Math.min(NC, roundUp(m, NR));
        int mcMax = Math.min(MC, roundUp(rowTo - rowFrom, MR));
        float[] bpack = new float[kcMax * ncMax];
        float[] apack = new float[kcMax * mcMax];
        float[] tile = new float[MR * NR];
        for (int j0 = 0; j0 < m; j0 += NC) {
            int nc = Math.min(NC, m - j0);
            for (int p0 = 0; p0 < k; p0 += KC) {
                int kc = Math.min(KC, k - p0);
                packB(transB, m, k, b, p0, kc, j0, nc, bpack);
                block(transA, n, m, k, a, bpack, 0, kc, p0, kc, j0, nc, apack, tile, c, rowFrom, rowTo);
            }
        }
    }

    /** Panels of {@code NR} columns; the packed B holds panel {@code t} at {@code t k NR}, row {@code p} at {@code + p NR}. */
    @Override
    public int panels(int m) {
        return (m + NR - 1) / NR;
    }

    @Override
    public int packedBLength(int m, int k) {
        return panels(m) * NR * k;
    }

    @Override
    public void packB(boolean transB, int m, int k, float[] b, float[] packed, int panelFrom, int panelTo) {
        for (int t = panelFrom; t < panelTo; t++) {
            int j = t * NR;
            int nr = Math.min(NR, m - j);
            int base = t * k * NR;
            if (!transB) {
                for (int p = 0; p < k; p++) {
                    int dst = base + p * NR;
                    System.arraycopy(b, p * m + j, packed, dst, nr);
                    for (int q = nr; q < NR; q++) {
                        packed[dst + q] = 0;
                    }
                }
            } else {
                for (int q = 0; q < NR; q++) {
                    if (q < nr) {
                        int src = (j + q) * k;
                        for (int p = 0; p < k; p++) {
                            packed[base + p * NR + q] = b[src + p];
                        }
                    } else {
                        for (int p = 0; p < k; p++) {
                            packed[base + p * NR + q] = 0;
                        }
                    }
                }
            }
        }
    }

    @Override
    public void multiplyPacked(boolean transA, int n, int m, int k, float[] a, float[] packedB, float[] c,
                               int rowFrom, int rowTo) {
        java.util.Arrays.fill(c, rowFrom * m, rowTo * m, 0f);
        if (k == 0 || rowFrom >= rowTo) {
            return;
        }
        int kcMax = Math.min(KC, k);
        int mcMax = Math.min(MC, roundUp(rowTo - rowFrom, MR));
        float[] apack = new float[kcMax * mcMax];
        float[] tile = new float[MR * NR];
        for (int j0 = 0; j0 < m; j0 += NC) {
            int nc = Math.min(NC, m - j0);
            for (int p0 = 0; p0 < k; p0 += KC) {
                int kc = Math.min(KC, k - p0);
                // Panel t = (j0 + jr) / NR starts at t k NR; rows p0.. of it at + p0 NR.
                block(transA, n, m, k, a, packedB, (j0 / NR) * k * NR + p0 * NR, k, p0, kc, j0, nc, apack, tile,
                        c, rowFrom, rowTo);
            }
        }
    }

    /**
     * Adds {@code op(A)(rows, p0 : p0 + kc) · op(B)(p0 : p0 + kc, j0 : j0 + nc)} into C; the B
     * block's panel {@code jr / NR} starts at {@code bBase + (jr / NR) panelRows NR}.
     */
    private static void block(boolean transA, int n, int m, int k, float[] a, float[] bpack, int bBase, int panelRows,
                              int p0, int kc, int j0, int nc, float[] apack, float[] tile, float[] c,
                              int rowFrom, int rowTo) {
        for (int i0 = rowFrom; i0 < rowTo; i0 += MC) {
            int mc = Math.min(MC, rowTo - i0);
            packA(transA, n, k, a, i0, mc, p0, kc, apack);
            for (int jr = 0; jr < nc; jr += NR) {
                int nr = Math.min(NR, nc - jr);
                int bOff = bBase + (jr / NR) * panelRows * NR;
                for (int ir = 0; ir < mc; ir += MR) {
                    int mr = Math.min(MR, mc - ir);
                    int aOff = (ir / MR) * kc * MR;
                    int cOff = (i0 + ir) * m + j0 + jr;
                    if (mr == MR && nr == NR) {
                        kernel(kc, apack, aOff, bpack, bOff, c, cOff, m);
                    } else {
                        java.util.Arrays.fill(tile, 0f);
                        kernel(kc, apack, aOff, bpack, bOff, tile, 0, NR);
                        for (int r = 0; r < mr; r++) {
                            for (int q = 0; q < nr; q++) {
                                c[cOff + r * m + q] += tile[r * NR + q];
                            }
                        }
                    }
                }
            }
        }
    }

    private static int roundUp(int x, int unit) {
        return (x + unit - 1) / unit * unit;
    }

    /** {@code bpack[(t kc + p) NR + q] = op(B)(p0 + p, j0 + t NR + q)}, zero beyond column {@code m}. */
    private static void packB(boolean transB, int m, int k, float[] b, int p0, int kc, int j0, int nc,
                              float[] bpack) {
        for (int jr = 0; jr < nc; jr += NR) {
            int nr = Math.min(NR, nc - jr);
            int base = (jr / NR) * kc * NR;
            if (!transB) {
                for (int p = 0; p < kc; p++) {
                    int src = (p0 + p) * m + j0 + jr;
                    int dst = base + p * NR;
                    System.arraycopy(b, src, bpack, dst, nr);
                    for (int q = nr; q < NR; q++) {
                        bpack[dst + q] = 0;
                    }
                }
            } else {
                for (int q = 0; q < NR; q++) {
                    if (q < nr) {
                        int src = (j0 + jr + q) * k + p0;
                        for (int p = 0; p < kc; p++) {
                            bpack[base + p * NR + q] = b[src + p];
                        }
                    } else {
                        for (int p = 0; p < kc; p++) {
                            bpack[base + p * NR + q] = 0;
                        }
                    }
                }
            }
        }
    }

    /** {@code apack[(s kc + p) MR + r] = op(A)(i0 + s MR + r, p0 + p)}, zero beyond row {@code i0 + mc}. */
    private static void packA(boolean transA, int n, int k, float[] a, int i0, int mc, int p0, int kc,
                              float[] apack) {
        if (transA) {
            // Row p of the stored A holds column p of op(A): read it once, contiguously, into all
            // panels (six-element System.arraycopy calls per panel and p cost ~20% of an
            // Xᵀ F product with k = 2000 in a benchmark).
            for (int p = 0; p < kc; p++) {
                int src = (p0 + p) * n + i0;
                for (int ir = 0; ir < mc; ir += MR) {
                    int dst = (ir / MR) * kc * MR + p * MR;
                    int s = src + ir;
                    if (mc - ir >= MR) {
                        apack[dst] = a[s];
                        apack[dst + 1] = a[s + 1];
                        apack[dst + 2] = a[s + 2];
                        apack[dst + 3] = a[s + 3];
                        apack[dst + 4] = a[s + 4];
                        apack[dst + 5] = a[s + 5];
                    } else {
                        int mr = mc - ir;
                        for (int r = 0; r < MR; r++) {
                            apack[dst + r] = r < mr ? a[s + r] : 0f;
                        }
                    }
                }
            }
            return;
        }
        for (int ir = 0; ir < mc; ir += MR) {
            int mr = Math.min(MR, mc - ir);
            int base = (ir / MR) * kc * MR;
            for (int r = 0; r < MR; r++) {
                if (r < mr) {
                    int src = (i0 + ir + r) * k + p0;
                    for (int p = 0; p < kc; p++) {
                        apack[base + p * MR + r] = a[src + p];
                    }
                } else {
                    for (int p = 0; p < kc; p++) {
                        apack[base + p * MR + r] = 0;
                    }
                }
            }
        }
    }

    /** Adds the {@code MR × NR} tile {@code Apanel · Bpanel} into C at {@code cOff} (row stride {@code ldc}). */
    private static void kernel(int kc, float[] ap, int aOff, float[] bp, int bOff, float[] c, int cOff, int ldc) {
        FloatVector c00 = FloatVector.zero(D);
        FloatVector c01 = FloatVector.zero(D);
        FloatVector c02 = FloatVector.zero(D);
        FloatVector c10 = FloatVector.zero(D);
        FloatVector c11 = FloatVector.zero(D);
        FloatVector c12 = FloatVector.zero(D);
        FloatVector c20 = FloatVector.zero(D);
        FloatVector c21 = FloatVector.zero(D);
        FloatVector c22 = FloatVector.zero(D);
        FloatVector c30 = FloatVector.zero(D);
        FloatVector c31 = FloatVector.zero(D);
        FloatVector c32 = FloatVector.zero(D);
        FloatVector c40 = FloatVector.zero(D);
        FloatVector c41 = FloatVector.zero(D);
        FloatVector c42 = FloatVector.zero(D);
        FloatVector c50 = FloatVector.zero(D);
        FloatVector c51 = FloatVector.zero(D);
        FloatVector c52 = FloatVector.zero(D);
        int ai = aOff;
        int bi = bOff;
        for (int p = 0; p < kc; p++) {
            FloatVector b0 = FloatVector.fromArray(D, bp, bi + 0 * L);
            FloatVector b1 = FloatVector.fromArray(D, bp, bi + 1 * L);
            FloatVector b2 = FloatVector.fromArray(D, bp, bi + 2 * L);
            FloatVector x;
            x = FloatVector.broadcast(D, ap[ai + 0]);
            c00 = b0.fma(x, c00);
            c01 = b1.fma(x, c01);
            c02 = b2.fma(x, c02);
            x = FloatVector.broadcast(D, ap[ai + 1]);
            c10 = b0.fma(x, c10);
            c11 = b1.fma(x, c11);
            c12 = b2.fma(x, c12);
            x = FloatVector.broadcast(D, ap[ai + 2]);
            c20 = b0.fma(x, c20);
            c21 = b1.fma(x, c21);
            c22 = b2.fma(x, c22);
            x = FloatVector.broadcast(D, ap[ai + 3]);
            c30 = b0.fma(x, c30);
            c31 = b1.fma(x, c31);
            c32 = b2.fma(x, c32);
            x = FloatVector.broadcast(D, ap[ai + 4]);
            c40 = b0.fma(x, c40);
            c41 = b1.fma(x, c41);
            c42 = b2.fma(x, c42);
            x = FloatVector.broadcast(D, ap[ai + 5]);
            c50 = b0.fma(x, c50);
            c51 = b1.fma(x, c51);
            c52 = b2.fma(x, c52);
            ai += MR;
            bi += NR;
        }
        c00.add(FloatVector.fromArray(D, c, cOff + 0 * ldc + 0 * L)).intoArray(c, cOff + 0 * ldc + 0 * L);
        c01.add(FloatVector.fromArray(D, c, cOff + 0 * ldc + 1 * L)).intoArray(c, cOff + 0 * ldc + 1 * L);
        c02.add(FloatVector.fromArray(D, c, cOff + 0 * ldc + 2 * L)).intoArray(c, cOff + 0 * ldc + 2 * L);
        c10.add(FloatVector.fromArray(D, c, cOff + 1 * ldc + 0 * L)).intoArray(c, cOff + 1 * ldc + 0 * L);
        c11.add(FloatVector.fromArray(D, c, cOff + 1 * ldc + 1 * L)).intoArray(c, cOff + 1 * ldc + 1 * L);
        c12.add(FloatVector.fromArray(D, c, cOff + 1 * ldc + 2 * L)).intoArray(c, cOff + 1 * ldc + 2 * L);
        c20.add(FloatVector.fromArray(D, c, cOff + 2 * ldc + 0 * L)).intoArray(c, cOff + 2 * ldc + 0 * L);
        c21.add(FloatVector.fromArray(D, c, cOff + 2 * ldc + 1 * L)).intoArray(c, cOff + 2 * ldc + 1 * L);
        c22.add(FloatVector.fromArray(D, c, cOff + 2 * ldc + 2 * L)).intoArray(c, cOff + 2 * ldc + 2 * L);
        c30.add(FloatVector.fromArray(D, c, cOff + 3 * ldc + 0 * L)).intoArray(c, cOff + 3 * ldc + 0 * L);
        c31.add(FloatVector.fromArray(D, c, cOff + 3 * ldc + 1 * L)).intoArray(c, cOff + 3 * ldc + 1 * L);
        c32.add(FloatVector.fromArray(D, c, cOff + 3 * ldc + 2 * L)).intoArray(c, cOff + 3 * ldc + 2 * L);
        c40.add(FloatVector.fromArray(D, c, cOff + 4 * ldc + 0 * L)).intoArray(c, cOff + 4 * ldc + 0 * L);
        c41.add(FloatVector.fromArray(D, c, cOff + 4 * ldc + 1 * L)).intoArray(c, cOff + 4 * ldc + 1 * L);
        c42.add(FloatVector.fromArray(D, c, cOff + 4 * ldc + 2 * L)).intoArray(c, cOff + 4 * ldc + 2 * L);
        c50.add(FloatVector.fromArray(D, c, cOff + 5 * ldc + 0 * L)).intoArray(c, cOff + 5 * ldc + 0 * L);
        c51.add(FloatVector.fromArray(D, c, cOff + 5 * ldc + 1 * L)).intoArray(c, cOff + 5 * ldc + 1 * L);
        c52.add(FloatVector.fromArray(D, c, cOff + 5 * ldc + 2 * L)).intoArray(c, cOff + 5 * ldc + 2 * L);
    }
}
