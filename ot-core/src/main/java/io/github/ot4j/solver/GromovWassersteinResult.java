package io.github.ot4j.solver;

import io.github.ot4j.problem.QuadraticProblem;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.TransportPlan;

/**
 * The outcome of a (fused) Gromov-Wasserstein solve, entropic ({@link EntropicGromovWasserstein})
 * or exact ({@link GromovWasserstein}).
 *
 * @param problem the problem solved
 * @param plan the coupling T, stored densely
 * @param value the objective {@code (1 - α) <M, T> + α GW(T)} without any entropy term (pure
 *     Gromov-Wasserstein: {@code GW(T)}; POT's {@code gw_dist} / {@code fgw_dist})
 * @param structureCost {@code GW(T) = Σ L(C1_ik, C2_jl) T_ij T_kl}
 * @param featureCost {@code <M, T>}, 0 without a feature cost
 * @param convergence how the outer iteration ended; its error is the last measured outer
 *     criterion (Frobenius norm of the plan change for the entropic solver, the change of the
 *     objective for the exact one)
 * @param objectiveTrace the objective at every outer iterate, starting with the initial plan
 * @param innerIterations the iterations of each inner linear solve (Sinkhorn iterations or
 *     simplex pivots)
 */
public record GromovWassersteinResult(QuadraticProblem problem, TransportPlan plan, double value,
                                      double structureCost, double featureCost, Convergence convergence,
                                      double[] objectiveTrace, int[] innerIterations) {

    /** Validates and copies arrays. */
    public GromovWassersteinResult {
        if (problem == null || plan == null || convergence == null) {
            throw new IllegalArgumentException("problem, plan and convergence must not be null");
        }
        objectiveTrace = objectiveTrace == null ? new double[0] : objectiveTrace.clone();
        innerIterations = innerIterations == null ? new int[0] : innerIterations.clone();
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
    public GromovWassersteinResult requireConverged() {
        convergence.requireConverged();
        return this;
    }

    /** @return true if the outer loop met its tolerance */
    public boolean isConverged() {
        return convergence.isConverged();
    }
}
