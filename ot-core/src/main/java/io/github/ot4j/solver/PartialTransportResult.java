package io.github.ot4j.solver;

import io.github.ot4j.problem.PartialProblem;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.TransportPlan;

/**
 * The outcome of a partial transport solve ({@link EntropicPartialTransport} or
 * {@link ExactPartialTransport}).
 *
 * @param problem the problem solved
 * @param plan the plan P, with {@code P 1 <= a}, {@code Pᵀ 1 <= b} and total mass
 *     {@code problem.mass()}
 * @param cost {@code <P, C>} (POT's {@code partial_wasserstein2} / {@code partial_w_dist})
 * @param convergence how the iteration ended
 */
public record PartialTransportResult(PartialProblem problem, TransportPlan plan, double cost, Convergence convergence) {

    /** Validates. */
    public PartialTransportResult {
        if (problem == null || plan == null || convergence == null) {
            throw new IllegalArgumentException("problem, plan and convergence must not be null");
        }
    }

    /** @return true if the iteration met its tolerance */
    public boolean isConverged() {
        return convergence.isConverged();
    }

    /**
     * @return this result
     * @throws io.github.ot4j.result.NotConvergedException if it did not converge
     */
    public PartialTransportResult requireConverged() {
        convergence.requireConverged();
        return this;
    }
}
