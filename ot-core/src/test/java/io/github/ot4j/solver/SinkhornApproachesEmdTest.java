package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.DenseGeometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.LinearProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ties the entropic and the exact solver together: as epsilon goes to 0, the transport cost of
 * the Sinkhorn plan decreases to the EMD cost, within the entropic bound
 * {@code 0 <= <P_eps, C> - OT <= eps min(H(a), H(b)) <= eps log(min(n, m))}.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SinkhornApproachesEmdTest {

    @Test
    void smallEpsilonSinkhornCostApproachesEmdCost() {
        Random rnd = new Random(2024);
        int n = 6;
        int m = 8;
        double[] a = NetworkSimplexTest.randomWeights(rnd, n);
        double[] b = NetworkSimplexTest.randomWeights(rnd, m);
        DenseGeometry geometry = CostFunction.squaredEuclidean().pairwise(
                Matrix.of(NetworkSimplexTest.randomPoints(rnd, n, 2, 0)),
                Matrix.of(NetworkSimplexTest.randomPoints(rnd, m, 2, 0.5)));
        LinearProblem problem = LinearProblem.of(geometry, a, b);
        double exact = new NetworkSimplex().solve(problem).requireConverged().cost();
        double maxCost = geometry.statistics().max();

        double previousGap = Double.POSITIVE_INFINITY;
        for (double relative : new double[] {1e-1, 1e-2, 1e-3}) {
            double eps = relative * maxCost;
            SinkhornResult r = new Sinkhorn(SinkhornOptions.epsilon(eps).withDomain(Domain.LOG)
                    .withTolerance(1e-12).withMaxIterations(200_000)).solve(problem).requireConverged();
            double gap = r.transportCost() - exact;
            // the Sinkhorn plan is feasible up to its marginal tolerance, so it cannot beat the LP optimum
            assertTrue(gap >= -1e-10 * maxCost, "eps " + eps + ": Sinkhorn cost " + r.transportCost()
                    + " below the exact optimum " + exact);
            assertTrue(gap <= eps * Math.log(Math.min(n, m)) + 1e-10 * maxCost, "eps " + eps + ": gap " + gap);
            assertTrue(gap <= previousGap + 1e-12 * maxCost, "the gap shrinks with epsilon");
            previousGap = gap;
        }
        assertTrue(previousGap <= 1e-3 * exact, "at eps = 1e-3 max C the costs agree to 0.1 %, gap " + previousGap);
    }
}
