package io.github.ot4j.datasets.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference numbers of the datasets README, in one place, for reports that print ot4j's
 * results beside them (the CLI's {@code reproduce} command) and for the tests that check the
 * no-adaptation baselines against them.
 */
public final class ReferenceValues {

    /** Protocol label of the published full-target tables. */
    public static final String FULL_TARGET = "full target";
    /** Protocol label of InfoOT's split with seed 0. */
    public static final String SPLIT_SEED_0 = "split seed 0";
    /** Protocol label of InfoOT's split averaged over seeds 0-9. */
    public static final String SPLIT_SEEDS_0_9 = "split seeds 0-9 (mean)";
    /** Protocol label of single-cell alignment (all paired cells). */
    public static final String ALL_CELLS = "all cells";
    /** Metric label of 1-NN accuracy in percent. */
    public static final String ACCURACY = "1-NN accuracy %";
    /** Metric label of FOSCTTM. */
    public static final String FOSCTTM = "FOSCTTM";
    /** Method label of the no-adaptation baseline. */
    public static final String NO_ADAPTATION = "no adaptation";

    private static final String BENCHMARK = "jindongwang/transferlearning data/benchmark.md (published)";
    private static final String MEASURED = "original code run on these files (measured, datasets README 5.6)";
    private static final List<ReferenceValue> ALL = build();

    private ReferenceValues() {
    }

    /** @return every reference number, in README order (unmodifiable) */
    public static List<ReferenceValue> all() {
        return ALL;
    }

    /**
     * @param task task name
     * @param protocol protocol label
     * @param metric metric label
     * @param method method label
     * @return the matching reference number, if any
     */
    public static Optional<ReferenceValue> find(String task, String protocol, String metric, String method) {
        return ALL.stream().filter(r -> r.task().equals(task) && r.protocol().equals(protocol) && r.metric().equals(metric)
                && r.method().equals(method)).findFirst();
    }

    /**
     * @param task task name
     * @return all reference numbers for that task
     */
    public static List<ReferenceValue> forTask(String task) {
        return ALL.stream().filter(r -> r.task().equals(task)).toList();
    }

    private static List<ReferenceValue> build() {
        List<ReferenceValue> out = new ArrayList<>();
        String[] tasks = {"C→A", "C→W", "C→D", "A→C", "A→W", "A→D", "W→C", "W→A", "W→D", "D→C", "D→A", "D→W"};
        double[] published = {23.7, 25.8, 25.5, 26.0, 29.8, 25.5, 19.9, 23.0, 59.2, 26.3, 28.5, 63.4};
        double[] none = {14.6, 20.0, 12.5, 23.9, 30.0, 25.0, 14.2, 13.5, 56.2, 24.8, 29.2, 60.0};
        double[] bary = {40.6, 43.3, 37.5, 28.3, 33.3, 25.0, 27.4, 32.3, 62.5, 25.7, 27.1, 66.7};
        double[] cond = {34.4, 30.0, 50.0, 24.8, 40.0, 25.0, 25.7, 38.5, 56.2, 26.5, 32.3, 63.3};
        for (int k = 0; k < tasks.length; k++) {
            out.add(new ReferenceValue(tasks[k], FULL_TARGET, ACCURACY, NO_ADAPTATION, published[k], BENCHMARK
                    + ", SURF 1NN row, surf_zscore features"));
        }
        for (int k = 0; k < tasks.length; k++) {
            out.add(new ReferenceValue(tasks[k], SPLIT_SEED_0, ACCURACY, NO_ADAPTATION, none[k], MEASURED));
            out.add(new ReferenceValue(tasks[k], SPLIT_SEED_0, ACCURACY, "fused InfoOT, barycentric", bary[k], MEASURED));
            out.add(new ReferenceValue(tasks[k], SPLIT_SEED_0, ACCURACY, "fused InfoOT, conditional", cond[k], MEASURED));
        }
        out.add(new ReferenceValue("SURF mean of 12", SPLIT_SEED_0, ACCURACY, NO_ADAPTATION, 27.0, MEASURED));
        out.add(new ReferenceValue("SURF mean of 12", SPLIT_SEED_0, ACCURACY, "fused InfoOT, barycentric", 37.5, MEASURED));
        out.add(new ReferenceValue("SURF mean of 12", SPLIT_SEED_0, ACCURACY, "fused InfoOT, conditional", 37.2, MEASURED));

        out.add(new ReferenceValue("DeCAF W→D", FULL_TARGET, ACCURACY, "no adaptation, L1 rows + z-score", 98.1,
                BENCHMARK + ", DeCAF6 1NN"));
        out.add(new ReferenceValue("DeCAF D→W", FULL_TARGET, ACCURACY, "no adaptation, L1 rows + z-score", 91.5,
                BENCHMARK + ", DeCAF6 1NN"));
        out.add(new ReferenceValue("DeCAF W→D", FULL_TARGET, ACCURACY, NO_ADAPTATION, 98.7, MEASURED));
        out.add(new ReferenceValue("DeCAF D→W", FULL_TARGET, ACCURACY, NO_ADAPTATION, 89.2, MEASURED));
        String[][] decaf = {{"DeCAF D→W", "87.3", "91.0", "93.3"}, {"DeCAF W→D", "99.4", "79.4", "89.4"}};
        for (String[] row : decaf) {
            out.add(new ReferenceValue(row[0], SPLIT_SEEDS_0_9, ACCURACY, NO_ADAPTATION, Double.parseDouble(row[1]), MEASURED));
            out.add(new ReferenceValue(row[0], SPLIT_SEEDS_0_9, ACCURACY, "fused InfoOT, barycentric",
                    Double.parseDouble(row[2]), MEASURED));
            out.add(new ReferenceValue(row[0], SPLIT_SEEDS_0_9, ACCURACY, "fused InfoOT, conditional",
                    Double.parseDouble(row[3]), MEASURED));
        }
        String[][] retrieval = {{"DeCAF D→W", "90.6", "90.2", "81.2"}, {"DeCAF W→D", "92.0", "84.5", "64.5"}};
        for (String[] row : retrieval) {
            int[] ks = {1, 5, 15};
            for (int c = 0; c < 3; c++) {
                out.add(new ReferenceValue(row[0] + " retrieval", SPLIT_SEEDS_0_9, "P@" + ks[c] + " %",
                        "fused InfoOT (reg=5), conditional score", Double.parseDouble(row[c + 1]), MEASURED));
            }
        }

        String scot = "SCOT replication notebook output (published)";
        out.add(new ReferenceValue(SingleCellDataset.SNARESEQ.title(), ALL_CELLS, FOSCTTM, "SCOT (k=110, e=1e-3)", 0.1496, scot));
        out.add(new ReferenceValue(SingleCellDataset.SCGEM.title(), ALL_CELLS, FOSCTTM, "SCOT (k=35, e=5e-3)", 0.1919, scot));
        out.add(new ReferenceValue(SingleCellDataset.SNARESEQ.title(), ALL_CELLS, FOSCTTM,
                "InfoOT (h=0.5, reg=0.05, 100 it.), barycentric", 0.1504, MEASURED));
        out.add(new ReferenceValue(SingleCellDataset.SNARESEQ.title(), ALL_CELLS, FOSCTTM,
                "InfoOT (h=0.5, reg=0.05, 100 it.), conditional", 0.1526, MEASURED));
        out.add(new ReferenceValue(SingleCellDataset.SCGEM.title(), ALL_CELLS, FOSCTTM,
                "InfoOT (h=0.5, reg=0.05, 100 it.), L2 rows", 0.604, MEASURED));
        out.add(new ReferenceValue(SingleCellDataset.SCGEM.title(), ALL_CELLS, FOSCTTM,
                "InfoOT (h=1.0, reg=0.05, 100 it.), raw features", 0.217, MEASURED));
        return List.copyOf(out);
    }
}
