package io.github.ot4j.cli.reproduce;

import io.github.ot4j.datasets.tasks.AlignmentMethod;
import io.github.ot4j.datasets.tasks.DaProtocol;
import io.github.ot4j.datasets.tasks.DataDirectory;
import io.github.ot4j.datasets.tasks.DomainAdaptationResult;
import io.github.ot4j.datasets.tasks.DomainAdaptationTask;
import io.github.ot4j.datasets.tasks.OfficeDomain;
import io.github.ot4j.datasets.tasks.OfficeFeatures;
import io.github.ot4j.datasets.tasks.Preprocessing;
import io.github.ot4j.datasets.tasks.ReferenceValues;
import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.info.FusedInfoOt;
import io.github.ot4j.info.InfoOtModel;
import io.github.ot4j.info.InfoOtOptions;
import io.github.ot4j.info.da.CouplingMethod;
import io.github.ot4j.info.da.Couplings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Office-Caltech10 domain adaptation with InfoOT's protocol (datasets README 5.4): the labelled
 * source is projected onto the first 90 % of the shuffled target, a 1-NN classifier trained on
 * the projected source labels the remaining 10 %. Methods: no adaptation, EMD and Sinkhorn
 * (barycentric projection, squared Euclidean cost), and fused InfoOT (barycentric and conditional
 * projection of one fit) with the original code's settings and with ot4j's defaults. DeCAF6 runs
 * D→W and W→D over split seeds {@code 0..seeds-1}; SURF runs the 12 tasks on split seed 0 plus the
 * full-target no-adaptation baseline of the published benchmark table.
 */
final class DomainAdaptationExperiment implements Experiment {

    static final String NO_ADAPTATION = ReferenceValues.NO_ADAPTATION;
    static final String NO_ADAPTATION_FULL = "no adaptation, full-target protocol";
    static final String EMD = "EMD, barycentric";
    static final String SINKHORN = "Sinkhorn, barycentric";
    static final String FUSED_BARYCENTRIC = "fused InfoOT, barycentric";
    static final String FUSED_CONDITIONAL = "fused InfoOT, conditional";
    static final String SURF_MEAN = "mean of 12";
    /** Fits per task and seed: identity, EMD, Sinkhorn, fused InfoOT twice. */
    static final int RUNS_PER_SPLIT = 5;

    private final ReproduceTask experiment;
    private final List<DomainAdaptationTask> tasks;
    private final int seeds;
    private final String prefix;

    private DomainAdaptationExperiment(ReproduceTask experiment, List<DomainAdaptationTask> tasks, int seeds, String prefix) {
        this.experiment = experiment;
        this.tasks = tasks;
        this.seeds = seeds;
        this.prefix = prefix;
    }

    /**
     * @param data the data directory
     * @param seeds split seeds {@code 0..seeds-1}, in {@code [1, 10]}
     * @return DeCAF6 D→W and W→D, raw features
     * @throws IOException if a file is missing or malformed
     */
    static DomainAdaptationExperiment decaf(DataDirectory data, int seeds) throws IOException {
        List<DomainAdaptationTask> tasks = List.of(
                DomainAdaptationTask.officeCaltech(data, OfficeFeatures.DECAF6, OfficeDomain.DSLR, OfficeDomain.WEBCAM,
                        Preprocessing.NONE),
                DomainAdaptationTask.officeCaltech(data, OfficeFeatures.DECAF6, OfficeDomain.WEBCAM, OfficeDomain.DSLR,
                        Preprocessing.NONE));
        requireSplits(tasks, seeds);
        return new DomainAdaptationExperiment(ReproduceTask.OFFICE_DECAF, tasks, seeds, "DeCAF ");
    }

    /**
     * @param data the data directory
     * @return the 12 z-scored SURF tasks, split seed 0
     * @throws IOException if a file is missing or malformed
     */
    static DomainAdaptationExperiment surf(DataDirectory data) throws IOException {
        List<DomainAdaptationTask> tasks = new ArrayList<>();
        for (OfficeDomain[] p : DomainAdaptationTask.officeCaltechPairs()) {
            tasks.add(DomainAdaptationTask.officeCaltech(data, OfficeFeatures.SURF_ZSCORE, p[0], p[1], Preprocessing.NONE));
        }
        requireSplits(tasks, 1);
        return new DomainAdaptationExperiment(ReproduceTask.OFFICE_SURF, tasks, 1, "");
    }

