package io.github.ot4j.internal.linalg;

import io.github.ot4j.internal.linalg.DenseProducts.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The single-precision products against the double product on the same (float-representable)
 * inputs, to float tolerance: {@code |c - c_double| <= 1e-5 Σ_p |a_ip| |b_pj|} entry by entry.
 */
class FloatProductsTest {

    private static final double TOLERANCE = 1e-5;

    static Stream<Arguments> cases() {
        List<Backend> backends = new ArrayList<>(List.of(Backend.SCALAR));
        if (DenseProducts.vectorAvailable()) {
            backends.add(Backend.VECTOR);
        }
        // odd tails in every dimension; {7, 5, 2100} is wider than one packed column block,
        // {40, 600, 9} deeper than one packed k block
        int[][] shapes = {{1, 1, 1}, {17, 33, 5}, {7, 5, 3}, {6, 16, 48}, {250, 130, 70}, {97, 259, 130},
            {7, 5, 2100}, {40, 600, 9}};
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
    void matchesDoubleProduct(Backend backend, int n, int k, int m, boolean transA, boolean transB) {
        Random r = new Random(31L * n + 7L * k + m);
        float[] a = random(r, n * k);
        float[] b = random(r, k * m);
        float[] c = new float[n * m];
        Arrays.fill(c, Float.NaN); // must be overwritten
        DenseProducts.multiply(backend, transA, transB, a, b, c, n, k, m, 0);
        double[] expected = new double[n * m];
        DenseProducts.multiply(Backend.SCALAR, transA, transB, widen(a), widen(b), expected, n, k, m, 1);
        double[] absA = widenAbs(a);
        double[] absB = widenAbs(b);
        double[] scale = new double[n * m];
        DenseProducts.multiply(Backend.SCALAR, transA, transB, absA, absB, scale, n, k, m, 1);
        for (int x = 0; x < c.length; x++) {
            double err = Math.abs(c[x] - expected[x]);
            assertTrue(err <= TOLERANCE * scale[x], backend + " entry " + x + ": error " + err + " against scale "
                    + scale[x]);
        }
    }

    @Test
    void scalarAndVectorAgreeOnALargerProduct() {
        if (!DenseProducts.vectorAvailable()) {
            return;
        }
        int n = 301;
        int k = 517;
        int m = 203;
        Random r = new Random(3);
        float[] a = random(r, k * n);
        float[] b = random(r, m * k);
        float[] scalar = new float[n * m];
        float[] vector = new float[n * m];
        DenseProducts.multiply(Backend.SCALAR, true, true, a, b, scalar, n, k, m, 0);
        DenseProducts.multiply(Backend.VECTOR, true, true, a, b, vector, n, k, m, 0);
        double maxAbs = 0;
        for (float v : scalar) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
        }
        for (int x = 0; x < scalar.length; x++) {
            assertTrue(Math.abs(scalar[x] - vector[x]) <= 1e-5 * Math.sqrt(k) * 2, "entry " + x + ": " + scalar[x]
                    + " vs " + vector[x] + " (max |c| " + maxAbs + ")");
        }
    }

    @Test
    void resultDoesNotDependOnTheThreadCount() {
        int n = 400;
        int k = 300;
        int m = 150;
        Random r = new Random(9);
        float[] a = random(r, n * k);
        float[] b = random(r, k * m);
        Backend backend = DenseProducts.defaultFloatBackend();
        float[] one = new float[n * m];
        float[] many = new float[n * m];
        DenseProducts.multiply(backend, false, false, a, b, one, n, k, m, 1);
        DenseProducts.multiply(backend, false, false, a, b, many, n, k, m, 4);
        assertArrayEquals(one, many);
    }

    @Test
    void sharedPackingMatchesOneThreadForEveryTransposeAcrossColumnBlocks() {
        // m beyond one column block (2016 on AVX-512) and k over several depth blocks, so that the
        // shared packed B is read at non-zero panel and depth offsets by every row block.
        int n = 130;
        int k = 600;
        int m = 2100;
        Random r = new Random(11);
        float[] a = random(r, n * k);
        float[] b = random(r, k * m);
        Backend backend = DenseProducts.defaultFloatBackend();
        for (boolean transA : new boolean[] {false, true}) {
            for (boolean transB : new boolean[] {false, true}) {
                float[] one = new float[n * m];
                float[] many = new float[n * m];
                DenseProducts.multiply(backend, transA, transB, a, b, one, n, k, m, 1);
                DenseProducts.multiply(backend, transA, transB, a, b, many, n, k, m, 3);
                assertArrayEquals(one, many, "transA=" + transA + " transB=" + transB);
            }
        }
    }

    @Test
    void convenienceMethodsAgreeWithGeneralForm() {
        int n = 23;
        int k = 41;
        int m = 19;
        Random r = new Random(5);
        float[] a = random(r, n * k);
        float[] b = random(r, k * m);
        float[] bt = new float[m * k];
        float[] at = new float[k * n];
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < m; j++) {
                bt[j * k + p] = b[p * m + j];
            }
            for (int i = 0; i < n; i++) {
                at[p * n + i] = a[i * k + p];
            }
        }
        float[] expected = new float[n * m];
        DenseProducts.multiply(DenseProducts.defaultFloatBackend(), false, false, a, b, expected, n, k, m, 1);
        float[] c = new float[n * m];
        DenseProducts.multiply(a, b, c, n, k, m);
        assertArrayEquals(expected, c, 1e-4f);
        DenseProducts.multiplyTransposeB(a, bt, c, n, k, m);
        assertArrayEquals(expected, c, 1e-4f);
        DenseProducts.multiplyTransposeA(at, b, c, n, k, m);
        assertArrayEquals(expected, c, 1e-4f);
    }

    @Test
    void badShapesAreRejected() {
        float[] a = new float[6];
        float[] b = new float[6];
        float[] c = new float[4];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DenseProducts.multiply(a, b, c, -1, 3, 2));
        assertTrue(e.getMessage().contains("n = -1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DenseProducts.multiply(a, b, c, 2, 4, 2));
        assertTrue(e.getMessage().contains("a has 6"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DenseProducts.multiply(a, b, c, 2, 3, 3));
        assertTrue(e.getMessage().contains("b has 6"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DenseProducts.multiply(a, new float[9], c, 2, 3, 3));
        assertTrue(e.getMessage().contains("c has 4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DenseProducts.multiply(null, b, c, 2, 3, 2));
        assertTrue(e.getMessage().contains("a has null"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DenseProducts.multiply(Backend.OJALGO, false, false, a, b, c, 2, 3, 2, 0));
        assertTrue(e.getMessage().contains("OJALGO"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DenseProducts.multiply(new double[6], new double[6],
                new double[4], 2, -3, 2));
    }

    @Test
    void emptyInnerDimensionGivesZeros() {
        float[] c = {1, 2, 3, 4};
        DenseProducts.multiply(new float[0], new float[0], c, 2, 0, 2);
        assertArrayEquals(new float[4], c);
    }

    private static float[] random(Random r, int size) {
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            x[i] = (float) r.nextGaussian();
        }
        return x;
    }

    private static double[] widen(float[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i];
        }
        return out;
    }

    private static double[] widenAbs(float[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.abs(x[i]);
        }
        return out;
    }
}
