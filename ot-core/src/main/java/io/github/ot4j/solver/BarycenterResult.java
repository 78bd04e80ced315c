package io.github.ot4j.solver;

import io.github.ot4j.problem.BarycenterProblem;
import io.github.ot4j.result.Convergence;

/**
 * The outcome of a {@link WassersteinBarycenter} solve.
 *
 * @param problem the problem solved
 * @param barycenter the barycenter histogram on the common support (copied in and out)
 * @param domain the domain the iterations ran in
 * @param convergence how the iteration ended; {@code iterations} counts iterations done (POT's
 *     {@code log['niter']} is this minus one)
 */
public record BarycenterResult(BarycenterProblem problem, double[] barycenter, Domain domain, Convergence convergence) {

    /** Validates and copies. */
    public BarycenterResult {
        if (problem == null || barycenter == null || domain == null || convergence == null) {
            throw new IllegalArgumentException("problem, barycenter, domain and convergence must not be null");
        }
        barycenter = barycenter.clone();
    }

    @Override
    public double[] barycenter() {
        return barycenter.clone();
    }

    /**
     * @return this result
     * @throws io.github.ot4j.result.NotConvergedException if the iteration did not converge
     */
    public BarycenterResult requireConverged() {
        convergence.requireConverged();
        return this;
    }

    /** @return true if the error fell below the tolerance */
    public boolean isConverged() {
        return convergence.isConverged();
    }
}
