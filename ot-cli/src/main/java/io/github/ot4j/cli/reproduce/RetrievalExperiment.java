package io.github.ot4j.cli.reproduce;

import io.github.ot4j.datasets.tasks.DataDirectory;
import io.github.ot4j.datasets.tasks.OfficeDomain;
import io.github.ot4j.datasets.tasks.OfficeFeatures;
import io.github.ot4j.datasets.tasks.Preprocessing;
import io.github.ot4j.datasets.tasks.ReferenceValues;
import io.github.ot4j.datasets.tasks.RetrievalMethod;
import io.github.ot4j.datasets.tasks.RetrievalResult;
import io.github.ot4j.datasets.tasks.RetrievalTask;
import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.info.FusedInfoOt;
import io.github.ot4j.info.InfoOtOptions;
import io.github.ot4j.info.da.CouplingMethod;
import io.github.ot4j.info.da.Couplings;
import io.github.ot4j.info.retrieval.ScoreBandwidth;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * DeCAF6 cross-domain retrieval with InfoOT's protocol (datasets README 5.5): 90 % of the shuffled
 * source domain is fitted against the whole target domain, the held-out 10 % are queries ranked
 * against every target; P@1, P@5 and P@15 compare labels no method sees. Methods: no adaptation
 * (minus the Euclidean distance), EMD and Sinkhorn (queries mapped by POT's out-of-sample rule, then
 * minus the distance) and fused InfoOT's conditional scores ({@code reg = 5}, no labels) with the
 * original code's settings (query bandwidth re-estimated per batch, as its {@code conditional_score})
 * and with ot4j's defaults (the training bandwidth).
 */
final class RetrievalExperiment implements Experiment {

    static final String NO_ADAPTATION = "no adaptation (−distance)";
    static final String EMD = "EMD, mapped queries (−distance)";
    static final String SINKHORN = "Sinkhorn, mapped queries (−distance)";
    static final String FUSED = "fused InfoOT, conditional score";
    /** Fits per task and seed: distance, EMD, Sinkhorn, fused InfoOT twice. */
    static final int RUNS_PER_SPLIT = 5;

    private final List<RetrievalTask> tasks;
    private final int seeds;

    /**
     * @param data the data directory
     * @param seeds split seeds {@code 0..seeds-1}, in {@code [1, 10]}
     * @throws IOException if a file is missing or malformed
     */
    RetrievalExperiment(DataDirectory data, int seeds) throws IOException {
        this.tasks = List.of(
                RetrievalTask.officeCaltech(data, OfficeFeatures.DECAF6, OfficeDomain.DSLR, OfficeDomain.WEBCAM,
                        Preprocessing.NONE),
                RetrievalTask.officeCaltech(data, OfficeFeatures.DECAF6, OfficeDomain.WEBCAM, OfficeDomain.DSLR,
                        Preprocessing.NONE));
        this.seeds = seeds;
        for (RetrievalTask t : tasks) {
            if (t.splitSeeds() < seeds) {
                throw new IOException("task " + t.name() + " has " + t.splitSeeds() + " split permutations but " + seeds
                        + " seeds were asked for");
            }
        }
    }

    @Override
    public ReproduceTask task() {
        return ReproduceTask.RETRIEVAL;
    }

    @Override
    public int runs() {
        return tasks.size() * seeds * RUNS_PER_SPLIT;
    }

    @Override
    public List<Measurement> run(RunProgress progress) {
        SeedAverages avg = new SeedAverages(ReproduceTask.RETRIEVAL);
        InfoOtOptions reference = Configurations.referenceFused().withEpsilon(Configurations.RETRIEVAL_EPSILON);
        InfoOtOptions ot4j = Configurations.ot4jFused().withEpsilon(Configurations.RETRIEVAL_EPSILON);
        String refSettings = Configurations.describe(reference, true)
                + ", no labels, query bandwidth from the query batch";
        String ot4jSettings = "defaults: " + Configurations.describe(ot4j, true)
                + ", no labels, query bandwidth from training";
        for (RetrievalTask t : tasks) {
            String name = "DeCAF " + t.name();
            for (int seed = 0; seed < seeds; seed++) {
                String run = name + " s" + seed + " ";
                score(avg, t, seed, name, run + "distance", NO_ADAPTATION, SettingKind.BASELINE, "source features as they are",
                        RetrievalMethod.negativeDistance(), progress);
                score(avg, t, seed, name, run + "EMD", EMD, SettingKind.BASELINE,
                        "exact, squared Euclidean cost; query = nearest training source's image + offset",
                        mapped(Couplings.emd(CostFunction.squaredEuclidean())), progress);
                score(avg, t, seed, name, run + "Sinkhorn", SINKHORN, SettingKind.BASELINE,
                        Configurations.describeSinkhorn() + "; query mapped as for EMD",
                        mapped(Couplings.sinkhorn(Configurations.sinkhorn(), CostFunction.squaredEuclidean())), progress);
                score(avg, t, seed, name, run + "fused InfoOT original", FUSED, SettingKind.REFERENCE_SETTINGS, refSettings,
                        conditional(reference, ScoreBandwidth.BATCH, progress), progress);
                score(avg, t, seed, name, run + "fused InfoOT ot4j", FUSED, SettingKind.OT4J, ot4jSettings,
                        conditional(ot4j, ScoreBandwidth.TRAINING, progress), progress);
            }
        }
        List<Measurement> out = new ArrayList<>();
        for (RetrievalTask t : tasks) {
            for (int k : RetrievalTask.DEFAULT_KS) {
                ReferenceValues.find("DeCAF " + t.name() + " retrieval", ReferenceValues.SPLIT_SEEDS_0_9, metric(k),
                        "fused InfoOT (reg=5), conditional score").ifPresent(r -> out.add(
                        Measurement.reference(ReproduceTask.RETRIEVAL, "DeCAF " + t.name(), metric(k), FUSED, r)));
            }
        }
        out.addAll(avg.measurements());
        return out;
    }

    static String metric(int k) {
        return "P@" + k + " %";
    }

    private static void score(SeedAverages avg, RetrievalTask t, int seed, String name, String run, String method,
                              SettingKind kind, String settings, RetrievalMethod m, RunProgress progress) {
        progress.begin(run);
        long t0 = System.nanoTime();
        RetrievalResult r = t.evaluate(m, seed);
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (int k : r.ks()) {
            avg.add(name, metric(k), method, kind, settings, 100 * r.precisionAt(k), seconds);
        }
        progress.end();
    }

    /** Fits the coupling on the training sources, maps the queries out of sample, scores by minus the distance. */
    private static RetrievalMethod mapped(CouplingMethod coupling) {
        return (train, queries, target) -> RetrievalMethod.negativeDistance().scores(train,
                coupling.fit(train, null, target).transform(queries), target);
    }

    private static RetrievalMethod conditional(InfoOtOptions options, ScoreBandwidth bandwidth, RunProgress progress) {
        return (train, queries, target) -> new FusedInfoOt(options).fit(train, null, target, progress.listener())
                .conditionalScores(queries, bandwidth).scores();
    }
}
