package io.github.ot4j.cli.reproduce;

import io.github.ot4j.cli.JsonLine;
import io.github.ot4j.datasets.tasks.DataDirectory;
import io.github.ot4j.datasets.tasks.MissingDataException;
import io.github.ot4j.datasets.tasks.SingleCellDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ot4j reproduce}: runs the paper-style experiments on the real data sets (single-cell
 * alignment, Office-Caltech10 domain adaptation and retrieval) with every relevant method, in the
 * original code's settings and in ot4j's documented settings, and prints Markdown tables with the
 * datasets README's reference numbers beside ot4j's. The same tables go to a file; {@code --json}
 * prints one JSON line per number instead.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Reproduce the paper-style tables on the real data, reference numbers beside ot4j's.",
        description = {"Run the paper-style experiments on the real data sets with every method, print",
            "Markdown tables, the reference numbers (datasets README 5.6) beside ot4j's:",
            "single-cell FOSCTTM and label transfer, Office-Caltech10 1-NN domain adaptation,",
            "DeCAF retrieval P@k. InfoOT runs in the original code's settings (--compat",
            "original) and in ot4j's documented settings. --task all takes about 6 minutes",
            "on 2 cores (SNAREseq 1, DeCAF 2, SURF 2.5, retrieval 0.5, scGEM 0.1)."},
        footer = {"", "Examples:",
            "  ot4j reproduce --task scgem",
            "  ot4j reproduce --task all --data ../shared/datasets --out results.md",
            "  ot4j reproduce --task office-decaf --seeds 3 --json > decaf.jsonl",
            "",
            "The data directory is laid out as in its README (snareseq/, scgem/,",
            "office_caltech10/...); default: $OT4J_DATA, else ../shared/datasets."})
public final class ReproduceCommand implements Callable<Integer> {

    /** The largest number of split seeds: the split files hold permutations for seeds 0-9. */
    public static final int MAX_SEEDS = 10;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: $OT4J_DATA, else the shared datasets directory ../shared/datasets).")
    Path data;

    @Option(names = "--task", paramLabel = "TASK", defaultValue = "all",
            description = "snareseq, scgem, office-decaf, office-surf, retrieval or all (default: ${DEFAULT-VALUE}).")
    String task;

    @Option(names = "--out", paramLabel = "FILE.md", defaultValue = "ot4j-out/results.md",
            description = "Where to write the Markdown tables (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "10",
            description = "Split seeds 0..N-1 for DeCAF domain adaptation and retrieval, 1-10 (default: ${DEFAULT-VALUE}); "
                    + "SURF always uses seed 0.")
    int seeds;

    @Option(names = "--quiet", description = "No progress bar and no closing message on standard error.")
    boolean quiet;

    @Option(names = "--json", description = "Print one JSON line per number instead of the tables (the file still gets the tables).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        ReproduceTask choice = ReproduceTask.parse(task);
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new IllegalArgumentException("--seeds must be in [1, " + MAX_SEEDS + "], got " + seeds);
        }
        DataDirectory dir = data == null ? DataDirectory.fromEnvironment() : DataDirectory.of(data);
        List<Experiment> experiments = load(choice, dir);
        PrintWriter stdout = spec.commandLine().getOut();
        long start = System.nanoTime();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String command = commandLine(choice);
        StringBuilder doc = new StringBuilder("# ot4j reproduce\n\n").append(provenance(command, dir)).append("\n\n")
                .append(MarkdownReport.legend()).append('\n');
        if (!json) {
            stdout.print(doc);
            stdout.flush();
        }
        int runs = experiments.stream().mapToInt(Experiment::runs).sum();
        boolean showProgress = !quiet && !json && System.console() != null;
        try (RunProgress progress = showProgress ? RunProgress.start(runs, System.err) : RunProgress.NONE) {
            for (Experiment e : experiments) {
                List<Measurement> ms = e.run(progress);
                String section = MarkdownReport.heading(e.task(), seeds) + "\n" + MarkdownReport.table(e.task(), ms) + "\n";
                doc.append(section);
                if (json) {
                    for (Measurement m : ms) {
                        stdout.println(json(m));
                    }
                } else {
                    stdout.print(section);
                }
                stdout.flush();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String timing = String.format(Locale.ROOT, "Wall time %.0f s; load average %.2f before, %.2f after.%n", seconds,
                loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        doc.append(timing);
        if (!json) {
            stdout.print(timing);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, doc, StandardCharsets.UTF_8);
        if (!quiet) {
            spec.commandLine().getErr().println("ot4j reproduce: wrote " + out);
        }
        return 0;
    }

    /** Loads every data set first, so a missing file fails before any long run. */
    private List<Experiment> load(ReproduceTask choice, DataDirectory dir) throws IOException {
        List<Experiment> experiments = new ArrayList<>();
        try {
            for (ReproduceTask t : choice.expand()) {
                experiments.add(switch (t) {
                    case SNARESEQ -> new SingleCellExperiment(SingleCellDataset.SNARESEQ, dir);
                    case SCGEM -> new SingleCellExperiment(SingleCellDataset.SCGEM, dir);
                    case OFFICE_DECAF -> DomainAdaptationExperiment.decaf(dir, seeds);
                    case OFFICE_SURF -> DomainAdaptationExperiment.surf(dir);
                    case RETRIEVAL -> new RetrievalExperiment(dir, seeds);
                    case ALL -> throw new IllegalStateException("expand() never returns ALL");
                });
            }
        } catch (MissingDataException e) {
            if (!Files.isDirectory(dir.root())) {
                throw new MissingDataException(e.expected(), "data directory " + dir.root().toAbsolutePath().normalize()
                        + " does not exist (use --data DIR or set " + DataDirectory.ENVIRONMENT_VARIABLE + "); "
                        + e.getMessage());
            }
            throw e;
        }
        return experiments;
    }

    private String commandLine(ReproduceTask choice) {
        StringBuilder b = new StringBuilder("ot4j reproduce --task ").append(choice.id());
        if (data != null) {
            b.append(" --data ").append(data);
        }
        if (seeds != MAX_SEEDS) {
            b.append(" --seeds ").append(seeds);
        }
        return b.toString();
    }

    private static String provenance(String command, DataDirectory dir) {
        Runtime rt = Runtime.getRuntime();
        return "Produced by `" + command + "` on " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                .replaceFirst("\\.\\d+", "") + "; data " + dir.root().toAbsolutePath().normalize() + "; Java "
                + System.getProperty("java.version") + ", " + rt.availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", kernels "
                + io.github.ot4j.internal.Vectorization.kernels().name() + ".";
    }

    static String json(Measurement m) {
        return new JsonLine().put("experiment", m.experiment().id()).put("dataset", m.dataset()).put("metric", m.metric())
                .put("method", m.method()).put("kind", m.kind().label()).put("settings", m.settings())
                .put("value", m.value()).put("std", m.std()).put("runs", m.runs()).put("seconds", m.seconds()).toString();
    }
}
