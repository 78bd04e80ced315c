package io.github.ot4j.map;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.Domain;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;
import io.github.ot4j.testing.Golden;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Barycentric and entropic maps against POT's {@code SinkhornTransport} golden case. */
class MapsTest {

    private final Golden g = Golden.load("da_sinkhorn_transport");
    private final Matrix xs = Matrix.of(g.inputMatrix("Xs"));
    private final Matrix xt = Matrix.of(g.inputMatrix("Xt"));

    private SinkhornResult fit() {
        // POT: coupling = ot.sinkhorn(uniform, uniform, ot.dist(Xs, Xt), reg_e = 1, stopThr 1e-8).
        return new Sinkhorn(SinkhornOptions.epsilon(g.param("reg_e")).withTolerance(1e-12).withDomain(Domain.LOG))
                .solve(LinearProblem.uniform(Geometry.pointCloud(xs, xt, CostFunction.squaredEuclidean())));
    }

    @Test
    void couplingAndInSampleTransformsMatchPot() {
        // The inverse transform normalizes the columns of a coupling stopped at POT's stopThr =
        // 1e-8, so it is compared against the mirror of that exact run.
        SinkhornOptions pot = SinkhornOptions.potDefaults(g.param("reg_e"), Domain.KERNEL)
                .withTolerance(g.param("tol")).withMaxIterations((int) g.param("max_iter"));
        SinkhornResult r = new Sinkhorn(pot).solve(LinearProblem.uniform(CostFunction.squaredEuclidean().pairwise(xs, xt)));
        g.assertMatrix("coupling", r.plan().toArray());
        g.assertMatrix("transform_Xs", BarycentricMap.sourceToTarget(r.plan(), xt).toArray());
        g.assertMatrix("inverse_transform_Xt", BarycentricMap.targetToSource(r.plan(), xs).toArray());
    }

    @Test
    void entropicMapMatchesNewerPotsContinuousMapAndTheBarycentricMapInSample() {
        SinkhornResult r = fit();
        EntropicMap map = EntropicMap.of(r);
        g.assertMatrix("transform_Xs_new_continuous_DERIVED", map.apply(Matrix.of(g.inputMatrix("Xs_new"))).toArray());
        Matrix onFitted = map.apply(xs);
        Matrix bary = BarycentricMap.sourceToTarget(r.plan(), xt);
        for (int i = 0; i < xs.rows(); i++) {
            for (int c = 0; c < xs.cols(); c++) {
                assertEquals(bary.get(i, c), onFitted.get(i, c), 1e-9, "row " + i);
            }
        }
    }

    @Test
    void zeroMassRowsMapToTheWeightedMeanOfTheOtherSide() {
        io.github.ot4j.result.DensePlan plan = io.github.ot4j.result.DensePlan.of(2, 3,
                new double[] {0.2, 0.3, 0.0, 0, 0, 0});
        Matrix target = Matrix.of(new double[][] {{0, 0}, {1, 0}, {5, 5}});
        Matrix mapped = BarycentricMap.sourceToTarget(plan, target);
        assertEquals(0.6, mapped.get(0, 0), 1e-15);
        assertEquals(0.6, mapped.get(1, 0), 1e-15, "the zero row gets the column-marginal mean");
        assertEquals(0.0, mapped.get(1, 1), 1e-15);
    }

    @Test
    void badInputIsRejected() {
        SinkhornResult r = fit();
        assertThrows(IllegalArgumentException.class, () -> EntropicMap.of(r).apply(Matrix.of(new double[][] {{1, 2, 3}})));
        assertThrows(IllegalArgumentException.class, () -> BarycentricMap.sourceToTarget(r.plan(), xs));
        SinkhornResult dense = new Sinkhorn(SinkhornOptions.epsilon(1)).solve(LinearProblem.uniform(
                CostFunction.squaredEuclidean().pairwise(xs, xt)));
        assertThrows(IllegalArgumentException.class, () -> EntropicMap.of(dense));
        assertThrows(IllegalArgumentException.class, () -> EntropicMap.of(xt, new double[3], 1, CostFunction.euclidean()));
        assertThrows(IllegalArgumentException.class, () -> EntropicMap.of(xt, new double[xt.rows()], 0, CostFunction.euclidean()));
    }
}
