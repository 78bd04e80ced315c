package io.github.ot4j.solver;

import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.DualPotentials;
import io.github.ot4j.result.SparsePlan;

/**
 * The outcome of an exact (linear-programming) transport solve: {@link NetworkSimplex} or
 * {@link OneDimensional}.
 *
 * <p>At optimality ({@link Convergence#isConverged()}) the plan {@code P} and the potentials
 * {@code (f, g)} solve the primal and dual linear programs
 * <pre>
 *   min { &lt;P, C&gt; : P &ge; 0, P 1 = a, Pᵀ 1 = b }  =  max { &lt;a, f&gt; + &lt;b, g&gt; : f_i + g_j &le; C_ij }
 * </pre>
 * so {@code cost == <a, f> + <b, g>} (strong duality), {@code f_i + g_j <= C_ij} everywhere and
 * {@code f_i + g_j == C_ij} wherever {@code P_ij > 0} (complementary slackness), all up to
 * round-off. The plan is a vertex of the transport polytope: at most {@code n + m - 1}
 * non-zeros. The potentials are not unique (at least a constant can move from {@code f} to
 * {@code g}); they are centered so that {@code <a, f> == <b, g>}, as POT's
 * {@code center_dual=True} does. Unlike the entropic case, {@code P} is not a function of
 * {@code (f, g)}.
 *
 * @param problem the problem solved (with the weights as given, before any rescaling)
 * @param plan the optimal plan (or, when the pivot cap stopped the solve, the last basic plan)
 * @param cost the transport cost {@code <P, C>} of {@code plan} (POT's {@code emd2})
 * @param potentials the dual potentials {@code (f, g)}
 * @param convergence {@code CONVERGED} at optimality, or {@code MAX_ITERATIONS} with the pivot
 *     count; {@code finalError} is the largest dual infeasibility
 *     {@code max(0, f_i + g_j - C_ij)} relative to the cost scale, {@code tolerance} the
 *     pivoting threshold it is compared with
 */
public record ExactResult(LinearProblem problem, SparsePlan plan, double cost, DualPotentials potentials,
                          Convergence convergence) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a component is null, or the plan or potentials do
     *     not match the problem's shape
     */
    public ExactResult {
        if (problem == null || plan == null || potentials == null || convergence == null) {
            throw new IllegalArgumentException("problem, plan, potentials and convergence must not be null");
        }
        if (plan.rows() != problem.rows() || plan.cols() != problem.cols()) {
            throw new IllegalArgumentException("plan is " + plan.rows() + " x " + plan.cols() + " but the problem is "
                    + problem.rows() + " x " + problem.cols());
        }
        if (potentials.f().length != problem.rows() || potentials.g().length != problem.cols()) {
            throw new IllegalArgumentException("potentials are " + potentials.f().length + " x "
                    + potentials.g().length + " but the problem is " + problem.rows() + " x " + problem.cols());
        }
    }

    /**
     * @return this result
     * @throws io.github.ot4j.result.NotConvergedException if the pivot cap stopped the solve
     */
    public ExactResult requireConverged() {
        convergence.requireConverged();
        return this;
    }

    /** @return true if the solve reached optimality */
    public boolean isConverged() {
        return convergence.isConverged();
    }
}
