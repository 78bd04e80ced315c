package io.github.ot4j.cli.demo;

import io.github.ot4j.OT;
import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.datasets.synthetic.CrossDimensionDomains;
import io.github.ot4j.datasets.synthetic.DomainPair;
import io.github.ot4j.datasets.synthetic.ShiftedDomains;
import io.github.ot4j.datasets.tasks.Foscttm;
import io.github.ot4j.datasets.tasks.KnnClassifier;
import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.DenseGeometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.info.FusedInfoOt;
import io.github.ot4j.info.InfoOt;
import io.github.ot4j.info.InfoOtModel;
import io.github.ot4j.info.InfoOtOptions;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.map.BarycentricMap;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.problem.QuadraticProblem;
import io.github.ot4j.result.TransportPlan;
import io.github.ot4j.solver.EntropicGromovOptions;
import io.github.ot4j.solver.EntropicGromovWasserstein;
import io.github.ot4j.solver.EpsilonScale;
import io.github.ot4j.solver.ExactResult;
import io.github.ot4j.solver.GromovWassersteinResult;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The computations behind {@code ot4j demo}, separate from printing and plotting so that a test
 * can check the numbers. Two seeded synthetic problems:
 * <ol>
 * <li>domain adaptation with outliers ({@link ShiftedDomains}): a labelled source, a rotated and
 * shifted target, and far source outliers with random labels. Each method maps the source onto
 * the target; a 1-NN classifier trained on the mapped source labels the target. Outliers pull
 * mass in exact OT, which InfoOT's mutual-information objective resists (Chuang et al. 2023,
 * section 6.1);</li>
 * <li>a cross-dimension pair ({@link CrossDimensionDomains}): the same clusters seen in 3-D and
 * 5-D, with no cross cost: only InfoOT and Gromov-Wasserstein apply. Scored by FOSCTTM and 5-NN
 * label transfer.</li>
 * </ol>
 */
public final class DemoRun {

    /** Name of the domain-adaptation problem in the table. */
    public static final String OUTLIER_PAIR = "DA with outliers";
    /** Name of the cross-dimension problem in the table. */
    public static final String CROSS_DIM = "cross-dimension";

    private final long seed;
    private final List<DemoRow> rows = new ArrayList<>();
    private final Map<String, TransportPlan> plans = new LinkedHashMap<>();
    private final Map<String, Matrix> projections = new LinkedHashMap<>();
    private final Map<String, double[]> traces = new LinkedHashMap<>();
    private DomainPair daPair;

    private DemoRun(long seed) {
        this.seed = seed;
    }

    /**
     * Runs everything.
     *
     * @param seed the seed of both synthetic pairs
     * @param step called with a short description before each step (for a progress bar)
     * @return the finished run
     */
    public static DemoRun run(long seed, Consumer<String> step) {
        DemoRun r = new DemoRun(seed);
        r.outlierPair(step);
        r.crossDimension(step);
        return r;
    }

    /** @return the table rows, in order */
    public List<DemoRow> rows() {
        return List.copyOf(rows);
    }

    /** @return the plans of the outlier pair by method */
    public Map<String, TransportPlan> plans() {
        return Map.copyOf(plans);
    }

    /** @return the mapped source of the outlier pair by method */
    public Map<String, Matrix> projections() {
        return new LinkedHashMap<>(projections);
    }

    /** @return convergence traces by method */
    public Map<String, double[]> traces() {
        return new LinkedHashMap<>(traces);
    }

    /** @return the outlier pair */
    public DomainPair outlierPair() {
        return daPair;
    }

    /**
     * The outlier pair's configuration: the generator's defaults (3 classes on a circle, 10 far
     * outliers with random labels) rotated by 45°. The default 60° puts every target cluster
     * exactly between two source clusters, which makes the class correspondence ambiguous for
     * every method; at 45° the correspondence is well defined and the outliers are what
     * separates the methods.
     *
     * @return the options
     */
    public static ShiftedDomains.Options outlierPairOptions() {
        return ShiftedDomains.Options.defaults().withAngle(Math.PI / 4);
    }

    /** Number of steps {@link #run} reports. */
    public static final int STEPS = 7;

