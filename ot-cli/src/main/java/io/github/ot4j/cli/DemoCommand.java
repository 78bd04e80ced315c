package io.github.ot4j.cli;

import io.github.ot4j.cli.demo.DemoRow;
import io.github.ot4j.cli.demo.DemoRun;
import io.github.ot4j.cli.plot.Plots;
import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.result.TransportPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/** {@code ot4j demo}: the built-in problems, no files needed. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Run every method on two built-in problems: a table and figures, no data needed.",
        description = {"Run EMD, Sinkhorn, fused InfoOT and InfoOT on two built-in, seeded problems and print a table:",
            "  1. domain adaptation with outliers: a labelled source, a rotated and shifted target, far source",
            "     outliers with random labels; each method maps the source onto the target and a 1-NN",
            "     classifier trained on the mapped source labels the target;",
            "  2. the same clusters seen in 3-D and in 5-D (no cross cost): InfoOT and Gromov-Wasserstein,",
            "     scored by FOSCTTM (0 = perfect, 0.5 = random) and 5-NN label transfer.",
            "Writes PNG figures (plans, point clouds, convergence) to --out."},
        footer = {"", "Examples:", "  ot4j demo", "  ot4j demo --out /tmp/ot4j-demo --seed 3", "  ot4j demo --json --quiet"})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "ot4j-out",
            description = "Directory for the PNG figures (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the synthetic data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--json", description = "One JSON line per table row instead of the table.")
    boolean json;

    @Option(names = "--no-plots", description = "Skip the figures.")
    boolean noPlots;

    @Override
    public Integer call() throws Exception {
        DemoRun run;
        try (Progress progress = Progress.start("demo", DemoRun.STEPS, quiet || json)) {
            int[] done = {0};
            run = DemoRun.run(seed, what -> progress.step(done[0]++, what));
            progress.step(DemoRun.STEPS, "done");
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            for (DemoRow r : run.rows()) {
                o.println(new JsonLine().put("problem", r.problem()).put("method", r.method())
                        .put("transport_cost", r.transportCost()).put("metric", r.metricName()).put("value", r.metric())
                        .put("seconds", r.seconds()));
            }
        } else {
            printTable(o, run);
        }
        if (!noPlots) {
            writeFigures(run);
            if (!json) {
                o.println();
                o.println("Figures: " + out.resolve("demo-plans.png") + ", " + out.resolve("demo-mapped.png") + ", "
                        + out.resolve("demo-convergence.png"));
            }
        }
        return 0;
    }

    private void printTable(PrintWriter o, DemoRun run) {
        o.printf(Locale.ROOT, "ot4j demo (seed %d)%n%n", seed);
        o.printf(Locale.ROOT, "| %-17s | %-15s | %14s | %-19s | %7s | %7s |%n", "problem", "method", "transport cost",
                "metric", "value", "seconds");
        o.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%n", "-".repeat(19), "-".repeat(17), "-".repeat(16), "-".repeat(21),
                "-".repeat(9), "-".repeat(9));
        for (DemoRow r : run.rows()) {
            boolean percent = !r.metricName().equals("FOSCTTM");
            o.printf(Locale.ROOT, "| %-17s | %-15s | %14s | %-19s | %7s | %7.2f |%n", r.problem(), r.method(),
                    Double.isNaN(r.transportCost()) ? "-" : String.format(Locale.ROOT, "%.4f", r.transportCost()),
                    r.metricName(), percent ? String.format(Locale.ROOT, "%.1f %%", 100 * r.metric())
                            : String.format(Locale.ROOT, "%.4f", r.metric()), r.seconds());
        }
        o.println();
        o.println("Transport cost is <P, C> under the squared Euclidean cross cost. Fused InfoOT (the InfoOT paper's");
        o.println("domain-adaptation method, with source labels and the conditional projection) does not minimize it,");
        o.println("which is why its plan can leave the outliers where they are. InfoOT without a cross cost cannot");
        o.println("tell symmetric clusters apart on the first problem; it is meant for the second, where no cross cost exists.");
    }

    private void writeFigures(DemoRun run) throws java.io.IOException {
        LabeledData src = run.outlierPair().source();
        LabeledData tgt = run.outlierPair().target();
        // Sort rows by label (outliers last) and columns by label, so a good plan is block-diagonal.
        int[] outliers = run.outlierPair().sourceOutliers();
        java.util.Set<Integer> isOutlier = new java.util.HashSet<>();
        for (int i : outliers) {
            isOutlier.add(i);
        }
        int[] ys = src.labels();
        int[] yt = tgt.labels();
        int[] rowOrder = IntStream.range(0, src.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> isOutlier.contains(i) ? Integer.MAX_VALUE : ys[i]))
                .mapToInt(Integer::intValue).toArray();
        int[] colOrder = IntStream.range(0, tgt.size()).boxed().sorted(Comparator.comparingInt(j -> yt[j]))
                .mapToInt(Integer::intValue).toArray();
        Map<String, double[]> panels = new LinkedHashMap<>();
        for (String m : new String[] {"EMD", "fused InfoOT"}) {
            TransportPlan p = run.plans().get(m);
            double[] sorted = new double[rowOrder.length * colOrder.length];
            double[] row = new double[p.cols()];
            for (int r = 0; r < rowOrder.length; r++) {
                p.row(rowOrder[r], row);
                for (int c = 0; c < colOrder.length; c++) {
                    sorted[r * colOrder.length + c] = row[colOrder[c]];
                }
            }
            panels.put(m, sorted);
        }
        Plots.heatMaps(panels, rowOrder.length, colOrder.length,
                "Plans on the outlier pair (rows and columns sorted by class; the " + outliers.length
                        + " outliers are the top rows)",
                out.resolve("demo-plans.png"));

        Map<String, Matrix> clouds = new LinkedHashMap<>();
        clouds.put("source", src.features());
        clouds.put("target", tgt.features());
        clouds.put("source mapped by EMD", run.projections().get("EMD"));
        clouds.put("source mapped by fused InfoOT", run.projections().get("fused InfoOT"));
        Plots.scatter(clouds, "Outlier pair: the source mapped onto the target", out.resolve("demo-mapped.png"));

        Plots.convergence(run.traces(), "error check (Sinkhorn: every 10 iterations; InfoOT: every outer iteration)",
                "Convergence on the outlier pair", out.resolve("demo-convergence.png"));
    }
}