    private static void requireSplits(List<DomainAdaptationTask> tasks, int seeds) throws IOException {
        for (DomainAdaptationTask t : tasks) {
            if (t.splitSeeds() < seeds) {
                throw new IOException("task " + t.name() + " has " + t.splitSeeds() + " split permutations but " + seeds
                        + " seeds were asked for: put office_caltech10/splits/<domain>_perm_seeds0-9.npy in the data directory");
            }
        }
    }

    @Override
    public ReproduceTask task() {
        return experiment;
    }

    @Override
    public int runs() {
        return tasks.size() * seeds * RUNS_PER_SPLIT + (experiment == ReproduceTask.OFFICE_SURF ? tasks.size() : 0);
    }

    @Override
    public List<Measurement> run(RunProgress progress) {
        SeedAverages avg = new SeedAverages(experiment);
        InfoOtOptions reference = Configurations.referenceFused();
        InfoOtOptions ot4j = Configurations.ot4jFused();
        String refSettings = Configurations.describe(reference, true) + ", label offset 5000";
        String ot4jSettings = "defaults: " + Configurations.describe(ot4j, true) + ", label offset 5000";
        String emdSettings = "exact, squared Euclidean cost, uniform weights";
        String sinkhornSettings = Configurations.describeSinkhorn();
        String metric = ReferenceValues.ACCURACY;
        for (DomainAdaptationTask t : tasks) {
            String name = prefix + t.name();
            for (int seed = 0; seed < seeds; seed++) {
                DaProtocol p = DaProtocol.targetSplit(seed);
                String run = name + " s" + seed + " ";
                long t0 = System.nanoTime();
                progress.begin(run + "no adaptation");
                double none = t.evaluate(AlignmentMethod.identity(), p).percent();
                avg.add(name, metric, NO_ADAPTATION, SettingKind.BASELINE, "source features as they are", none, since(t0));
                progress.end();
                coupling(avg, t, p, name, run + "EMD", EMD, emdSettings,
                        Couplings.emd(CostFunction.squaredEuclidean()), progress);
                coupling(avg, t, p, name, run + "Sinkhorn", SINKHORN, sinkhornSettings,
                        Couplings.sinkhorn(Configurations.sinkhorn(), CostFunction.squaredEuclidean()), progress);
                fused(avg, t, p, name, run + "fused InfoOT original", SettingKind.REFERENCE_SETTINGS, refSettings,
                        reference, progress);
                fused(avg, t, p, name, run + "fused InfoOT ot4j", SettingKind.OT4J, ot4jSettings, ot4j, progress);
            }
            if (experiment == ReproduceTask.OFFICE_SURF) {
                progress.begin(name + " full target");
                long t0 = System.nanoTime();
                double full = t.evaluate(AlignmentMethod.identity(), DaProtocol.FULL_TARGET).percent();
                avg.add(name, metric, NO_ADAPTATION_FULL, SettingKind.BASELINE, "fit and test on the whole target", full,
                        since(t0));
                progress.end();
            }
        }
        List<Measurement> ours = avg.measurements();
        if (experiment == ReproduceTask.OFFICE_SURF) {
            ours = withSurfMean(ours);
        }
        return withReferences(ours);
    }

    private void coupling(SeedAverages avg, DomainAdaptationTask t, DaProtocol p, String name, String run, String method,
                          String settings, CouplingMethod coupling, RunProgress progress) {
        progress.begin(run);
        long t0 = System.nanoTime();
        DomainAdaptationResult r = t.evaluate((xs, ys, xt) -> coupling.fit(xs, ys, xt).transformSource(), p);
        avg.add(name, ReferenceValues.ACCURACY, method, SettingKind.BASELINE, settings, r.percent(), since(t0));
        progress.end();
    }

