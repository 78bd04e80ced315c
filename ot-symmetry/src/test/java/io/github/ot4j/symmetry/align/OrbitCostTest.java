package io.github.ot4j.symmetry.align;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.ExactResult;
import io.github.ot4j.solver.NetworkSimplex;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;
import io.github.ot4j.symmetry.group.FiniteGroup;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrbitCostTest {

    @Test
    void orbitCostIsTheMinimumOverTheOrbitAndIsInvariant() {
        FiniteGroup d4 = FiniteGroup.dihedral(4);
        for (CostFunction base : new CostFunction[] {CostFunction.squaredEuclidean(), CostFunction.euclidean(),
                CostFunction.cosine()}) {
            OrbitCost c = OrbitCost.of(base, d4);
            Matrix pts = RandomProblems.gaussian(41, 12, 2);
            for (int i = 0; i < 12; i += 3) {
                for (int j = 1; j < 12; j += 2) {
                    double[] x = pts.row(i);
                    double[] y = pts.row(j);
                    double v = c.cost(x, y);
                    assertTrue(v <= base.cost(x, y) + 1e-15, "c_G <= c");
                    assertEquals(base.cost(x, d4.apply(c.bestElement(x, y), y)), v, 1e-15, "attained by bestElement");
                    for (int g = 0; g < d4.order(); g++) {
                        assertEquals(v, c.cost(x, d4.apply(g, y)), 1e-12, base.name() + " invariant in y");
                        assertEquals(v, c.cost(d4.apply(g, x), y), 1e-12, base.name() + " invariant in x");
                    }
                }
            }
        }
    }

    @Test
    void orbitGeometryMatchesThePairwiseCostAndFeedsSinkhorn() {
        FiniteGroup group = FiniteGroup.directProduct(FiniteGroup.cyclicRotations(3), FiniteGroup.signFlips(1));
        OrbitCost c = OrbitCost.of(CostFunction.squaredEuclidean(), group);
        Matrix x = RandomProblems.gaussian(51, 20, 3);
        Matrix y = RandomProblems.gaussian(52, 15, 3);
        OrbitGeometry fast = c.geometry(x, y);
        Geometry generic = Geometry.pointCloud(x, y, c);
        double[] row = new double[15];
        for (int i = 0; i < 20; i++) {
            fast.costRow(i, row);
            for (int j = 0; j < 15; j++) {
                assertEquals(generic.cost(i, j), row[j], 1e-12);
                assertEquals(generic.cost(i, j), fast.cost(i, j), 1e-12);
                assertEquals(c.bestElement(x.row(i), y.row(j)), fast.bestElement(i, j));
            }
        }
        fast.costRow(4, 3, 9, row);
        assertEquals(generic.cost(4, 5), row[2], 1e-12, "partial rows are offset");

        Sinkhorn sinkhorn = new Sinkhorn(SinkhornOptions.epsilon(0.05));
        SinkhornResult a = sinkhorn.solve(LinearProblem.uniform(fast)).requireConverged();
        SinkhornResult b = sinkhorn.solve(LinearProblem.uniform(generic)).requireConverged();
        assertEquals(b.transportCost(), a.transportCost(), 1e-9);
        SinkhornResult plain = sinkhorn.solve(LinearProblem.uniform(Geometry.pointCloud(x, y,
                CostFunction.squaredEuclidean()))).requireConverged();
        assertTrue(a.transportCost() < plain.transportCost(), "quotienting by the group lowers the cost");
    }

    @ParameterizedTest(name = "D{0}, n = {1}")
    @CsvSource({"1, 12", "2, 10", "3, 9", "4, 8", "6, 7"})
    void exactOrbitTransportEqualsTransportBetweenSymmetrizedMeasures(int k, int n) {
        FiniteGroup group = FiniteGroup.dihedral(k);
        NetworkSimplex simplex = new NetworkSimplex();
        for (long seed = 0; seed < 3; seed++) {
            Matrix x = RandomProblems.gaussian(60 + seed, n, 2);
            Matrix y = RandomProblems.gaussian(70 + seed, n + 2, 2);
            double[] a = RandomProblems.weights(80 + seed, n);
            double[] b = RandomProblems.weights(90 + seed, n + 2);
            OrbitCost orbit = OrbitCost.of(CostFunction.squaredEuclidean(), group);
            ExactResult quotient = simplex.solve(LinearProblem.of(orbit.geometry(x, y).toDense(), a, b))
                    .requireConverged();
            Geometry symmetrized = Geometry.pointCloud(group.symmetrize(x), group.symmetrize(y),
                    CostFunction.squaredEuclidean()).toDense();
            ExactResult full = simplex.solve(LinearProblem.of(symmetrized, group.symmetrizeWeights(a),
                    group.symmetrizeWeights(b))).requireConverged();
            assertEquals(full.cost(), quotient.cost(), 1e-9, "D" + k + " seed " + seed);
            ExactResult plain = simplex.solve(LinearProblem.of(Geometry.pointCloud(x, y,
                    CostFunction.squaredEuclidean()).toDense(), a, b)).requireConverged();
            assertTrue(quotient.cost() < plain.cost(), "the orbit cost lowers the transport cost");
        }
    }

    @Test
    void pointsOfTheWrongDimensionAreRejected() {
        OrbitCost c = OrbitCost.of(CostFunction.squaredEuclidean(), FiniteGroup.cyclicRotations(4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.cost(new double[] {1, 2, 3}, new double[] {1, 2, 3}));
        assertTrue(e.getMessage().contains("dimensions 3 and 3") && e.getMessage().contains("R^2"), e.getMessage());
        IllegalArgumentException g = assertThrows(IllegalArgumentException.class,
                () -> c.geometry(RandomProblems.gaussian(1, 3, 2), RandomProblems.gaussian(1, 3, 3)));
        assertTrue(g.getMessage().contains("y has dimension 3"), g.getMessage());
    }
}