    private void outlierPair(Consumer<String> step) {
        daPair = ShiftedDomains.sample(outlierPairOptions(), seed);
        LabeledData src = daPair.source();
        LabeledData tgt = daPair.target();
        Matrix xs = src.features();
        Matrix xt = tgt.features();
        DenseGeometry cost = CostFunction.squaredEuclidean().pairwise(xs, xt);

        step.accept("no adaptation");
        long t0 = System.nanoTime();
        double none = KnnClassifier.accuracy(src, tgt, 1);
        rows.add(new DemoRow(OUTLIER_PAIR, "no adaptation", Double.NaN, "1-NN accuracy", none, seconds(t0)));

        step.accept("EMD");
        t0 = System.nanoTime();
        ExactResult emd = OT.emd(null, null, xs, xt, CostFunction.squaredEuclidean());
        Matrix emdMapped = BarycentricMap.sourceToTarget(emd.plan(), xt);
        addDa("EMD", emd.plan(), emdMapped, cost, t0);

        step.accept("Sinkhorn");
        t0 = System.nanoTime();
        SinkhornResult sk = new Sinkhorn(SinkhornOptions.relativeEpsilon(0.05, EpsilonScale.MEAN_COST))
                .solve(LinearProblem.uniform(cost));
        addDa("Sinkhorn", sk.plan(), BarycentricMap.sourceToTarget(sk.plan(), xt), cost, t0);
        traces.put("Sinkhorn (marginal error)", sk.convergence().errorTrace());

        step.accept("fused InfoOT");
        t0 = System.nanoTime();
        InfoOtModel fused = new FusedInfoOt(InfoOtOptions.fused()).fit(xs, src.labels(), xt);
        addDa("fused InfoOT", fused.plan(), fused.conditionalProjection(), cost, t0);
        traces.put("fused InfoOT (mass moved per step)", fused.convergence().errorTrace());

        step.accept("InfoOT");
        t0 = System.nanoTime();
        InfoOtModel info = new InfoOt(InfoOtOptions.infoOt()).fit(xs, xt);
        addDa("InfoOT", info.plan(), info.conditionalProjection(), cost, t0);
        traces.put("InfoOT (mass moved per step)", info.convergence().errorTrace());
    }

    private void addDa(String method, TransportPlan plan, Matrix mapped, DenseGeometry cost, long t0) {
        double acc = KnnClassifier.accuracy(daPair.source().withFeatures(mapped), daPair.target(), 1);
        rows.add(new DemoRow(OUTLIER_PAIR, method, plan.cost(cost), "1-NN accuracy", acc, seconds(t0)));
        plans.put(method, plan);
        projections.put(method, mapped);
    }

    private void crossDimension(Consumer<String> step) {
        DomainPair pair = CrossDimensionDomains.sample(CrossDimensionDomains.Options.defaults(), seed + 1);
        Matrix xs = pair.source().features();
        Matrix xt = pair.target().features();

        step.accept("InfoOT, 3-D to 5-D");
        long t0 = System.nanoTime();
        InfoOtModel info = new InfoOt(InfoOtOptions.infoOt()).fit(xs, xt);
        addCross("InfoOT", info.conditionalProjection(), pair, t0);

        step.accept("entropic Gromov-Wasserstein, 3-D to 5-D");
        t0 = System.nanoTime();
        QuadraticProblem qp = QuadraticProblem.of(selfCost(xs), selfCost(xt), null, null);
        GromovWassersteinResult gw = new EntropicGromovWasserstein(EntropicGromovOptions.epsilon(5e-3)).solve(qp);
        addCross("entropic GW", BarycentricMap.sourceToTarget(gw.plan(), xt), pair, t0);
    }

    private void addCross(String method, Matrix mapped, DomainPair pair, long t0) {
        double f = Foscttm.mean(mapped, pair.target().features());
        double seconds = seconds(t0);
        rows.add(new DemoRow(CROSS_DIM, method, Double.NaN, "FOSCTTM", f, seconds));
        double transfer = KnnClassifier.labelTransferAccuracy(pair.source().withFeatures(mapped), pair.target());
        rows.add(new DemoRow(CROSS_DIM, method, Double.NaN, "5-NN label transfer", transfer, seconds));
    }

    /** Squared Euclidean distances within one point set, scaled to max 1 (the usual GW input). */
    private static Matrix selfCost(Matrix x) {
        DenseGeometry g = CostFunction.squaredEuclidean().pairwise(x, x);
        double[] c = g.toRowMajor();
        double max = g.statistics().max();
        for (int k = 0; k < c.length; k++) {
            c[k] /= max;
        }
        return RawAccess.wrap(x.rows(), x.rows(), c);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
