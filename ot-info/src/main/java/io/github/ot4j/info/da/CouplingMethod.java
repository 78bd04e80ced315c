package io.github.ot4j.info.da;

import io.github.ot4j.geometry.Matrix;

/**
 * A way to couple a labelled source sample with an unlabelled target sample: EMD, Sinkhorn,
 * InfoOT, fused InfoOT (see {@link Couplings}) or any user code. {@link DomainAdapter} is built
 * on one.
 */
@FunctionalInterface
public interface CouplingMethod {

    /**
     * @param xs {@code n × d_s} source points
     * @param sourceLabels one label per source point, or null; methods that do not use labels ignore them
     * @param xt {@code m × d_t} target points
     * @return the fitted coupling
     * @throws IllegalArgumentException on invalid input
     */
    Coupling fit(Matrix xs, int[] sourceLabels, Matrix xt);
}
