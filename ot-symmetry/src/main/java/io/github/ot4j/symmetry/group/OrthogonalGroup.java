package io.github.ot4j.symmetry.group;

/**
 * The two compact matrix groups ot-symmetry samples from and fits maps in.
 */
public enum OrthogonalGroup {
    /** {@code O(d)}: all orthogonal matrices, {@code det = ±1} (rotations and reflections). */
    ORTHOGONAL,
    /** {@code SO(d)}: rotations only, {@code det = +1}. */
    SPECIAL_ORTHOGONAL
}
