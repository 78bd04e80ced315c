package io.github.ot4j.solver;

/**
 * A {@link SinkhornDivergence} and its three terms
 * {@code S = OT(a, b) - ½ (OT(a, a) + OT(b, b))}.
 *
 * @param divergence {@code max(0, unclamped)}, POT's returned value
 * @param unclamped {@code crossTerm - ½ (sourceTerm + targetTerm)}, which may be slightly
 *     negative with {@link DivergenceTerm#TRANSPORT_COST}
 * @param crossTerm {@code OT(a, b)}
 * @param sourceTerm {@code OT(a, a)}
 * @param targetTerm {@code OT(b, b)}
 * @param term which value of each transport problem was used
 * @param cross the solve of {@code OT(a, b)}
 * @param source the solve of {@code OT(a, a)}
 * @param target the solve of {@code OT(b, b)}
 */
public record SinkhornDivergenceResult(double divergence, double unclamped, double crossTerm, double sourceTerm,
                                       double targetTerm, DivergenceTerm term, SinkhornResult cross,
                                       SinkhornResult source, SinkhornResult target) {

    /** Validates. */
    public SinkhornDivergenceResult {
        if (term == null || cross == null || source == null || target == null) {
            throw new IllegalArgumentException("term and the three solves must not be null");
        }
    }

    /** @return true if all three solves converged */
    public boolean isConverged() {
        return cross.isConverged() && source.isConverged() && target.isConverged();
    }

    /**
     * @return this result
     * @throws io.github.ot4j.result.NotConvergedException if a solve did not converge
     */
    public SinkhornDivergenceResult requireConverged() {
        cross.requireConverged();
        source.requireConverged();
        target.requireConverged();
        return this;
    }
}
