package io.github.ot4j.symmetry.kernel;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.symmetry.group.FiniteGroup;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelRidgeTest {

    /** Agreement of invariant KRR with augmented plain KRR (both O(1) predictions). */
    private static final double EQUIVALENCE = 1e-10;
    /** Invariance is exact up to the rounding of the orbit sums. */
    private static final double INVARIANCE = 1e-12;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("C4 gaussian", FiniteGroup.cyclicRotations(4), RadialKernel.gaussian(0.7), 1e-3),
                Arguments.of("D3 laplacian", FiniteGroup.dihedral(3), RadialKernel.laplacian(1.0), 1e-2),
                Arguments.of("sign flips R^3 matern", FiniteGroup.signFlips(3),
                        new RadialKernel(RadialProfile.MATERN_5_2, 1.5), 1e-3),
                Arguments.of("S3 imq", FiniteGroup.symmetricGroup(3),
                        new RadialKernel(RadialProfile.INVERSE_MULTIQUADRIC, 0.8), 1e-3),
                Arguments.of("C3 x sign flip", FiniteGroup.directProduct(FiniteGroup.cyclicRotations(3),
                        FiniteGroup.signFlips(1)), new RadialKernel(RadialProfile.MATERN_3_2, 1.0), 1e-3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void invariantRidgeEqualsPlainRidgeOnOrbitAugmentedData(String name, FiniteGroup group, RadialKernel kernel,
                                                            double lambda) {
        int d = group.dimension();
        int n = 25;
        Matrix x = RandomProblems.gaussian(11, n, d);
        double[] y = targets(12, n);
        Matrix test = RandomProblems.gaussian(13, 30, d);

        KernelRidgeModel invariant = KernelRidge.invariant(kernel, group, lambda).fit(x, y);
        double[] yAugmented = new double[n * group.order()];
        for (int g = 0; g < group.order(); g++) {
            System.arraycopy(y, 0, yAugmented, g * n, n);
        }
        KernelRidgeModel augmented = new KernelRidge(kernel, lambda).fit(group.symmetrize(x), yAugmented);

        double[] p = invariant.predict(test);
        double[] q = augmented.predict(test);
        double scale = 0;
        for (int j = 0; j < p.length; j++) {
            assertEquals(q[j], p[j], EQUIVALENCE, "prediction " + j);
            scale = Math.max(scale, Math.abs(p[j]));
        }
        assertTrue(scale > 0.05, "predictions are not trivially zero: " + scale);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void invariantPredictorIsExactlyInvariantAndPlainIsNot(String name, FiniteGroup group, RadialKernel kernel,
                                                           double lambda) {
        int d = group.dimension();
        int n = 25;
        Matrix x = RandomProblems.gaussian(21, n, d);
        double[] y = targets(22, n);
        Matrix test = RandomProblems.gaussian(23, 20, d);
        KernelRidgeModel invariant = KernelRidge.invariant(kernel, group, lambda).fit(x, y);
        KernelRidgeModel plain = new KernelRidge(kernel, lambda).fit(x, y);
        double[] base = invariant.predict(test);
        double[] plainBase = plain.predict(test);
        double plainWorst = 0;
        for (int g = 0; g < group.order(); g++) {
            double[] moved = invariant.predict(group.apply(g, test));
            double[] plainMoved = plain.predict(group.apply(g, test));
            for (int j = 0; j < base.length; j++) {
                assertEquals(base[j], moved[j], INVARIANCE, "f(g x) = f(x) for element " + g);
                plainWorst = Math.max(plainWorst, Math.abs(plainBase[j] - plainMoved[j]));
            }
        }
        assertTrue(plainWorst > 1e-2, "plain ridge regression is not invariant: " + plainWorst);
    }

    @Test
    void ridgeSolvesTheRegularizedNormalEquations() {
        Matrix x = RandomProblems.gaussian(31, 15, 2);
        double[] y = targets(32, 15);
        double lambda = 0.05;
        RadialKernel k = RadialKernel.gaussian(1.0);
        KernelRidgeModel model = new KernelRidge(k, lambda).fit(x, y);
        double[] alpha = model.coefficients();
        double[] gram = k.gram(x).toRowMajor();
        for (int i = 0; i < 15; i++) {
            double s = 15 * lambda * alpha[i];
            for (int j = 0; j < 15; j++) {
                s += gram[i * 15 + j] * alpha[j];
            }
            assertEquals(y[i], s, 1e-12, "(K + n λ I) α = y, row " + i);
        }
        assertEquals(model.predict(x.row(3)), model.predict(x)[3], 1e-15);
    }

    @Test
    void badInputIsRejectedWithTheArgumentAndValue() {
        RadialKernel k = RadialKernel.gaussian(1);
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> new KernelRidge(k, 0));
        assertTrue(zero.getMessage().contains("lambda must be > 0") && zero.getMessage().contains("got 0.0"),
                zero.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> KernelRidge.invariant(k, FiniteGroup.cyclicRotations(3), -0.1));
        assertTrue(negative.getMessage().contains("got -0.1"), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new KernelRidge(k, Double.NaN));
        IllegalArgumentException bandwidth = assertThrows(IllegalArgumentException.class, () -> RadialKernel.gaussian(-2));
        assertTrue(bandwidth.getMessage().contains("bandwidth must be > 0") && bandwidth.getMessage().contains("-2.0"));

        KernelRidge ridge = KernelRidge.invariant(k, FiniteGroup.cyclicRotations(3), 0.1);
        Matrix x3 = RandomProblems.gaussian(1, 5, 3);
        IllegalArgumentException dim = assertThrows(IllegalArgumentException.class, () -> ridge.fit(x3, new double[5]));
        assertTrue(dim.getMessage().contains("x has dimension 3") && dim.getMessage().contains("R^2"), dim.getMessage());
        Matrix x2 = RandomProblems.gaussian(1, 5, 2);
        IllegalArgumentException len = assertThrows(IllegalArgumentException.class, () -> ridge.fit(x2, new double[4]));
        assertTrue(len.getMessage().contains("y has 4 entries but x has 5 rows"), len.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> ridge.fit(x2, new double[] {0, 0, Double.NaN, 0, 0}));
        assertTrue(nan.getMessage().contains("y[2] is NaN"), nan.getMessage());
    }

    private static double[] targets(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = RandomProblems.normal(r);
        }
        return y;
    }
}
