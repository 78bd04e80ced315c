package io.github.ot4j.solver;

/** How each inner Sinkhorn solve of {@link MirrorDescent} starts. */
public enum InnerStart {
    /** From the previous outer iteration's potentials: far fewer inner iterations. */
    WARM,
    /** From scratch each time (what the original InfoOT and POT's entropic GW do). */
    COLD
}
