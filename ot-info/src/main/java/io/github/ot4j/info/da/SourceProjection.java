package io.github.ot4j.info.da;

/** How an InfoOT coupling maps the training source into the target space. */
public enum SourceProjection {
    /** {@code Σ_j P_ij y_j / Σ_j P_ij} (the plan's barycentres). */
    BARYCENTRIC,
    /** InfoOT's kernel-smoothed conditional expectation {@code E[Y | X = x_i]}. */
    CONDITIONAL
}
