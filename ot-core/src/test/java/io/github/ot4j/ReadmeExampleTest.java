package io.github.ot4j;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.map.EntropicMap;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's Java examples, verbatim apart from the data, so they keep compiling and working. */
class ReadmeExampleTest {

    @Test
    void facadeExample() {
        double[] a = {0.5, 0.5};                  // source weights
        double[] b = {0.25, 0.75};                // target weights (same total mass)
        double[][] cost = {{0, 1}, {1, 0}};
        SinkhornResult r = OT.sinkhorn(a, b, cost, 0.1).requireConverged();
        double[][] plan = r.plan().toArray();     // 2 x 2 transport plan
        double transport = r.transportCost();     // <P, C>, as POT's sinkhorn2

        assertEquals(0.75, plan[0][1] + plan[1][1], 1e-9);
        assertEquals(plan[0][1] + plan[1][0], transport, 1e-12);
        assertTrue(transport >= 0.25 - 1e-9, "at least a quarter of the mass must move");
    }

    @Test
    void fullApiExample() {
        Matrix xs = RandomProblems.gaussian(1, 50, 2);
        Matrix xt = RandomProblems.gaussian(2, 60, 2);
        Matrix newPoints = RandomProblems.gaussian(3, 5, 2);

        Geometry g = Geometry.pointCloud(xs, xt, CostFunction.squaredEuclidean());   // matrix-free, O(n + m) memory
        SinkhornResult r = new Sinkhorn(SinkhornOptions.epsilon(0.05).withTolerance(1e-9))
                .solve(LinearProblem.uniform(g));
        Matrix mapped = EntropicMap.of(r).apply(newPoints);                           // send unseen points across

        assertTrue(r.isConverged());
        assertEquals(5, mapped.rows());
        assertEquals(2, mapped.cols());
    }
}
