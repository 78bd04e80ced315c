package io.github.ot4j.info;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.solver.ProgressListener;

/**
 * InfoOT: optimal transport that maximizes the kernel estimate of the mutual information between
 * the two sides, with no cross-domain cost, so source and target may live in spaces of different
 * dimension (single-cell multi-omics alignment). Chuang, Jegelka &amp; Alvarez-Melis, "InfoOT:
 * Information Maximizing Optimal Transport", ICML 2023, arXiv:2210.03164.
 *
 * <p>Solved by projected gradient (successive linearization) on ot-core's {@code MirrorDescent}:
 * starting from {@code P = p qᵀ}, each outer iteration solves
 * \( P \leftarrow \arg\min_{P \in \Pi(p,q)} \langle -\nabla \hat I(P_t), P\rangle + \varepsilon \mathrm{KL}(P \| p q^\top) \)
 * with a Sinkhorn solve; the objective is {@link io.github.ot4j.info.kde.KernelMutualInformation}.
 *
 * <pre>{@code
 * InfoOtModel model = new InfoOt(InfoOtOptions.infoOt()).fit(atac, rna);
 * Matrix aligned = model.barycentricProjection();
 * }</pre>
 *
 * <p><b>Why it may not converge, and what to change.</b> The objective is non-convex; the outer
 * loop may stop at {@code maxIterations} while still moving mass (see
 * {@link InfoOtModel#convergence()}). A small {@code ε} relative to the gradient's range makes each
 * inner Sinkhorn solve slow (ot4j then switches to the log domain, never overflowing); raise
 * {@code ε} or the iteration cap. The fitted plan depends on the bandwidth: see
 * {@link io.github.ot4j.info.kde.BandwidthRule} for a rule that suits clustered or binary features.
 * Stateless and thread-safe.
 */
public final class InfoOt {

    private final InfoOtOptions options;

    /**
     * @param options the configuration ({@link InfoOtOptions#infoOt()} for the original defaults);
     *     {@code lambda} is ignored
     * @throws IllegalArgumentException if {@code options} is null
     */
    public InfoOt(InfoOtOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /** @return the configuration */
    public InfoOtOptions options() {
        return options;
    }

    /**
     * Fits the plan between two samples.
     *
     * @param xs {@code n × d_s} source points
     * @param xt {@code m × d_t} target points (any dimension)
     * @return the fitted model
     * @throws IllegalArgumentException if an argument is null
     */
    public InfoOtModel fit(Matrix xs, Matrix xt) {
        return fit(xs, xt, ProgressListener.NONE);
    }

    /**
     * Fits the plan from rectangular arrays (copied; NaN and infinities are rejected, naming the entry).
     *
     * @param xs source points, one per row
     * @param xt target points, one per row
     * @return the fitted model
     * @throws IllegalArgumentException on null, ragged or non-finite input
     */
    public InfoOtModel fit(double[][] xs, double[][] xt) {
        return fit(Matrix.of("xs", xs), Matrix.of("xt", xt));
    }

    /**
     * Fits, reporting each outer iteration to {@code listener} (which may cancel).
     *
     * @param xs source points
     * @param xt target points
     * @param listener progress receiver, or null
     * @return the fitted model
     */
    public InfoOtModel fit(Matrix xs, Matrix xt, ProgressListener listener) {
        return Fitting.fit(xs, null, xt, null, options, listener);
    }
}
