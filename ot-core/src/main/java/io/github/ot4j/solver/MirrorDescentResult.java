package io.github.ot4j.solver;

import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.DualPotentials;
import io.github.ot4j.result.TransportPlan;

/**
 * The outcome of a {@link MirrorDescent} run.
 *
 * @param problem the problem (its geometry is the linear cost C)
 * @param plan the final plan, stored densely
 * @param potentials the last inner solve's potentials (for the linearized cost, not C)
 * @param linearCost {@code <C, P>}
 * @param objectiveValue {@code F(P)}
 * @param totalObjective {@code <C, P> + λ F(P)}
 * @param convergence the outer iteration's convergence; its error is the last measured step
 *     {@code |P_{t+1} - P_t|} in {@link MirrorDescentOptions#stepNorm()} (by default the mass
 *     moved, {@code Σ |P_{t+1} - P_t|}), measured as {@link MirrorDescentOptions#checkEvery()} says
 * @param objectiveTrace {@code <C, P_t> + λ F(P_t)} at every outer iterate, starting with the
 *     initial plan
 * @param innerIterations the Sinkhorn iterations of each outer step
 * @param innerConverged how many inner solves converged
 */
public record MirrorDescentResult(LinearProblem problem, TransportPlan plan, DualPotentials potentials,
                                 double linearCost, double objectiveValue, double totalObjective,
                                 Convergence convergence, double[] objectiveTrace, int[] innerIterations,
                                 int innerConverged) {

    /** Copies arrays. */
    public MirrorDescentResult {
        objectiveTrace = objectiveTrace.clone();
        innerIterations = innerIterations.clone();
    }

    @Override
    public double[] objectiveTrace() {
        return objectiveTrace.clone();
    }

    @Override
    public int[] innerIterations() {
        return innerIterations.clone();
    }

    /**
     * @return this result
     * @throws io.github.ot4j.result.NotConvergedException if the outer loop did not converge
     */
    public MirrorDescentResult requireConverged() {
        convergence.requireConverged();
        return this;
    }
}
