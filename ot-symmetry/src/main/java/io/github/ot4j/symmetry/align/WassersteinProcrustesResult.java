package io.github.ot4j.symmetry.align;

import io.github.ot4j.result.StopReason;
import io.github.ot4j.result.TransportPlan;

/**
 * The outcome of {@link WassersteinProcrustes}: the best map over all starts, with the transport
 * plan that is optimal for it.
 *
 * @param map the orthogonal map {@code R}
 * @param plan the plan {@code P}, optimal (for the transport method) between {@code R#μ} and
 *     {@code ν}
 * @param objective the objective at {@code (R, P)}: {@code Σ P_ij |R x_i - y_j|²}, plus
 *     {@code ε KL(P | a bᵀ)} for Sinkhorn transport
 * @param objectiveTrace the objective after each transport step of the winning start, in order;
 *     never increasing (copied in and out)
 * @param iterations alternations run by the winning start
 * @param reason {@code CONVERGED} if the winning start stopped on the tolerance (or on a step that
 *     did not decrease the objective), {@code MAX_ITERATIONS} if it hit the cap
 * @param bestStart index of the winning start
 * @param starts number of starts tried
 */
public record WassersteinProcrustesResult(OrthogonalMap map, TransportPlan plan, double objective,
                                          double[] objectiveTrace, int iterations, StopReason reason, int bestStart,
                                          int starts) {

    /**
     * Validates and copies.
     *
     * @param map the orthogonal map {@code R}
     * @param plan the plan {@code P}, optimal (for the transport method) between {@code R#μ} and
     *     {@code ν}
     * @param objective the objective at {@code (R, P)}: {@code Σ P_ij |R x_i - y_j|²}, plus
     *     {@code ε KL(P | a bᵀ)} for Sinkhorn transport
     * @param objectiveTrace the objective after each transport step of the winning start, in order;
     *     never increasing (copied in and out)
     * @param iterations alternations run by the winning start
     * @param reason {@code CONVERGED} if the winning start stopped on the tolerance (or on a step that
     *     did not decrease the objective), {@code MAX_ITERATIONS} if it hit the cap
     * @param bestStart index of the winning start
     * @param starts number of starts tried
     * @throws IllegalArgumentException if a component is null or a count is negative
     */
    public WassersteinProcrustesResult {
        if (map == null || plan == null || objectiveTrace == null || reason == null) {
            throw new IllegalArgumentException("map, plan, objectiveTrace and reason must not be null");
        }
        if (iterations < 0 || starts < 1 || bestStart < 0 || bestStart >= starts) {
            throw new IllegalArgumentException("invalid counts: iterations " + iterations + ", bestStart " + bestStart
                    + ", starts " + starts);
        }
        objectiveTrace = objectiveTrace.clone();
    }

    /** @return a copy of the objective trace */
    @Override
    public double[] objectiveTrace() {
        return objectiveTrace.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WassersteinProcrustesResult r && r.map.equals(map) && r.plan.equals(plan)
                && Double.compare(r.objective, objective) == 0 && java.util.Arrays.equals(r.objectiveTrace, objectiveTrace)
                && r.iterations == iterations && r.reason == reason && r.bestStart == bestStart && r.starts == starts;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(map, plan, objective, iterations, reason, bestStart, starts);
    }

    @Override
    public String toString() {
        return "WassersteinProcrustesResult[objective=" + objective + ", iterations=" + iterations + ", " + reason
                + ", start " + bestStart + " of " + starts + "]";
    }
}
