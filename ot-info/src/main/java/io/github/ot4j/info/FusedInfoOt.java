package io.github.ot4j.info;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.solver.ProgressListener;

/**
 * Fused InfoOT: entropic optimal transport whose objective adds a weighted kernel
 * mutual-information term to the transport cost,
 * \( \min_P \langle C, P\rangle - \lambda \hat I(P) + \varepsilon \mathrm{KL}(P \| p q^\top) \)
 * (Chuang, Jegelka &amp; Alvarez-Melis, ICML 2023, arXiv:2210.03164, section 4.1). The cross cost is the
 * plain (not squared) Euclidean distance by default, as in the original code. Optional source
 * labels make the source kernel label-aware (distance {@code + δ} between classes), as in the
 * paper's domain-adaptation experiments.
 *
 * <p>Each outer iteration solves a Sinkhorn problem on {@code C + λ ∇(-Î)(P_t)}. <b>Why it may not
 * converge, and what to change:</b> with a large {@code λ / ε} the linearized cost spans hundreds of
 * {@code ε}; the original kernel-domain loop then overflows to NaN (golden README caveat 10), while
 * ot4j's default loop moves to the log domain. Non-convexity can leave the outer loop at
 * {@code maxIterations}; lower {@code λ} or raise {@code ε}. Stateless and thread-safe.
 */
public final class FusedInfoOt {

    private final InfoOtOptions options;
    private final CostFunction cost;

    /**
     * With the Euclidean cross cost.
     *
     * @param options the configuration ({@link InfoOtOptions#fused()} for the original defaults)
     */
    public FusedInfoOt(InfoOtOptions options) {
        this(options, CostFunction.euclidean());
    }

    /**
     * @param options the configuration
     * @param cost the cross-domain ground cost
     * @throws IllegalArgumentException if an argument is null
     */
    public FusedInfoOt(InfoOtOptions options, CostFunction cost) {
        if (options == null || cost == null) {
            throw new IllegalArgumentException("options and cost must not be null");
        }
        this.options = options;
        this.cost = cost;
    }

    /** @return the configuration */
    public InfoOtOptions options() {
        return options;
    }

    /**
     * Fits without labels.
     *
     * @param xs {@code n × d} source points
     * @param xt {@code m × d} target points (same dimension)
     * @return the fitted model
     * @throws IllegalArgumentException on null input or different dimensions
     */
    public InfoOtModel fit(Matrix xs, Matrix xt) {
        return fit(xs, null, xt, ProgressListener.NONE);
    }

    /**
     * Fits with source labels (label-aware source kernel).
     *
     * @param xs source points
     * @param sourceLabels one label per source point, or null for none
     * @param xt target points
     * @return the fitted model
     * @throws IllegalArgumentException on null points, a label count different from {@code xs.rows()},
     *     or different dimensions
     */
    public InfoOtModel fit(Matrix xs, int[] sourceLabels, Matrix xt) {
        return fit(xs, sourceLabels, xt, ProgressListener.NONE);
    }

    /**
     * Fits from rectangular arrays (copied; NaN and infinities rejected, naming the entry).
     *
     * @param xs source points
     * @param sourceLabels labels or null
     * @param xt target points
     * @return the fitted model
     */
    public InfoOtModel fit(double[][] xs, int[] sourceLabels, double[][] xt) {
        return fit(Matrix.of("xs", xs), sourceLabels, Matrix.of("xt", xt));
    }

    /**
     * Fits, reporting each outer iteration.
     *
     * @param xs source points
     * @param sourceLabels labels or null
     * @param xt target points
     * @param listener progress receiver (may cancel), or null
     * @return the fitted model
     */
    public InfoOtModel fit(Matrix xs, int[] sourceLabels, Matrix xt, ProgressListener listener) {
        return Fitting.fit(xs, sourceLabels, xt, cost, options, listener);
    }
}