    /**
     * One fused InfoOT fit scored with both projections: the first evaluation fits and projects
     * barycentrically, the second reuses that fit (the task passes the same source and target
     * points for the same protocol).
     */
    private void fused(SeedAverages avg, DomainAdaptationTask t, DaProtocol p, String name, String run, SettingKind kind,
                       String settings, InfoOtOptions options, RunProgress progress) {
        progress.begin(run);
        long t0 = System.nanoTime();
        InfoOtModel[] model = new InfoOtModel[1];
        DomainAdaptationResult bary = t.evaluate((xs, ys, xt) -> {
            model[0] = new FusedInfoOt(options).fit(xs, ys, xt, progress.listener());
            return model[0].barycentricProjection();
        }, p);
        DomainAdaptationResult cond = t.evaluate((xs, ys, xt) -> model[0].conditionalProjection(), p);
        double seconds = since(t0);
        avg.add(name, ReferenceValues.ACCURACY, FUSED_BARYCENTRIC, kind, settings, bary.percent(), seconds);
        avg.add(name, ReferenceValues.ACCURACY, FUSED_CONDITIONAL, kind, settings, cond.percent(), seconds);
        progress.end();
    }

    /** Adds a "mean of 12" column: the mean over the tasks of each row, its time the sum. */
    private List<Measurement> withSurfMean(List<Measurement> rows) {
        List<Measurement> out = new ArrayList<>(rows);
        java.util.Map<String, List<Measurement>> byRow = new java.util.LinkedHashMap<>();
        for (Measurement m : rows) {
            byRow.computeIfAbsent(m.method() + '\u0000' + m.settings(), k -> new ArrayList<>()).add(m);
        }
        for (List<Measurement> row : byRow.values()) {
            Measurement first = row.get(0);
            double mean = row.stream().mapToDouble(Measurement::value).average().orElse(Double.NaN);
            out.add(new Measurement(experiment, SURF_MEAN, first.metric(), first.method(), first.kind(), first.settings(),
                    mean, Double.NaN, row.size(), 0));
        }
        return out;
    }

    /** Puts the README's reference numbers before ot4j's rows of the same method. */
    private List<Measurement> withReferences(List<Measurement> ours) {
        List<Measurement> out = new ArrayList<>();
        boolean surf = experiment == ReproduceTask.OFFICE_SURF;
        for (DomainAdaptationTask t : tasks) {
            String ds = prefix + t.name();
            String refTask = surf ? t.name() : "DeCAF " + t.name();
            String protocol = surf ? ReferenceValues.SPLIT_SEED_0 : ReferenceValues.SPLIT_SEEDS_0_9;
            addReference(out, ds, refTask, protocol, NO_ADAPTATION, NO_ADAPTATION);
            addReference(out, ds, refTask, protocol, "fused InfoOT, barycentric", FUSED_BARYCENTRIC);
            addReference(out, ds, refTask, protocol, "fused InfoOT, conditional", FUSED_CONDITIONAL);
            if (surf) {
                addReference(out, ds, refTask, ReferenceValues.FULL_TARGET, NO_ADAPTATION, NO_ADAPTATION_FULL);
            }
        }
        if (surf) {
            addReference(out, SURF_MEAN, "SURF mean of 12", ReferenceValues.SPLIT_SEED_0, NO_ADAPTATION, NO_ADAPTATION);
            addReference(out, SURF_MEAN, "SURF mean of 12", ReferenceValues.SPLIT_SEED_0, "fused InfoOT, barycentric",
                    FUSED_BARYCENTRIC);
            addReference(out, SURF_MEAN, "SURF mean of 12", ReferenceValues.SPLIT_SEED_0, "fused InfoOT, conditional",
                    FUSED_CONDITIONAL);
        }
        out.addAll(ours);
        return out;
    }

    private void addReference(List<Measurement> out, String dataset, String refTask, String protocol, String refMethod,
                              String method) {
        ReferenceValues.find(refTask, protocol, ReferenceValues.ACCURACY, refMethod).ifPresent(r ->
                out.add(Measurement.reference(experiment, dataset, ReferenceValues.ACCURACY, method, r)));
    }

    private static double since(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
