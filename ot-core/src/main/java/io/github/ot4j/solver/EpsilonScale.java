package io.github.ot4j.solver;

/** What the configured epsilon is measured against. */
public enum EpsilonScale {
    /** Epsilon is used as given (POT's {@code reg}). */
    ABSOLUTE,
    /** Epsilon is multiplied by the largest cost entry. */
    MAX_COST,
    /** Epsilon is multiplied by the mean cost entry (OTT-JAX's default: 0.05 · mean). */
    MEAN_COST
}
