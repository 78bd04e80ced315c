package io.github.ot4j.info.da;

import io.github.ot4j.geometry.Matrix;

/**
 * Domain adaptation by optimal transport in the fit/transform style of POT's {@code ot.da}
 * (Courty et al., "Optimal Transport for Domain Adaptation", IEEE TPAMI 2017): fit a coupling
 * between a labelled source and an unlabelled target, then map source points into the target
 * domain (to train a classifier there) or propagate source labels to target points.
 *
 * <pre>{@code
 * Adaptation a = new DomainAdapter(Couplings.fusedInfoOt(InfoOtOptions.fused(), SourceProjection.CONDITIONAL))
 *         .fit(xs, ys, xt);
 * Matrix xsInTarget = a.transform(xs);      // in-sample: the coupling's image of the training source
 * int[] ytGuess = a.predictLabels();       // label propagation to the target
 * }</pre>
 *
 * Unlike POT, fitting returns a new immutable {@link Adaptation}; the adapter itself is stateless
 * and thread-safe.
 */
public final class DomainAdapter {

    private final CouplingMethod method;

    /**
     * @param method the coupling method (see {@link Couplings})
     * @throws IllegalArgumentException if {@code method} is null
     */
    public DomainAdapter(CouplingMethod method) {
        if (method == null) {
            throw new IllegalArgumentException("method must not be null");
        }
        this.method = method;
    }

    /**
     * Fits the coupling.
     *
     * @param xs {@code n × d_s} source points
     * @param sourceLabels {@code n} source labels (required: they are what the adaptation transfers)
     * @param xt {@code m × d_t} target points
     * @return the fitted adaptation
     * @throws IllegalArgumentException on null input or a label count that differs from {@code xs.rows()}
     */
    public Adaptation fit(Matrix xs, int[] sourceLabels, Matrix xt) {
        if (xs == null || xt == null) {
            throw new IllegalArgumentException("xs and xt must not be null");
        }
        if (sourceLabels == null) {
            throw new IllegalArgumentException("sourceLabels must not be null");
        }
        if (sourceLabels.length != xs.rows()) {
            throw new IllegalArgumentException("sourceLabels has " + sourceLabels.length + " entries but xs has "
                    + xs.rows() + " rows");
        }
        Coupling c = method.fit(xs, sourceLabels.clone(), xt);
        return new Adaptation(xs, sourceLabels.clone(), xt, c);
    }
}
