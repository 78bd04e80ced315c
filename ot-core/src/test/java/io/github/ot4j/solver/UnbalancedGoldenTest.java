package io.github.ot4j.solver;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POT 0.8.2's {@code sinkhorn_unbalanced} (KL penalty, {@code reg_m} = rho). */
class UnbalancedGoldenTest {

    private static LinearProblem problem(Golden g) {
        double reg = g.param("reg");
        double tau = LinearProblem.tau(g.param("reg_m"), reg);
        return new LinearProblem(Geometry.dense(g.inputMatrix("M")), g.inputVector("a"), g.inputVector("b"), tau, tau);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sinkhorn_unbalanced_kl_regm1", "sinkhorn_unbalanced_kl_regm10"})
    void convergedPlanMatchesInBothDomains(String name) {
        Golden g = Golden.load(name);
        for (Domain domain : new Domain[] {Domain.KERNEL, Domain.LOG}) {
            SinkhornOptions o = SinkhornOptions.epsilon(g.param("reg")).withDomain(domain).withTolerance(1e-12)
                    .withCheckEvery(1).withMaxIterations(100_000);
            SinkhornResult r = new Sinkhorn(o).solve(problem(g));
            assertEquals(StopReason.CONVERGED, r.convergence().reason(), domain + " " + r.convergence());
            g.assertMatrix("plan", r.plan().toArray());
            g.assertScalar("sinkhorn_unbalanced2", r.transportCost());
            assertEquals(g.outputScalar("plan_mass"), r.plan().mass(), 1e-6 * g.outputScalar("plan_mass"));
        }
    }

    /** The loose default stopThr 1e-6 run matches only an exact mirror of POT's loop and stopping rule. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sinkhorn_unbalanced_kl_regm1", "sinkhorn_unbalanced_kl_regm10"})
    void mirrorsDefaultStoppingRule(String name) {
        Golden g = Golden.load(name);
        SinkhornOptions o = SinkhornOptions.epsilon(g.param("reg")).withDomain(Domain.KERNEL)
                .withTolerance(g.param("default_stopThr")).withCheckEvery(1).withMaxIterations(1000);
        SinkhornResult r = new Sinkhorn(o).solve(problem(g));
        assertTrue(r.isConverged());
        g.assertMatrix("plan_default_stopThr_1e-6", r.plan().toArray());
    }
}
