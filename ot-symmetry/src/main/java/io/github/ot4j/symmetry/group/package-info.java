/**
 * Finite groups acting linearly and orthogonally on {@code R^d} ({@link io.github.ot4j.symmetry.group.FiniteGroup}:
 * cyclic rotations, dihedral groups, coordinate permutations and shifts, sign flips, direct products,
 * any set closed under multiplication) and Haar sampling of the compact groups {@code O(d)} and
 * {@code SO(d)} ({@link io.github.ot4j.symmetry.group.Haar}).
 */
package io.github.ot4j.symmetry.group;
