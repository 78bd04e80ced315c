package io.github.ot4j.info.kde;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.solver.KernelPrecision;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bandwidth rules, kernels, the MI gradient (against finite differences) and low-rank kernels. */
class KernelDensityTest {

    private static Matrix points(Random r, int n, int d) {
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextGaussian();
        }
        return Matrix.of(n, d, x);
    }

    @Test
    void bandwidthRules() {
        // 3 points on a line: distances 1, 2, 1 (off-diagonal, twice each).
        Matrix x = Matrix.of(new double[][] {{0}, {1}, {2}});
        double[] d = GaussianKernel.distances(x, x).toRowMajor();
        assertEquals(0.5 * Math.sqrt((4 * 1 + 2 * 4) / 9.0 / 2), Bandwidth.reference(0.5).sigma(d, 3, 3, true), 1e-15);
        assertEquals(2 * 1.0, Bandwidth.median(2).sigma(d, 3, 3, true), 1e-15);
        assertEquals(0.7, Bandwidth.fixed(0.7).sigma(d, 3, 3, true), 0);
        assertThrows(IllegalArgumentException.class, () -> Bandwidth.reference(0));
        assertThrows(IllegalArgumentException.class, () -> Bandwidth.median(-1));
        assertThrows(IllegalArgumentException.class, () -> Bandwidth.fixed(Double.NaN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Bandwidth.reference(1).sigma(new double[4], 2, 2, true));
        assertTrue(e.getMessage().contains("sigma = 0"), e.getMessage());
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        Random r = new Random(3);
        int n = 7;
        int m = 5;
        Matrix xs = points(r, n, 2);
        Matrix xt = points(r, m, 3);
        Matrix ks = GaussianKernel.kernel(GaussianKernel.distances(xs, xs), 0.8);
        Matrix kt = GaussianKernel.kernel(GaussianKernel.distances(xt, xt), 1.1);
        KernelMutualInformation f = new KernelMutualInformation(KernelMatrix.dense(ks), KernelMatrix.dense(kt));
        double[] p = new double[n * m];
        double total = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = 0.5 + r.nextDouble();
            total += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= total;
        }
        double[] grad = new double[n * m];
        double value = f.valueAndGradient(p, n, m, grad);
        assertEquals(-f.mutualInformation(p), value, 1e-15);
        double h = 1e-7;
        for (int k = 0; k < p.length; k += 3) {
            double[] q = p.clone();
            q[k] += h;
            double up = f.value(q, n, m);
            q[k] -= 2 * h;
            double down = f.value(q, n, m);
            // F = -Σ P log ratio; its derivative is grad = -(log ratio + Kx (P/fxy) Ky).
            assertEquals((up - down) / (2 * h), grad[k], 1e-6 * Math.max(1, Math.abs(grad[k])), "entry " + k);
        }
    }

    @Test
    void fullRankPivotedCholeskyReproducesTheKernelAndItsProducts() {
        Random r = new Random(4);
        int n = 40;
        Matrix x = points(r, n, 3);
        Matrix d = GaussianKernel.distances(x, x);
        Matrix k = GaussianKernel.kernel(d, 1.5);
        KernelMatrix exact = KernelMatrix.dense(k);
        KernelMatrix low = GaussianKernel.pivotedCholesky(d, 1.5, n, 1e-14);
        double[] z = points(r, n, 4).toRowMajor();
        double[] a = new double[n * 4];
        double[] b = new double[n * 4];
        exact.leftMultiply(z, 4, a);
        low.leftMultiply(z, 4, b);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-6);
        }
        double[] zt = points(r, 3, n).toRowMajor();
        double[] c = new double[3 * n];
        double[] e = new double[3 * n];
        exact.rightMultiply(zt, 3, c);
        low.rightMultiply(zt, 3, e);
        for (int i = 0; i < c.length; i++) {
            assertEquals(c[i], e[i], 1e-6);
        }
        double[] m1 = exact.rowMeans();
        double[] m2 = low.rowMeans();
        for (int i = 0; i < n; i++) {
            assertEquals(m1[i], m2[i], 1e-14, "the low-rank kernel reports exact row means");
        }
        KernelMatrix rank5 = GaussianKernel.pivotedCholesky(d, 1.5, 5, 0);
        assertEquals(5, rank5.rank());
    }

    @Test
    void lowRankObjectiveApproachesTheDenseOneAsTheRankGrows() {
        Random r = new Random(5);
        int n = 30;
        Matrix xs = points(r, n, 2);
        Matrix xt = points(r, n, 2);
        Matrix ds = GaussianKernel.distances(xs, xs);
        Matrix dt = GaussianKernel.distances(xt, xt);
        KernelMutualInformation dense = new KernelMutualInformation(KernelMatrix.dense(GaussianKernel.kernel(ds, 1)),
                KernelMatrix.dense(GaussianKernel.kernel(dt, 1)));
        double[] p = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[i * n + j] = (i == j ? 0.5 : 0.5 / (n - 1)) / n;
            }
        }
        double exact = dense.mutualInformation(p);
        double previous = Double.POSITIVE_INFINITY;
        for (int rank : new int[] {4, 12, 30}) {
            KernelMutualInformation low = new KernelMutualInformation(
                    GaussianKernel.pivotedCholesky(ds, 1, rank, 0), GaussianKernel.pivotedCholesky(dt, 1, rank, 0));
            double err = Math.abs(low.mutualInformation(p) - exact);
            assertTrue(err <= previous + 1e-12, "rank " + rank + " error " + err + " after " + previous);
            previous = err;
        }
        assertTrue(previous < 1e-8, "full rank error " + previous);
    }

    @Test
    void lowRankFloatProductsMatchDoubleOnes() {
        Random r = new Random(17);
        int n = 123;
        int m = 97;
        Matrix xs = points(r, n, 3);
        Matrix ds = GaussianKernel.distances(xs, xs);
        Matrix xt = points(r, m, 3);
        Matrix dt = GaussianKernel.distances(xt, xt);
        KernelMatrix kx = GaussianKernel.pivotedCholesky(ds, 1.5, 25, 0);
        KernelMatrix ky = GaussianKernel.pivotedCholesky(dt, 1.5, 19, 0);
        KernelMutualInformation twice = new KernelMutualInformation(kx, ky, KernelPrecision.DOUBLE);
        KernelMutualInformation single = new KernelMutualInformation(kx, ky, KernelPrecision.FLOAT);
        double[] p = new double[n * m];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp(2 * r.nextGaussian());
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        double[] gd = new double[n * m];
        double[] gf = new double[n * m];
        double vd = twice.valueAndGradient(p, n, m, gd);
        double vf = single.valueAndGradient(p, n, m, gf);
        assertEquals(vd, vf, 1e-4 * Math.abs(vd));
        assertEquals(vd, single.value(p, n, m), 1e-4 * Math.abs(vd));
        double maxAbs = 0;
        double maxErr = 0;
        for (int k = 0; k < gd.length; k++) {
            maxAbs = Math.max(maxAbs, Math.abs(gd[k]));
            maxErr = Math.max(maxErr, Math.abs(gd[k] - gf[k]));
            assertTrue(Math.abs(gd[k] - gf[k]) <= 1e-4 * Math.abs(gd[k]) + 1e-12, "gradient entry " + k + ": "
                    + gd[k] + " vs " + gf[k]);
        }
        assertTrue(maxErr <= 1e-4 * maxAbs, "gradient error " + maxErr + " against " + maxAbs);
        double[] rd = twice.ratio(p);
        double[] rf = single.ratio(p);
        for (int k = 0; k < rd.length; k++) {
            assertEquals(rd[k], rf[k], 1e-4 * Math.abs(rd[k]), "ratio entry " + k);
        }
    }

    @Test
    void productPrecisionIsIgnoredForDenseKernelsAndMustNotBeNull() {
        Random r = new Random(4);
        int n = 20;
        Matrix x = points(r, n, 2);
        KernelMatrix k = KernelMatrix.dense(GaussianKernel.kernel(GaussianKernel.distances(x, x), 1));
        double[] p = new double[n * n];
        java.util.Arrays.fill(p, 1.0 / (n * n));
        assertEquals(new KernelMutualInformation(k, k).mutualInformation(p),
                new KernelMutualInformation(k, k, KernelPrecision.FLOAT).mutualInformation(p), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new KernelMutualInformation(k, k, null));
        assertTrue(e.getMessage().contains("productPrecision"), e.getMessage());
    }

    @Test
    void labelAwareDistancesAndBadInput() {
        Matrix x = Matrix.of(new double[][] {{0, 0}, {3, 4}, {0, 1}});
        Matrix d = GaussianKernel.labelAwareDistances(x, new int[] {1, 2, 1}, 10);
        assertEquals(15, d.get(0, 1), 1e-15);
        assertEquals(1, d.get(0, 2), 1e-15);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GaussianKernel.labelAwareDistances(x, new int[] {1, 2}, 10));
        assertTrue(e.getMessage().contains("labels has 2 entries but x has 3 rows"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GaussianKernel.kernel(d, -1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GaussianKernel.distances(x, Matrix.of(new double[][] {{1, 2, 3}})));
        assertTrue(e.getMessage().contains("dimension 2") && e.getMessage().contains("dimension 3"), e.getMessage());
    }
}
