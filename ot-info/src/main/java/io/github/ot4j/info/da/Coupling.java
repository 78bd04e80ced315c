package io.github.ot4j.info.da;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.result.TransportPlan;

/**
 * A fitted coupling between a training source and target sample, as produced by a
 * {@link CouplingMethod}: the plan, the in-sample image of the training source and a map for
 * points that were not part of the fit. Implementations are immutable.
 */
public interface Coupling {

    /** @return the {@code n × m} plan */
    TransportPlan plan();

    /** @return the training source mapped into the target space ({@code n × d_t}) */
    Matrix transformSource();

    /**
     * Maps new source-space points into the target space.
     *
     * @param x {@code q × d_s} points
     * @return {@code q × d_t} mapped points
     * @throws IllegalArgumentException if {@code x} is null or has the wrong dimension
     */
    Matrix transform(Matrix x);
}
