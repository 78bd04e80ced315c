package io.github.ot4j.internal.linalg;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class LowRankTest {

    private static double[] product(double[] u, double[] v, int n, int m, int r) {
        double[] a = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < r; k++) {
                    s += u[i * r + k] * v[j * r + k];
                }
                a[i * m + j] = s;
            }
        }
        return a;
    }

    @Test
    void recoversTheRankOfRandomLowRankMatrices() {
        Random rnd = new Random(7);
        for (int r : new int[] {1, 3, 6}) {
            int n = 40;
            int m = 33;
            double[] u = new double[n * r];
            double[] v = new double[m * r];
            for (int k = 0; k < u.length; k++) {
                u[k] = rnd.nextGaussian();
            }
            for (int k = 0; k < v.length; k++) {
                v[k] = rnd.nextGaussian();
            }
            double[] a = product(u, v, n, m, r);
            double[][] f = LowRank.factor(a, n, m, 10, 1e-13);
            assertNotNull(f, "rank " + r);
            int rank = f[0].length / n;
            assertEquals(r, rank);
            double[] back = product(f[0], f[1], n, m, rank);
            double max = 0;
            for (double x : a) {
                max = Math.max(max, Math.abs(x));
            }
            for (int k = 0; k < a.length; k++) {
                assertEquals(a[k], back[k], 1e-13 * max);
            }
            assertNull(LowRank.factor(a, n, m, r - 1, 1e-13), "rank " + r + " needs " + r + " steps");
        }
    }

    @Test
    void fullRankIsRejectedAndZeroHasRankZero() {
        Random rnd = new Random(8);
        double[] a = new double[30 * 30];
        for (int k = 0; k < a.length; k++) {
            a[k] = rnd.nextDouble();
        }
        assertNull(LowRank.factor(a, 30, 30, 10, 1e-13));
        double[][] zero = LowRank.factor(new double[12], 3, 4, 2, 1e-13);
        assertNotNull(zero);
        assertEquals(0, zero[0].length);
        assertEquals(0, zero[1].length);
    }
}
