package io.github.ot4j.internal.linalg;

import io.github.ot4j.internal.linalg.DenseProducts.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every backend of the product seam against a naive triple loop, on awkward shapes and all transposes. */
class DenseProductsTest {

    static Stream<Arguments> cases() {
        List<Backend> backends = new ArrayList<>(List.of(Backend.SCALAR, Backend.OJALGO));
        if (DenseProducts.vectorAvailable()) {
            backends.add(Backend.VECTOR);
        }
        // {7, 5, 2100}: wider than one packed column block (regression: the block was not a multiple of the panel width)
        int[][] shapes = {{1, 1, 1}, {7, 5, 3}, {6, 16, 16}, {13, 300, 37}, {97, 259, 130}, {200, 17, 301}, {7, 5, 2100}};
        List<Arguments> out = new ArrayList<>();
        for (Backend b : backends) {
            for (int[] s : shapes) {
                for (int t = 0; t < 4; t++) {
                    out.add(Arguments.of(b, s[0], s[1], s[2], (t & 1) != 0, (t & 2) != 0));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}x{2}x{3} tA={4} tB={5}")
    @MethodSource("cases")
    void matchesNaiveProduct(Backend backend, int n, int k, int m, boolean transA, boolean transB) {
        Random r = new Random(31L * n + 7L * k + m);
        double[] a = random(r, n * k);
        double[] b = random(r, k * m);
        double[] c = new double[n * m];
        java.util.Arrays.fill(c, Double.NaN); // must be overwritten
        DenseProducts.multiply(backend, transA, transB, a, b, c, n, k, m, 0);
        double maxErr = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    double aip = transA ? a[p * n + i] : a[i * k + p];
                    double bpj = transB ? b[j * k + p] : b[p * m + j];
                    s += aip * bpj;
                }
                maxErr = Math.max(maxErr, Math.abs(c[i * m + j] - s));
            }
        }
        assertTrue(maxErr <= 1e-12 * k, backend + ": max error " + maxErr);
    }

    @Test
    void convenienceMethodsAgreeWithGeneralForm() {
        int n = 23;
        int k = 41;
        int m = 19;
        Random r = new Random(5);
        double[] a = random(r, n * k);
        double[] b = random(r, k * m);
        double[] bt = new double[m * k];
        double[] at = new double[k * n];
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < m; j++) {
                bt[j * k + p] = b[p * m + j];
            }
            for (int i = 0; i < n; i++) {
                at[p * n + i] = a[i * k + p];
            }
        }
        double[] expected = new double[n * m];
        DenseProducts.multiply(Backend.SCALAR, false, false, a, b, expected, n, k, m, 1);
        double[] c = new double[n * m];
        DenseProducts.multiply(a, b, c, n, k, m);
        assertArrayEquals(expected, c, 1e-12 * k);
        DenseProducts.multiplyTransposeB(a, bt, c, n, k, m);
        assertArrayEquals(expected, c, 1e-12 * k);
        DenseProducts.multiplyTransposeA(at, b, c, n, k, m);
        assertArrayEquals(expected, c, 1e-12 * k);
    }

    private static double[] random(Random r, int size) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = r.nextGaussian();
        }
        return x;
    }
}
