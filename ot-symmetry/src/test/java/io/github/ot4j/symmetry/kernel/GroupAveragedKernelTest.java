package io.github.ot4j.symmetry.kernel;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.symmetry.align.OrbitCost;
import io.github.ot4j.symmetry.group.FiniteGroup;
import io.github.ot4j.symmetry.internal.DenseAlgebra;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupAveragedKernelTest {

    @Test
    void averagedKernelIsSymmetricInvariantAndPositiveSemidefinite() {
        FiniteGroup d5 = FiniteGroup.dihedral(5);
        GroupAveragedKernel k = GroupAveragedKernel.of(RadialKernel.gaussian(0.8), d5);
        Matrix x = RandomProblems.gaussian(3, 40, 2);
        double[] gram = k.gram(x).toRowMajor();
        for (int i = 0; i < 40; i++) {
            for (int j = 0; j < 40; j++) {
                assertEquals(gram[i * 40 + j], gram[j * 40 + i], 0, "exactly symmetric");
                assertEquals(k.value(x.row(i), x.row(j)), gram[i * 40 + j], 1e-15);
            }
        }
        double[] p = x.row(0);
        double[] q = x.row(1);
        for (int g = 0; g < d5.order(); g++) {
            assertEquals(k.value(p, q), k.value(d5.apply(g, p), q), 1e-14, "invariant in x");
            assertEquals(k.value(p, q), k.value(p, d5.apply(g, q)), 1e-14, "invariant in y");
        }
        double smallest = DenseAlgebra.symmetricEigen(gram, 40).values()[39];
        assertTrue(smallest >= -1e-10, "PSD, smallest eigenvalue " + smallest);
        double[] cross = k.cross(x, RandomProblems.gaussian(4, 7, 2)).toRowMajor();
        assertEquals(40 * 7, cross.length);
    }

    @Test
    void exponentiatedOrbitDistanceIsNotPositiveSemidefinite() {
        // Why GroupAveragedKernel averages instead of using exp(-d_G² / 2h²): for the rotation group C3
        // the "kernel" built from the orbit distance has a clearly negative eigenvalue.
        FiniteGroup c3 = FiniteGroup.cyclicRotations(3);
        OrbitCost orbit = OrbitCost.of(CostFunction.squaredEuclidean(), c3);
        Matrix x = RandomProblems.gaussian(5, 40, 2);
        double h = 1.0;
        double[] bad = new double[40 * 40];
        for (int i = 0; i < 40; i++) {
            for (int j = 0; j < 40; j++) {
                bad[i * 40 + j] = Math.exp(-orbit.cost(x.row(i), x.row(j)) / (2 * h * h));
            }
        }
        double badSmallest = DenseAlgebra.symmetricEigen(bad, 40).values()[39];
        assertTrue(badSmallest < -0.05, "exp(-orbit distance²) is indefinite: smallest eigenvalue " + badSmallest);
        double[] good = GroupAveragedKernel.of(RadialKernel.gaussian(h), c3).gram(x).toRowMajor();
        double goodSmallest = DenseAlgebra.symmetricEigen(good, 40).values()[39];
        assertTrue(goodSmallest >= -1e-10, "the averaged kernel is PSD: " + goodSmallest);
    }

    @Test
    void pointsOfTheWrongDimensionAreRejected() {
        GroupAveragedKernel k = GroupAveragedKernel.of(RadialKernel.gaussian(1), FiniteGroup.cyclicRotations(4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> k.value(new double[] {1, 2, 3}, new double[] {1, 2, 3}));
        assertTrue(e.getMessage().contains("2 entries") && e.getMessage().contains("got 3 and 3"), e.getMessage());
        IllegalArgumentException g = assertThrows(IllegalArgumentException.class,
                () -> k.gram(RandomProblems.gaussian(1, 4, 3)));
        assertTrue(g.getMessage().contains("x has dimension 3"), g.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GroupAveragedKernel.of(null, FiniteGroup.trivial(2)));
    }
}
