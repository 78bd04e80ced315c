package io.github.ot4j.cli.reproduce;

import io.github.ot4j.datasets.tasks.DataDirectory;
import io.github.ot4j.datasets.tasks.Preprocessing;
import io.github.ot4j.datasets.tasks.ReferenceValue;
import io.github.ot4j.datasets.tasks.ReferenceValues;
import io.github.ot4j.datasets.tasks.SingleCellDataset;
import io.github.ot4j.datasets.tasks.SingleCellResult;
import io.github.ot4j.datasets.tasks.SingleCellTask;
import io.github.ot4j.info.InfoOt;
import io.github.ot4j.info.InfoOtModel;
import io.github.ot4j.info.InfoOtOptions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Single-cell alignment (datasets README 5.1-5.3): InfoOT projects domain 1 into domain 2's
 * feature space (the domains differ in dimension, so EMD, Sinkhorn and fused InfoOT, which need a
 * cross-domain cost, do not apply); FOSCTTM and 5-NN label-transfer accuracy score both the
 * barycentric and the conditional projection of one fit. Configurations: the original code's
 * settings ({@code --compat original}), ot4j's defaults with the same h, and ot4j's best
 * documented setting for the data set.
 */
final class SingleCellExperiment implements Experiment {

    static final String LABEL_TRANSFER = "label transfer (5-NN) %";
    static final String BARYCENTRIC = "InfoOT, barycentric";
    static final String CONDITIONAL = "InfoOT, conditional";

    /**
     * One configuration of the experiment.
     *
     * @param kind reference settings or ot4j's
     * @param name short name for the progress bar
     * @param preprocessing applied to both domains
     * @param options the InfoOT options
     * @param barycentricReference the README's reference method label for the barycentric
     *     FOSCTTM this configuration reproduces, or null
     * @param conditionalReference likewise for the conditional projection, or null
     */
    record Configuration(SettingKind kind, String name, Preprocessing preprocessing, InfoOtOptions options,
                         String barycentricReference, String conditionalReference) {

        String settings() {
            String prep = preprocessing == Preprocessing.L2_ROWS ? "L2-normalised rows" : "raw features";
            return (name.isEmpty() ? "" : name + ": ") + Configurations.describe(options, false) + ", " + prep;
        }
    }

    private final SingleCellDataset dataset;
    private final List<Configuration> configurations;
    private final Map<Preprocessing, SingleCellTask> tasks = new EnumMap<>(Preprocessing.class);

    /**
     * Loads the data set in every preprocessing its configurations need.
     *
     * @param dataset SNAREseq or scGEM
     * @param data the data directory
     * @throws IOException if a file is missing or malformed
     */
    SingleCellExperiment(SingleCellDataset dataset, DataDirectory data) throws IOException {
        this.dataset = dataset;
        this.configurations = configurations(dataset);
        for (Configuration c : configurations) {
            if (!tasks.containsKey(c.preprocessing())) {
                tasks.put(c.preprocessing(), SingleCellTask.load(dataset, data, c.preprocessing()));
            }
        }
    }

    /**
     * @param dataset the data set
     * @return its configurations in table order
     */
    static List<Configuration> configurations(SingleCellDataset dataset) {
        String refBary = "InfoOT (h=0.5, reg=0.05, 100 it.), barycentric";
        String refCond = "InfoOT (h=0.5, reg=0.05, 100 it.), conditional";
        return switch (dataset) {
            case SNARESEQ -> List.of(
                    new Configuration(SettingKind.REFERENCE_SETTINGS, "", Preprocessing.L2_ROWS,
                            Configurations.referenceInfoOt(), refBary, refCond),
                    new Configuration(SettingKind.OT4J, "defaults", Preprocessing.L2_ROWS,
                            Configurations.ot4jInfoOt(), null, null),
                    new Configuration(SettingKind.OT4J, "best documented", Preprocessing.L2_ROWS,
                            Configurations.snareseqBest(), null, null));
            case SCGEM -> List.of(
                    new Configuration(SettingKind.REFERENCE_SETTINGS, "", Preprocessing.L2_ROWS,
                            Configurations.referenceInfoOt(), "InfoOT (h=0.5, reg=0.05, 100 it.), L2 rows", null),
                    new Configuration(SettingKind.REFERENCE_SETTINGS, "", Preprocessing.NONE,
                            Configurations.scgemReferenceRaw(), "InfoOT (h=1.0, reg=0.05, 100 it.), raw features", null),
                    new Configuration(SettingKind.OT4J, "defaults", Preprocessing.L2_ROWS,
                            Configurations.ot4jInfoOt(), null, null),
                    new Configuration(SettingKind.OT4J, "documented, median rule", Preprocessing.NONE,
                            Configurations.scgemMedian(), null, null));
        };
    }

    @Override
    public ReproduceTask task() {
        return dataset == SingleCellDataset.SNARESEQ ? ReproduceTask.SNARESEQ : ReproduceTask.SCGEM;
    }

    @Override
    public int runs() {
        return configurations.size();
    }

    @Override
    public List<Measurement> run(RunProgress progress) {
        String title = dataset.title();
        List<Measurement> bary = new ArrayList<>();
        List<Measurement> cond = new ArrayList<>();
        for (Configuration c : configurations) {
            progress.begin(title.substring(0, title.indexOf(' ')) + " InfoOT "
                    + (c.kind() == SettingKind.REFERENCE_SETTINGS ? "original" : "ot4j " + c.name()));
            long t0 = System.nanoTime();
            SingleCellTask task = tasks.get(c.preprocessing());
            InfoOtModel model = new InfoOt(c.options()).fit(task.domain1().features(), task.domain2().features(),
                    progress.listener());
            SingleCellResult b = task.score(model.barycentricProjection());
            SingleCellResult k = task.score(model.conditionalProjection());
            double seconds = (System.nanoTime() - t0) / 1e9;
            progress.end();
            addReference(bary, BARYCENTRIC, c.barycentricReference());
            addReference(cond, CONDITIONAL, c.conditionalReference());
            add(bary, BARYCENTRIC, c, b, seconds);
            add(cond, CONDITIONAL, c, k, seconds);
        }
        List<Measurement> out = new ArrayList<>(bary);
        out.addAll(cond);
        for (ReferenceValue r : ReferenceValues.forTask(title)) {
            if (r.method().startsWith("SCOT")) {
                out.add(Measurement.reference(task(), title, ReferenceValues.FOSCTTM, "SCOT", r));
            }
        }
        return out;
    }

    private void add(List<Measurement> out, String method, Configuration c, SingleCellResult r, double seconds) {
        out.add(new Measurement(task(), dataset.title(), ReferenceValues.FOSCTTM, method, c.kind(), c.settings(), r.foscttm(),
                Double.NaN, 1, seconds));
        out.add(new Measurement(task(), dataset.title(), LABEL_TRANSFER, method, c.kind(), c.settings(),
                100 * r.labelTransferAccuracy(), Double.NaN, 1, seconds));
    }

    private void addReference(List<Measurement> out, String method, String referenceMethod) {
        if (referenceMethod == null) {
            return;
        }
        ReferenceValue r = ReferenceValues.find(dataset.title(), ReferenceValues.ALL_CELLS, ReferenceValues.FOSCTTM,
                referenceMethod).orElseThrow(() -> new IllegalStateException("no reference value for " + referenceMethod));
        out.add(Measurement.reference(task(), dataset.title(), ReferenceValues.FOSCTTM, method, r));
    }
}
