package io.github.ot4j.cli;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.DenseGeometry;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.info.InfoOt;
import io.github.ot4j.info.InfoOtOptions;
import io.github.ot4j.internal.Vectorization;
import io.github.ot4j.internal.linalg.DenseProducts;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.Domain;
import io.github.ot4j.solver.NetworkSimplex;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.DoubleSupplier;

/**
 * {@code ot4j bench}: a short speed run on seeded problems like those of POT's benchmark script
 * (Gaussian clouds in 2-D, squared Euclidean cost divided by its maximum, ε = 0.01). Each number
 * is the median of 3 measurements after a warm-up; iterative solvers report time per iteration as
 * (time at 1 + k iterations − time at 1) / k, so one-off set-up is not counted. For the
 * side-by-side comparison with POT and the full tables see docs/PERFORMANCE.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "A short speed run of ot4j's solvers on this machine.",
        description = {"A short, honest speed run: Sinkhorn (kernel and log domain), exact OT, InfoOT and the dense",
            "product kernel at moderate sizes, with the machine facts. Shared machines are noisy: compare",
            "numbers from one run, and see docs/PERFORMANCE.md for the side-by-side runs against POT."},
        footer = {"", "Examples:", "  ot4j bench", "  ot4j bench --scale 2 --json"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1",
            description = "Multiplies the problem sizes (1 = n 2000/1000/1000/500; 0.25 for a quick check).")
    double scale;

    @Option(names = "--json", description = "One JSON line per measurement instead of the table.")
    boolean json;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    private record Row(String what, int n, double value, String unit, String note) {
    }

    @Override
    public Integer call() {
        if (!(scale > 0 && scale <= 4)) {
            throw new IllegalArgumentException("--scale must be in (0, 4], got " + scale);
        }
        List<Row> rows = new ArrayList<>();
        int nKernel = size(2000);
        int nLog = size(1000);
        int nEmd = size(1000);
        int nInfo = size(500);
        int nGemm = size(1000);
        try (Progress progress = Progress.start("bench", 5, quiet || json)) {
            progress.step(0, "sinkhorn kernel");
            rows.add(new Row("sinkhorn, kernel domain", nKernel, perIteration(cost(nKernel), Domain.KERNEL, 50) * 1e3,
                    "ms/iter", "eps = 0.01 max C, double kernel"));
            progress.step(1, "sinkhorn log");
            rows.add(new Row("sinkhorn, log domain", nLog, perIteration(cost(nLog), Domain.LOG, 20) * 1e3, "ms/iter",
                    "eps = 0.01 max C"));
            progress.step(2, "emd");
            DenseGeometry emdCost = cost(nEmd);
            rows.add(new Row("emd (network simplex)", nEmd,
                    median(() -> time(() -> new NetworkSimplex().solve(LinearProblem.uniform(emdCost)))) * 1e3, "ms/solve",
                    "uniform weights"));
            progress.step(3, "infoot");
            Matrix[] xy = clouds(nInfo, 2, 7);
            double perOuter = median(() -> time(() -> new InfoOt(InfoOtOptions.infoOt().withMaxIterations(10).withTolerance(0))
                    .fit(xy[0], xy[1]))) / 10;
            rows.add(new Row("InfoOT, exact kernels", nInfo, perOuter * 1e3, "ms/outer iter", "h = 0.5, eps = 0.05"));
            progress.step(4, "gemm");
            double[] a = random(nGemm * nGemm, 11);
            double[] b = random(nGemm * nGemm, 12);
            double[] c = new double[nGemm * nGemm];
            double seconds = median(() -> time(() -> DenseProducts.multiply(a, b, c, nGemm, nGemm, nGemm)));
            rows.add(new Row("dense product (" + DenseProducts.name(DenseProducts.defaultBackend()) + ")", nGemm,
                    2.0 * nGemm * nGemm * nGemm / seconds / 1e9, "GFLOP/s", "C = A B, square"));
            progress.step(5, "done");
        }
        print(rows);
        return 0;
    }

    private int size(int n) {
        return Math.max(50, (int) Math.round(n * scale));
    }

    private void print(List<Row> rows) {
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            for (Row r : rows) {
                o.println(new JsonLine().put("benchmark", r.what()).put("n", r.n()).put("value", r.value())
                        .put("unit", r.unit()).put("note", r.note()));
            }
            o.println(new JsonLine().put("machine", machine()));
            return;
        }
        o.println("ot4j bench — " + machine());
        o.println();
        o.printf(Locale.ROOT, "| %-34s | %5s | %10s | %-13s | %-32s |%n", "benchmark", "n", "median", "unit", "note");
        o.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%n", "-".repeat(36), "-".repeat(7), "-".repeat(12), "-".repeat(15), "-".repeat(34));
        for (Row r : rows) {
            o.printf(Locale.ROOT, "| %-34s | %5d | %10.3f | %-13s | %-32s |%n", r.what(), r.n(), r.value(), r.unit(), r.note());
        }
    }

    /** CPU model, processors, JVM, kernels, load average. */
    static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            cpu = System.getProperty("os.arch");
        }
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "%s, %d processors, Java %s, max heap %d MiB, kernels %s, load %.2f", cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Vectorization.kernels().name(), load);
    }

    private static double perIteration(Geometry g, Domain domain, int k) {
        LinearProblem p = LinearProblem.uniform(g);
        SinkhornOptions o = SinkhornOptions.epsilon(0.01).withDomain(domain).withTolerance(0);
        Sinkhorn one = new Sinkhorn(o.withMaxIterations(1));
        Sinkhorn many = new Sinkhorn(o.withMaxIterations(1 + k));
        return median(() -> (time(() -> many.solve(p)) - time(() -> one.solve(p))) / k);
    }

    /** Warm-up once, then the median of 3. */
    private static double median(DoubleSupplier measure) {
        measure.getAsDouble();
        double[] t = {measure.getAsDouble(), measure.getAsDouble(), measure.getAsDouble()};
        Arrays.sort(t);
        return t[1];
    }

    private static double time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static DenseGeometry cost(int n) {
        Matrix[] xy = clouds(n, 2, 0);
        DenseGeometry g = CostFunction.squaredEuclidean().pairwise(xy[0], xy[1]);
        double[] c = g.toRowMajor();
        double max = g.statistics().max();
        for (int k = 0; k < c.length; k++) {
            c[k] /= max;
        }
        return Geometry.dense(n, n, c);
    }

    private static Matrix[] clouds(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n * d];
        double[] y = new double[n * d];
        for (int k = 0; k < x.length; k++) {
            x[k] = r.nextGaussian();
            y[k] = r.nextGaussian() + 0.5;
        }
        return new Matrix[] {Matrix.of(n, d, x), Matrix.of(n, d, y)};
    }

    private static double[] random(int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[size];
        for (int k = 0; k < size; k++) {
            x[k] = r.nextDouble();
        }
        return x;
    }
}
