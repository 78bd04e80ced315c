package io.github.ot4j;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.solver.BarycenterResult;
import io.github.ot4j.solver.GromovWassersteinResult;
import io.github.ot4j.solver.PartialTransportResult;
import io.github.ot4j.solver.SinkhornDivergenceResult;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OT facade's shortcuts compose the solvers correctly. */
class FacadeTest {

    private static double[][] sq(Matrix x) {
        return CostFunction.squaredEuclidean().pairwise(x, x).toArray();
    }

    @Test
    void gromovWassersteinShortcuts() {
        Matrix x = RandomProblems.gaussian(1, 8, 2);
        Matrix y = RandomProblems.gaussian(2, 9, 2);
        GromovWassersteinResult gw = OT.gromovWasserstein(sq(x), sq(y), null, null, 1).requireConverged();
        assertEquals(1, gw.plan().mass(), 1e-9);
        assertTrue(gw.value() > 0);
        double[][] m = CostFunction.squaredEuclidean().pairwise(x, y).toArray();
        GromovWassersteinResult fgw = OT.fusedGromovWasserstein(m, sq(x), sq(y), null, null, 0.5, 1).requireConverged();
        assertEquals(0.5 * fgw.featureCost() + 0.5 * fgw.structureCost(), fgw.value(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> OT.gromovWasserstein(sq(x), sq(y), null, null, 0));
    }

    @Test
    void barycenterDivergenceAndPartialShortcuts() {
        double[][] cost = {{0, 1, 4}, {1, 0, 1}, {4, 1, 0}};
        BarycenterResult bar = OT.barycenter(new double[][] {{1, 0, 0}, {0, 0, 1}}, cost, null, 0.5);
        double[] b = bar.requireConverged().barycenter();
        assertEquals(b[0], b[2], 1e-12, "symmetric inputs give a symmetric barycenter");
        assertTrue(b[1] > b[0]);
        SinkhornDivergenceResult div = OT.sinkhornDivergence(RandomProblems.gaussian(3, 6, 2).toArray(),
                RandomProblems.gaussian(4, 7, 2).toArray(), 0.5);
        assertEquals(div.crossTerm() - 0.5 * (div.sourceTerm() + div.targetTerm()), div.unclamped(), 1e-15);
        PartialTransportResult partial = OT.entropicPartialWasserstein(null, null, cost, 0.5, 0.1);
        assertEquals(0.5, partial.plan().mass(), 1e-12);
    }

    @Test
    void exactAndSlicedShortcuts() {
        Matrix x = RandomProblems.gaussian(11, 7, 2);
        Matrix y = RandomProblems.gaussian(12, 8, 2);
        GromovWassersteinResult gw = OT.gromovWasserstein(sq(x), sq(y), null, null).requireConverged();
        assertEquals(1, gw.plan().mass(), 1e-12);
        double[][] m = CostFunction.squaredEuclidean().pairwise(x, y).toArray();
        GromovWassersteinResult fgw = OT.fusedGromovWasserstein(m, sq(x), sq(y), null, null, 0.5).requireConverged();
        assertEquals(0.5 * fgw.featureCost() + 0.5 * fgw.structureCost(), fgw.value(), 1e-12);
        PartialTransportResult partial = OT.partialWasserstein(null, null, m, 0.5);
        assertEquals(0.5, partial.plan().mass(), 1e-12);
        io.github.ot4j.solver.SlicedResult s = OT.slicedWasserstein(x.toArray(), y.toArray(), 2, 30, 5);
        assertEquals(30, s.projected().length);
        assertTrue(s.distance() > 0 && s.distance() <= s.maxSliced());
    }
}
