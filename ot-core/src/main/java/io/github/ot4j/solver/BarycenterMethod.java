package io.github.ot4j.solver;

/** Which entropic barycenter {@link WassersteinBarycenter} computes. */
public enum BarycenterMethod {
    /**
     * Iterative Bregman projections (Benamou, Carlier, Cuturi, Nenna &amp; Peyré 2015,
     * arXiv:1412.5154): minimizes {@code Σ_k w_k OT_ε(a_k, b)}. The entropic term blurs the
     * result: the barycenter of a single histogram is a smoothed copy of it. POT's
     * {@code ot.bregman.barycenter}.
     */
    BREGMAN,
    /**
     * Debiased Sinkhorn barycenter (Janati, Cuturi &amp; Gramfort 2020, arXiv:2006.02575): minimizes
     * {@code Σ_k w_k OT_ε(a_k, b) - ½ OT_ε(b, b)}, which removes the entropic blur; the
     * barycenter of a single histogram is that histogram. Needs a symmetric cost.
     */
    DEBIASED
}
