package io.github.ot4j.internal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Vector API kernels against the scalar oracle, on lengths that exercise the tails. */
class KernelsTest {

    private static final Kernels S = ScalarKernels.INSTANCE;
    private static Kernels v;
    private static final int[] LENGTHS = {0, 1, 3, 7, 8, 9, 15, 16, 17, 31, 64, 100, 1001};

    @BeforeAll
    static void vectorKernels() {
        v = Vectorization.vectorKernelsOrNull();
        assertNotNull(v, "tests run with --add-modules jdk.incubator.vector (Surefire argLine); the vector kernels must load");
        assertEquals(v, Vectorization.kernels(), "the provider must pick the vector kernels when the module is present");
    }

    private static double[] random(SplittableRandom r, int n, double lo, double hi) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * r.nextDouble();
        }
        return x;
    }

    private static void close(double expected, double actual, double rel, String what) {
        assertTrue(Math.abs(expected - actual) <= rel * Math.max(1e-300, Math.abs(expected)),
                what + ": expected " + expected + " got " + actual);
    }

    @Test
    void dotAndAxpyAgreeWithScalar() {
        SplittableRandom r = new SplittableRandom(11);
        for (int len : LENGTHS) {
            double[] x = random(r, len + 3, -1, 1);
            double[] y = random(r, len + 5, -1, 1);
            float[] xf = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                xf[i] = (float) x[i];
            }
            double scale = 0;
            for (int i = 0; i < len; i++) {
                scale += Math.abs(x[3 + i] * y[5 + i]);
            }
            assertEquals(S.dot(x, 3, y, 5, len), v.dot(x, 3, y, 5, len), 1e-14 * (1 + scale), "dot len " + len);
            assertEquals(S.dot(xf, 3, y, 5, len), v.dot(xf, 3, y, 5, len), 1e-14 * (1 + scale), "float dot len " + len);
            double[] y1 = y.clone();
            double[] y2 = y.clone();
            S.axpy(0.7, x, 3, y1, 5, len);
            v.axpy(0.7, x, 3, y2, 5, len);
            for (int i = 0; i < y.length; i++) {
                assertEquals(y1[i], y2[i], 1e-15, "axpy len " + len + " at " + i);
            }
            S.axpy(-1.3, xf, 3, y1, 5, len);
            v.axpy(-1.3, xf, 3, y2, 5, len);
            for (int i = 0; i < y.length; i++) {
                assertEquals(y1[i], y2[i], 1e-15, "float axpy len " + len + " at " + i);
            }
        }
    }

    @Test
    void fourRowKernelsAgreeWithScalar() {
        SplittableRandom r = new SplittableRandom(14);
        for (int len : LENGTHS) {
            int stride = len + 2;
            int off = 3;
            double[] x = random(r, off + 4 * stride, -1, 1);
            float[] xf = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                xf[i] = (float) x[i];
            }
            double[] y = random(r, len, -1, 1);
            double[] out1 = new double[4];
            double[] out2 = new double[4];
            double[] alpha = {0.7, -1.3, 0.0, 2.5};
            for (boolean single : new boolean[] {false, true}) {
                if (single) {
                    S.dot4(xf, off, stride, y, len, out1);
                    v.dot4(xf, off, stride, y, len, out2);
                } else {
                    S.dot4(x, off, stride, y, len, out1);
                    v.dot4(x, off, stride, y, len, out2);
                }
                for (int k = 0; k < 4; k++) {
                    double scale = 0;
                    for (int j = 0; j < len; j++) {
                        scale += Math.abs(x[off + k * stride + j] * y[j]);
                    }
                    assertEquals(out1[k], out2[k], 1e-14 * (1 + scale), "dot4 row " + k + " len " + len);
                    double direct = single ? S.dot(xf, off + k * stride, y, 0, len) : S.dot(x, off + k * stride, y, 0, len);
                    assertEquals(direct, out1[k], 1e-14 * (1 + scale), "scalar dot4 is four dots, row " + k);
                }
                double[] w1 = random(r, len, -1, 1);
                double[] w2 = w1.clone();
                double[] w3 = w1.clone();
                if (single) {
                    S.axpy4(alpha, xf, off, stride, w1, len);
                    v.axpy4(alpha, xf, off, stride, w2, len);
                } else {
                    S.axpy4(alpha, x, off, stride, w1, len);
                    v.axpy4(alpha, x, off, stride, w2, len);
                }
                for (int k = 0; k < 4; k++) {
                    if (single) {
                        S.axpy(alpha[k], xf, off + k * stride, w3, 0, len);
                    } else {
                        S.axpy(alpha[k], x, off + k * stride, w3, 0, len);
                    }
                }
                for (int j = 0; j < len; j++) {
                    assertEquals(w1[j], w2[j], 1e-14, "axpy4 len " + len + " at " + j);
                    assertEquals(w3[j], w1[j], 1e-14, "scalar axpy4 is four axpys, at " + j);
                }
            }
        }
    }

    @Test
    void exponentialsAgreeWithScalarAcrossTheRange() {
        SplittableRandom r = new SplittableRandom(12);
        for (int len : LENGTHS) {
            double[] x = random(r, len, -800, 720);
            double[] o1 = new double[len + 2];
            double[] o2 = new double[len + 2];
            S.expScaled(x, 1.0, o1, 2, len);
            v.expScaled(x, 1.0, o2, 2, len);
            for (int i = 0; i < o1.length; i++) {
                if (o1[i] == 0 || Double.isInfinite(o1[i]) || o1[i] < Double.MIN_NORMAL) {
                    assertEquals(o1[i], o2[i], Double.MIN_NORMAL, "exp edge at " + i);
                } else {
                    close(o1[i], o2[i], 1e-15, "exp at " + i);
                }
            }
            float[] f1 = new float[len];
            float[] f2 = new float[len];
            double[] small = random(r, len, -80, 0);
            S.expScaled(small, 1.0, f1, 0, len);
            v.expScaled(small, 1.0, f2, 0, len);
            for (int i = 0; i < len; i++) {
                close(f1[i], f2[i], 1e-7, "float exp at " + i);
            }
        }
    }

    @Test
    void logSumExpPiecesAgreeWithScalar() {
        SplittableRandom r = new SplittableRandom(13);
        for (int len : LENGTHS) {
            if (len == 0) {
                continue;
            }
            double[] g = random(r, len + 4, -2, 2);
            double[] c = random(r, len, 0, 3);
            double max = S.maxDifference(g, 4, c, len);
            assertEquals(max, v.maxDifference(g, 4, c, len), 0.0, "max len " + len);
            close(S.sumExpDifference(g, 4, c, max, 7.0, len), v.sumExpDifference(g, 4, c, max, 7.0, len), 1e-13, "sumexp");
            for (Kernels k : new Kernels[] {S, v}) {
                double[] terms = new double[len];
                double sum = k.expDifference(g, 4, c, 0, max, 7.0, terms, len);
                assertEquals(k.sumExpDifference(g, 4, c, max, 7.0, len), sum, 0.0,
                        k.name() + ": expDifference's sum is bitwise sumExpDifference's");
                for (int j = 0; j < len; j++) {
                    close(Math.exp((g[4 + j] - c[j] - max) * 7.0), terms[j], 1e-15, k.name() + " exp term " + j);
                }
                double[] inPlace = c.clone();
                assertEquals(sum, k.expDifference(g, 4, inPlace, 0, max, 7.0, inPlace, len), 0.0, "in place");
                for (int j = 0; j < len; j++) {
                    assertEquals(terms[j], inPlace[j], 0.0, k.name() + " in-place term " + j);
                }
                double[] shifted = new double[len + 5];
                System.arraycopy(c, 0, shifted, 5, len);
                double[] terms2 = new double[len];
                assertEquals(sum, k.expDifference(g, 4, shifted, 5, max, 7.0, terms2, len), 0.0, "cost offset");
                for (int j = 0; j < len; j++) {
                    assertEquals(terms[j], terms2[j], 0.0, k.name() + " offset term " + j);
                }
            }
            double[] acc1 = random(r, len + 4, 0, 1);
            double[] acc2 = acc1.clone();
            S.accumulateExp(0.3, g, c, 5.0, acc1, 4, len);
            v.accumulateExp(0.3, g, c, 5.0, acc2, 4, len);
            for (int i = 0; i < acc1.length; i++) {
                close(acc1[i], acc2[i], 1e-14, "accumulate at " + i);
            }
            double[] m1 = random(r, len + 4, -3, 0);
            double[] m2 = m1.clone();
            S.maxAccumulate(0.5, c, m1, 4, len);
            v.maxAccumulate(0.5, c, m2, 4, len);
            for (int i = 0; i < m1.length; i++) {
                assertEquals(m1[i], m2[i], 0.0, "max accumulate at " + i);
            }
        }
    }

    @Test
    void exponentialOfMinusInfinityIsZeroAndNaNStaysNaN() {
        double[] x = new double[17];
        java.util.Arrays.fill(x, Double.NEGATIVE_INFINITY);
        x[3] = Double.NaN;
        double[] o = new double[17];
        v.expScaled(x, 1.0, o, 0, 17);
        for (int i = 0; i < 17; i++) {
            if (i == 3) {
                assertTrue(Double.isNaN(o[i]));
            } else {
                assertEquals(0.0, o[i]);
            }
        }
    }
}
