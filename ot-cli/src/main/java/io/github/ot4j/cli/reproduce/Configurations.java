package io.github.ot4j.cli.reproduce;

import io.github.ot4j.info.Compatibility;
import io.github.ot4j.info.InfoOtOptions;
import io.github.ot4j.info.kde.Bandwidth;
import io.github.ot4j.info.kde.BandwidthRule;
import io.github.ot4j.solver.EpsilonScale;
import io.github.ot4j.solver.SinkhornOptions;

import java.util.Locale;

/**
 * Every setting {@code ot4j reproduce} uses, in one place. The InfoOT settings are the ones the
 * InfoOT runner ({@code ot-bench/.../bench/info/InfoOtRunner.java}) established on these data:
 * <ul>
 *   <li>reference settings = the original code's defaults with {@link Compatibility#ORIGINAL}
 *       ({@code compat=original}), which reproduce SNAREseq FOSCTTM 0.1504 / 0.1526 and DeCAF
 *       D→W 87.3 / 91.0 / 93.3, W→D 99.4 / 79.4 / 89.4 exactly;</li>
 *   <li>ot4j's documented settings: the defaults of {@link InfoOtOptions#infoOt()} and
 *       {@link InfoOtOptions#fused()} (converged, warm-started inner Sinkhorn); on SNAREseq the best
 *       documented setting {@code h=0.75 innerTol=1e-4} (FOSCTTM 0.1490); on scGEM
 *       {@code rule=median h=0.5 raw=1} (FOSCTTM 0.224), chosen without looking at the ground
 *       truth.</li>
 * </ul>
 */
final class Configurations {

    /** SNAREseq's best documented bandwidth multiplier (reference rule). */
    static final double SNARESEQ_BEST_H = 0.75;
    /** SNAREseq's best documented inner tolerance. */
    static final double SNARESEQ_BEST_INNER_TOLERANCE = 1e-4;
    /** scGEM's documented median-rule multiplier (raw features). */
    static final double SCGEM_MEDIAN_H = 0.5;
    /** The bandwidth multiplier of the original code's scGEM run on raw features (datasets README 5.6). */
    static final double SCGEM_REFERENCE_RAW_H = 1.0;
    /** Entropic regularization of the retrieval protocol (datasets README 5.5: {@code reg = 5.0}). */
    static final double RETRIEVAL_EPSILON = 5.0;
    /** Sinkhorn baseline: epsilon relative to the mean cost (OTT-JAX's default, 0.05 · mean C). */
    static final double SINKHORN_RELATIVE_EPSILON = 0.05;

    private Configurations() {
    }

    /** @return the original InfoOT code's settings mirrored exactly: h = 0.5, ε = 0.05, 100 iterations */
    static InfoOtOptions referenceInfoOt() {
        return InfoOtOptions.infoOt().withCompatibility(Compatibility.ORIGINAL);
    }

    /** @return the original FusedInfoOT code's settings mirrored exactly: h = 0.5, λ = 100, ε = 1, 50 iterations */
    static InfoOtOptions referenceFused() {
        return InfoOtOptions.fused().withCompatibility(Compatibility.ORIGINAL);
    }

    /** @return ot4j's InfoOT defaults (same h, ε and iterations as the original; converged inner loop) */
    static InfoOtOptions ot4jInfoOt() {
        return InfoOtOptions.infoOt();
    }

    /** @return ot4j's fused InfoOT defaults */
    static InfoOtOptions ot4jFused() {
        return InfoOtOptions.fused();
    }

    /** @return SNAREseq's best documented ot4j setting: h = 0.75, inner tolerance 1e-4 */
    static InfoOtOptions snareseqBest() {
        return InfoOtOptions.infoOt().withBandwidth(Bandwidth.reference(SNARESEQ_BEST_H))
                .withInnerTolerance(SNARESEQ_BEST_INNER_TOLERANCE);
    }

    /** @return scGEM's documented ot4j setting: median rule, h = 0.5 (on raw features) */
    static InfoOtOptions scgemMedian() {
        return InfoOtOptions.infoOt().withBandwidth(Bandwidth.median(SCGEM_MEDIAN_H));
    }

    /** @return the original code with h = 1.0 (the README's raw-feature scGEM measurement) */
    static InfoOtOptions scgemReferenceRaw() {
        return referenceInfoOt().withBandwidth(Bandwidth.reference(SCGEM_REFERENCE_RAW_H));
    }

    /** @return the Sinkhorn baseline's options: ε = 0.05 · mean(C), ot4j's Sinkhorn defaults otherwise */
    static SinkhornOptions sinkhorn() {
        return SinkhornOptions.relativeEpsilon(SINKHORN_RELATIVE_EPSILON, EpsilonScale.MEAN_COST);
    }

    /** @return how the Sinkhorn baseline is described in tables */
    static String describeSinkhorn() {
        return "ε = " + SINKHORN_RELATIVE_EPSILON + "·mean(C), squared Euclidean cost, uniform weights";
    }

    /**
     * Describes InfoOT options the way tables print them, from the options themselves (so the
     * label cannot drift from what ran).
     *
     * @param o the options
     * @param fused whether λ and the label offset apply
     * @return e.g. {@code h = 0.5 (reference rule), ε = 0.05, 100 it., --compat original}
     */
    static String describe(InfoOtOptions o, boolean fused) {
        StringBuilder b = new StringBuilder();
        Bandwidth bw = o.bandwidth();
        b.append(bw.rule() == BandwidthRule.FIXED ? "σ = " : "h = ").append(number(bw.value())).append(" (")
                .append(bw.rule().name().toLowerCase(Locale.ROOT)).append(" rule)");
        if (fused) {
            b.append(", λ = ").append(number(o.lambda()));
        }
        b.append(", ε = ").append(number(o.epsilon())).append(", ").append(o.maxIterations()).append(" it.");
        if (o.compatibility() == Compatibility.NONE) {
            b.append(" max, inner tol ").append(number(o.innerTolerance()));
            if (o.innerToleranceFactor() > 0) {
                b.append(" (inexact ×").append(number(o.innerToleranceFactor())).append(')');
            }
        } else {
            b.append(", --compat ").append(o.compatibility() == Compatibility.ORIGINAL ? "original" : "original-log");
        }
        if (o.kernelRank() > 0) {
            b.append(", kernel rank ").append(o.kernelRank());
        }
        return b.toString();
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Long.toString((long) v);
        }
        if (Math.abs(v) < 1e-3) {
            return String.format(Locale.ROOT, "%.0e", v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
