package io.github.ot4j.info;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.info.internal.KernelMath;
import io.github.ot4j.info.kde.Bandwidth;
import io.github.ot4j.info.kde.KernelMatrix;
import io.github.ot4j.info.kde.KernelMutualInformation;
import io.github.ot4j.info.projection.Projections;
import io.github.ot4j.info.retrieval.ConditionalScores;
import io.github.ot4j.info.retrieval.ScoreBandwidth;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.internal.linalg.DenseProducts;
import io.github.ot4j.map.BarycentricMap;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.TransportPlan;
import io.github.ot4j.solver.MirrorDescentResult;

/**
 * A fitted (fused) InfoOT model: the transport plan between the training source and target
 * samples, the kernels it was fitted with, and everything derived from them. Immutable and
 * thread-safe; made by {@link InfoOt#fit} or {@link FusedInfoOt#fit}.
 *
 * <p>Projections (Chuang et al. 2023, section 4.2):
 * <ul>
 *   <li>{@link #barycentricProjection()}: {@code Σ_j P_ij y_j / Σ_j P_ij}, training sources only.</li>
 *   <li>{@link #conditionalProjection()}: the kernel estimate of {@code E[Y | X = x_i]} with
 *       weights {@code f_xy / (f_x f_y)}.</li>
 *   <li>{@link #project(Matrix)}: the same conditional projection for <b>any</b> points, including
 *       unseen ones (the original code's {@code project(X_new, 'conditional')} raises
 *       {@code NameError}; golden README caveat 11).</li>
 * </ul>
 */
public final class InfoOtModel {

    private final Matrix source;
    private final int[] labels;
    private final Matrix target;
    private final boolean fused;
    private final InfoOtOptions options;
    private final double sourceSigma;
    private final double querySigma;
    private final double targetSigma;
    private final KernelMutualInformation objective;
    private final MirrorDescentResult result;
    private final double[] plan;

    InfoOtModel(Matrix source, int[] labels, Matrix target, boolean fused, InfoOtOptions options, double sourceSigma,
                double querySigma, double targetSigma, KernelMutualInformation objective, MirrorDescentResult result) {
        this.source = source;
        this.labels = labels;
        this.target = target;
        this.fused = fused;
        this.options = options;
        this.sourceSigma = sourceSigma;
        this.querySigma = querySigma;
        this.targetSigma = targetSigma;
        this.objective = objective;
        this.result = result;
        this.plan = result.plan().toRowMajor();
    }

    /** @return the training source points */
    public Matrix source() {
        return source;
    }

    /** @return the training target points */
    public Matrix target() {
        return target;
    }

    /** @return a copy of the source labels, or null when the fit used none */
    public int[] sourceLabels() {
        return labels == null ? null : labels.clone();
    }

    /** @return whether this is a fused model (cost + λ MI) */
    public boolean isFused() {
        return fused;
    }

    /** @return the options of the fit */
    public InfoOtOptions options() {
        return options;
    }

    /** @return the fitted plan ({@code n × m}) */
    public TransportPlan plan() {
        return result.plan();
    }

    /** @return the full mirror-descent result (objective trace, inner iteration counts) */
    public MirrorDescentResult result() {
        return result;
    }

    /** @return how the outer iteration ended */
    public Convergence convergence() {
        return result.convergence();
    }

    /** @return the source kernel bandwidth {@code σ_x} of the fit (with the label offset, if labels were given) */
    public double sourceBandwidth() {
        return sourceSigma;
    }

    /** @return the target kernel bandwidth {@code σ_y} */
    public double targetBandwidth() {
        return targetSigma;
    }

    /** @return the source bandwidth used for unseen queries with {@link ScoreBandwidth#TRAINING} */
    public double queryBandwidth() {
        return querySigma;
    }

    /** @return the kernel estimate {@code Î(P)} of the mutual information at the fitted plan */
    public double mutualInformation() {
        return objective.mutualInformation(plan);
    }

    /**
     * @return the density ratio {@code f_xy(x_i, y_j) / (f_x(x_i) f_y(y_j))} at the training
     *     points ({@code n × m}; the original {@code ratio(P, Ks, Kt)})
     */
    public Matrix ratio() {
        return RawAccess.wrap(source.rows(), target.rows(), objective.ratio(plan));
    }

    /** @return the barycentric projection of the training source onto the target ({@code n × d_t}) */
    public Matrix barycentricProjection() {
        return BarycentricMap.sourceToTarget(result.plan(), target);
    }

