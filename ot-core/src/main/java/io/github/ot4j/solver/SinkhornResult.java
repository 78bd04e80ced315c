package io.github.ot4j.solver;

import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.DualPotentials;
import io.github.ot4j.result.TransportPlan;

/**
 * The outcome of a {@link Sinkhorn} solve.
 *
 * @param problem the problem solved
 * @param epsilon the absolute regularization used (after scaling)
 * @param domain the domain the final iterations ran in
 * @param potentials dual potentials {@code (f, g)}, with {@code P_ij = exp((f_i + g_j - C_ij) / epsilon)}
 * @param plan the transport plan (stored for dense geometries, computed on demand for
 *     matrix-free ones)
 * @param transportCost the unregularized cost {@code <P, C>} (POT's {@code sinkhorn2})
 * @param regularizedCost the entropic objective
 *     {@code <P, C> + epsilon KL(P | a bᵀ) + rhoA KL(P1 | a) + rhoB KL(Pᵀ1 | b)}, where the KL
 *     terms are generalized (with the {@code - mass} correction) and the marginal terms only
 *     appear for unbalanced problems ({@code rho = epsilon tau / (1 - tau)})
 * @param convergence how the iteration ended
 */
public record SinkhornResult(LinearProblem problem, double epsilon, Domain domain, DualPotentials potentials,
                             TransportPlan plan, double transportCost, double regularizedCost, Convergence convergence) {

    /**
     * @return this result
     * @throws io.github.ot4j.result.NotConvergedException if the solve did not converge
     */
    public SinkhornResult requireConverged() {
        convergence.requireConverged();
        return this;
    }

    /** @return true if the marginal error fell below the tolerance */
    public boolean isConverged() {
        return convergence.isConverged();
    }
}
