package io.github.ot4j.result;

/** Why an iterative solver stopped. */
public enum StopReason {
    /** The error fell below the tolerance. */
    CONVERGED,
    /** The iteration cap was reached first; the result is the last iterate. */
    MAX_ITERATIONS,
    /** A NaN or infinity appeared; the result is the last finite iterate. */
    DIVERGED,
    /** A {@code ProgressListener} asked to stop; the result is the last iterate. */
    CANCELLED
}