    /** @return the conditional projection of the training source with the fitted kernels ({@code n × d_t}) */
    public Matrix conditionalProjection() {
        return Projections.weightedAverage(objective.ratio(plan), source.rows(), target);
    }

    /**
     * The conditional projection of the training source with kernels recomputed from the training
     * distances with another bandwidth (the original {@code project(Xs, 'conditional', h)}; the
     * plan is not refitted).
     *
     * @param bandwidth the bandwidth for both domains
     * @return the {@code n × d_t} projected points
     * @throws IllegalArgumentException if {@code bandwidth} is null
     */
    public Matrix conditionalProjection(Bandwidth bandwidth) {
        if (bandwidth == null) {
            throw new IllegalArgumentException("bandwidth must not be null");
        }
        InfoOtOptions o = options.withBandwidth(bandwidth).withKernelRank(0);
        Fitting.DomainKernel ks = Fitting.kernel(source, labels, o);
        Fitting.DomainKernel kt = Fitting.kernel(target, null, o);
        double[] w = new KernelMutualInformation(ks.kernel(), kt.kernel()).ratio(plan);
        return Projections.weightedAverage(w, source.rows(), target);
    }

    /**
     * Conditional scores {@code f_xy(x_q, y_j) / (f_x(x_q) f_y(y_j))} of query points (seen or
     * unseen) against every training target, for retrieval.
     *
     * @param queries {@code q × d_s} points in the source space
     * @param mode which source bandwidth the query kernel uses
     * @return the {@code q × m} scores
     * @throws IllegalArgumentException if an argument is null or the queries have the wrong dimension
     */
    public ConditionalScores conditionalScores(Matrix queries, ScoreBandwidth mode) {
        checkQueries(queries);
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
        int q = queries.rows();
        int n = source.rows();
        int m = target.rows();
        double[] dist = KernelMath.euclidean(RawAccess.data(queries), q, RawAccess.data(source), n, source.cols());
        double sigma = mode == ScoreBandwidth.TRAINING ? querySigma : options.bandwidth().sigma(dist, q, n, false);
        double[] kq = KernelMath.gaussian(dist, sigma);
        double[] fq = KernelMath.rowMeans(kq, q, n);
        double[] t = new double[q * m];
        DenseProducts.multiply(kq, plan, t, q, n, m);
        double[] scores = new double[q * m];
        KernelMatrix kt = objective.targetKernel();
        kt.rightMultiply(t, q, scores);
        double[] fy = kt.rowMeans();
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < m; j++) {
                scores[i * m + j] = scores[i * m + j] / (fq[i] * fy[j]);
            }
        }
        return new ConditionalScores(RawAccess.wrap(q, m, scores));
    }

    /**
     * The conditional projection of any points (the training bandwidth; see
     * {@link ScoreBandwidth#TRAINING}): {@code Σ_j s_qj y_j / Σ_j s_qj} with the conditional scores.
     *
     * @param queries {@code q × d_s} points in the source space, seen or unseen
     * @return the {@code q × d_t} projected points
     * @throws IllegalArgumentException if {@code queries} is null or has the wrong dimension
     */
    public Matrix project(Matrix queries) {
        return project(queries, ScoreBandwidth.TRAINING);
    }

    /**
     * The conditional projection of any points with the chosen query bandwidth.
     *
     * @param queries {@code q × d_s} points
     * @param mode query bandwidth
     * @return the {@code q × d_t} projected points
     * @throws IllegalArgumentException if an argument is null or the queries have the wrong dimension
     */
    public Matrix project(Matrix queries, ScoreBandwidth mode) {
        ConditionalScores s = conditionalScores(queries, mode);
        return Projections.weightedAverage(RawAccess.data(s.scores()), queries.rows(), target);
    }

    private void checkQueries(Matrix queries) {
        if (queries == null) {
            throw new IllegalArgumentException("queries must not be null");
        }
        if (queries.cols() != source.cols()) {
            throw new IllegalArgumentException("queries have dimension " + queries.cols()
                    + " but the source has dimension " + source.cols());
        }
    }

    @Override
    public String toString() {
        return (fused ? "Fused" : "") + "InfoOtModel[" + source.rows() + " x " + target.rows() + ", "
                + result.convergence().reason() + " after " + result.convergence().iterations() + " iterations]";
    }
}
