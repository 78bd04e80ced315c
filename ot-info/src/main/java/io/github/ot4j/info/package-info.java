/**
 * InfoOT and fused InfoOT (Chuang, Jegelka &amp; Alvarez-Melis, "InfoOT: Information Maximizing
 * Optimal Transport", ICML 2023, arXiv:2210.03164): {@link io.github.ot4j.info.InfoOt},
 * {@link io.github.ot4j.info.FusedInfoOt}, their {@link io.github.ot4j.info.InfoOtOptions} and the
 * fitted, immutable {@link io.github.ot4j.info.InfoOtModel}. Both are objectives on ot-core's
 * {@code MirrorDescent}; {@link io.github.ot4j.info.Compatibility#ORIGINAL} mirrors the original
 * code's inner loop exactly.
 */
package io.github.ot4j.info;
