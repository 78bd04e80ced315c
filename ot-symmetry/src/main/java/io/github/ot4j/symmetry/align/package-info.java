/**
 * Alignment under orthogonal maps and symmetry-aware transport: orthogonal
 * {@link io.github.ot4j.symmetry.align.Procrustes} (paired or plan-weighted, {@code O(d)} or
 * {@code SO(d)}), {@link io.github.ot4j.symmetry.align.WassersteinProcrustes} for unpaired clouds
 * (Grave, Joulin &amp; Berthet, AISTATS 2019, arXiv:1805.11222), and orbit costs
 * {@link io.github.ot4j.symmetry.align.OrbitCost} {@code c_G(x, y) = min_g c(x, g y)} for transport
 * on the quotient by a finite group.
 */
package io.github.ot4j.symmetry.align;
