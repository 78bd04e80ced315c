package io.github.ot4j.cli.reproduce;

/**
 * Where a row's settings come from, so every number in the report says what produced it.
 */
enum SettingKind {
    /** A number from the datasets README (section 5.6): published, or the original code measured on these files. */
    REFERENCE_VALUE("reference value"),
    /** ot4j run with the original code's settings, mirrored exactly ({@code --compat original}). */
    REFERENCE_SETTINGS("ot4j, reference settings"),
    /** ot4j run with its own documented settings. */
    OT4J("ot4j settings"),
    /** A baseline that has no reference/ot4j distinction (identity, EMD, Sinkhorn). */
    BASELINE("baseline");

    private final String label;

    SettingKind(String label) {
        this.label = label;
    }

    /** @return the label printed in tables and JSON */
    public String label() {
        return label;
    }
}
