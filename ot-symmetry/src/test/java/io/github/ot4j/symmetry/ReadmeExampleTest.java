package io.github.ot4j.symmetry;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.ExactResult;
import io.github.ot4j.solver.NetworkSimplex;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;
import io.github.ot4j.symmetry.align.OrbitCost;
import io.github.ot4j.symmetry.align.OrthogonalMap;
import io.github.ot4j.symmetry.align.WassersteinProcrustes;
import io.github.ot4j.symmetry.align.WassersteinProcrustesOptions;
import io.github.ot4j.symmetry.align.WassersteinProcrustesResult;
import io.github.ot4j.symmetry.diagnostics.EquivarianceDiagnostics;
import io.github.ot4j.symmetry.diagnostics.EquivarianceReport;
import io.github.ot4j.symmetry.group.FiniteGroup;
import io.github.ot4j.symmetry.group.Haar;
import io.github.ot4j.symmetry.group.OrthogonalGroup;
import io.github.ot4j.symmetry.kernel.KernelRidge;
import io.github.ot4j.symmetry.kernel.KernelRidgeModel;
import io.github.ot4j.symmetry.kernel.RadialKernel;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module README's Java examples, verbatim apart from the data, so they keep compiling and working. */
class ReadmeExampleTest {

    @Test
    void invariantRidge() {
        Matrix x = RandomProblems.gaussian(1, 30, 2);
        double[] y = x.column(0);
        Matrix test = RandomProblems.gaussian(2, 5, 2);

        FiniteGroup c6 = FiniteGroup.cyclicRotations(6);                       // rotations by 60° of R^2
        KernelRidgeModel model = KernelRidge.invariant(RadialKernel.gaussian(0.25), c6, 1e-3).fit(x, y);
        double[] predictions = model.predict(test);                            // exactly C6-invariant

        double[] rotated = model.predict(c6.apply(2, test));
        for (int i = 0; i < 5; i++) {
            assertEquals(predictions[i], rotated[i], 1e-12);
        }
    }

    @Test
    void wassersteinProcrustes() {
        Matrix x = RandomProblems.gaussian(3, 40, 3);
        OrthogonalMap truth = new OrthogonalMap(Haar.specialOrthogonal(3, new SplittableRandom(4)));
        Matrix y = truth.apply(x).selectRows(reversed(40));

        WassersteinProcrustesResult r = new WassersteinProcrustes(WassersteinProcrustesOptions.defaults()
                .withGroup(OrthogonalGroup.SPECIAL_ORTHOGONAL)).solve(x, y);
        Matrix aligned = r.map().apply(x);          // R x_i, close to the y's
        double[] trace = r.objectiveTrace();        // never increases

        assertTrue(r.map().distance(truth) < 1e-6);
        assertEquals(y.get(39, 0), aligned.get(0, 0), 1e-6);
        assertTrue(trace[trace.length - 1] <= trace[0]);
    }

    @Test
    void orbitTransport() {
        Matrix x = RandomProblems.gaussian(5, 20, 2);
        Matrix y = RandomProblems.gaussian(6, 25, 2);

        OrbitCost cost = OrbitCost.of(CostFunction.squaredEuclidean(), FiniteGroup.dihedral(4));
        SinkhornResult s = new Sinkhorn(SinkhornOptions.epsilon(0.05)).solve(LinearProblem.uniform(cost.geometry(x, y)));

        assertTrue(s.isConverged() && s.transportCost() > 0);

        double[] a = RandomProblems.weights(7, 20);
        double[] b = RandomProblems.weights(8, 25);
        ExactResult e = new NetworkSimplex().solve(LinearProblem.of(cost.geometry(x, y).toDense(), a, b));

        FiniteGroup d4 = cost.group();
        ExactResult full = new NetworkSimplex().solve(LinearProblem.of(Geometry.pointCloud(d4.symmetrize(x),
                d4.symmetrize(y), CostFunction.squaredEuclidean()), d4.symmetrizeWeights(a), d4.symmetrizeWeights(b)));
        assertEquals(full.cost(), e.cost(), 1e-9);
    }

    @Test
    void equivariance() {
        Matrix f = RandomProblems.gaussian(7, 20, 4);
        Matrix fRotated = new OrthogonalMap(Haar.orthogonal(4, new SplittableRandom(8))).apply(f);

        EquivarianceReport e = EquivarianceDiagnostics.compare(f, fRotated);   // rows f(x_i) and f(g x_i)
        e.gramDiscrepancy();      // 0 iff g acts on the embedding as an orthogonal map (CARE, arXiv:2306.13924)
        e.orthogonalityGap();     // > 0 when g acts linearly but not isometrically

        assertTrue(e.gramDiscrepancy() < 1e-13);
        assertTrue(Math.abs(e.orthogonalityGap()) < 1e-13);
    }

    private static int[] reversed(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = n - 1 - i;
        }
        return p;
    }
}
