package io.github.ot4j.bench.info;

import io.github.ot4j.datasets.io.NpyReader;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.info.Compatibility;
import io.github.ot4j.info.FusedInfoOt;
import io.github.ot4j.info.InfoOt;
import io.github.ot4j.info.InfoOtModel;
import io.github.ot4j.info.InfoOtOptions;
import io.github.ot4j.info.kde.Bandwidth;
import io.github.ot4j.info.kde.BandwidthRule;
import io.github.ot4j.solver.KernelPrecision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Real-data runs of ot4j's InfoOT (not unit tests): SNAREseq and scGEM alignment (FOSCTTM),
 * Office-Caltech10 DeCAF domain adaptation (1-NN, seeds 0-9) and the fused MNIST-to-USPS timing
 * workload. Prints one line per run. Usage:
 * <pre>
 * java --add-modules jdk.incubator.vector -cp ot-bench/target/benchmarks.jar \
 *     io.github.ot4j.bench.info.InfoOtRunner snare|scgem|da|mnist [key=value ...]
 * </pre>
 * Keys: {@code data} (default {@code $OT4J_DATA} or {@code ../shared/datasets}), {@code h},
 * {@code rule} (reference|median|fixed), {@code eps}, {@code lambda}, {@code iters}, {@code tol} (outer),
 * {@code innerTol}, {@code innerMax}, {@code innerFactor} (inexact inner solves), {@code innerPrecision}
 * (float|double: storage of the inner Sinkhorn kernel), {@code productPrecision} (float|double: the
 * low-rank kernel products), {@code compat}
 * (none|original), {@code rank} (pivoted-Cholesky kernel rank, 0 = exact), {@code repeat} (timed runs;
 * the median is printed with the process CPU time and the load average), {@code raw} (scGEM: no L2
 * normalisation), {@code pair} (DA: dw|wd), {@code seeds}, {@code verbose} (inner iterations and
 * outer steps). The original algorithm's timing script is {@code ot-bench/scripts/original_infoot_timing.py}.
 */
public final class InfoOtRunner {

    private InfoOtRunner() {
    }

    /** @return CPU seconds used by this process so far (all threads) */
    static double cpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static String load() {
        return String.format(Locale.ROOT, "load %.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    /**
     * @param args the task and key=value options
     * @throws IOException if data cannot be read
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> kv = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] p = args[i].split("=", 2);
            kv.put(p[0], p[1]);
        }
        Path data = Path.of(kv.getOrDefault("data",
                System.getenv("OT4J_DATA") != null ? System.getenv("OT4J_DATA") : "../shared/datasets"));
        switch (args[0]) {
            case "snare":
                alignment(kv, data.resolve("snareseq/SNAREseq_atac_X.npy"), data.resolve("snareseq/SNAREseq_rna_X.npy"),
                        true);
                break;
            case "scgem":
                alignment(kv, data.resolve("scgem/scGEM_expression_X.npy"),
                        data.resolve("scgem/scGEM_methylation_X.npy"), !kv.containsKey("raw"));
                break;
            case "da":
                domainAdaptation(kv, data);
                break;
            case "mnist":
                mnist(kv, data);
                break;
            default:
                throw new IllegalArgumentException("unknown task " + args[0]);
        }
    }

    private static InfoOtOptions options(Map<String, String> kv, InfoOtOptions base) {
        BandwidthRule rule = BandwidthRule.valueOf(kv.getOrDefault("rule", "reference").toUpperCase(Locale.ROOT));
        double h = Double.parseDouble(kv.getOrDefault("h", String.valueOf(base.bandwidth().value())));
        InfoOtOptions o = base.withBandwidth(new Bandwidth(rule, h))
                .withEpsilon(Double.parseDouble(kv.getOrDefault("eps", String.valueOf(base.epsilon()))))
                .withLambda(Double.parseDouble(kv.getOrDefault("lambda", String.valueOf(base.lambda()))))
                .withMaxIterations(Integer.parseInt(kv.getOrDefault("iters", String.valueOf(base.maxIterations()))))
                .withTolerance(Double.parseDouble(kv.getOrDefault("tol", String.valueOf(base.tolerance()))))
                .withKernelRank(Integer.parseInt(kv.getOrDefault("rank", "0")))
                .withInnerTolerance(Double.parseDouble(kv.getOrDefault("innerTol", String.valueOf(base.innerTolerance()))))
                .withInnerMaxIterations(Integer.parseInt(kv.getOrDefault("innerMax", String.valueOf(base.innerMaxIterations()))))
                .withInnerToleranceFactor(Double.parseDouble(kv.getOrDefault("innerFactor", String.valueOf(base.innerToleranceFactor()))))
                .withInnerPrecision(KernelPrecision.valueOf(kv.getOrDefault("innerPrecision",
                        base.innerPrecision().name()).toUpperCase(Locale.ROOT)))
                .withProductPrecision(KernelPrecision.valueOf(kv.getOrDefault("productPrecision",
                        base.productPrecision().name()).toUpperCase(Locale.ROOT)));
        if ("original".equals(kv.get("compat"))) {
            o = o.withCompatibility(Compatibility.ORIGINAL);
        }
        return o;
    }

    private static void alignment(Map<String, String> kv, Path src, Path tgt, boolean normalize) throws IOException {
        Matrix xs = NpyReader.readMatrix(src);
        Matrix xt = NpyReader.readMatrix(tgt);
        if (normalize) {
            xs = AlignmentMetrics.l2NormalizeRows(xs);
            xt = AlignmentMetrics.l2NormalizeRows(xt);
        }
        InfoOtOptions o = options(kv, InfoOtOptions.infoOt());
        int repeat = Integer.parseInt(kv.getOrDefault("repeat", "1"));
        double[] times = new double[repeat];
        double[] cpu = new double[repeat];
        InfoOtModel model = null;
        String loadBefore = load();
        for (int r = 0; r < repeat; r++) {
            long t0 = System.nanoTime();
            double c0 = cpuSeconds();
            model = new InfoOt(o).fit(xs, xt);
            times[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = cpuSeconds() - c0;
        }
        Arrays.sort(cpu);
        Arrays.sort(times);
        double bary = AlignmentMetrics.foscttm(model.barycentricProjection(), xt);
        double cond = AlignmentMetrics.foscttm(model.conditionalProjection(), xt);
        int[] inner = model.result().innerIterations();
        System.out.printf(Locale.ROOT,
                "%s n=%d m=%d %s rank=%d compat=%s inner=%s products=%s iters=%d tol=%g | outer=%d %s inner(sum=%d max=%d) | "
                        + "FOSCTTM bary=%.4f cond=%.4f | time median %.2f s (min %.2f, %d runs), cpu median %.2f s, %s -> %s%n",
                src.getFileName(), xs.rows(), xt.rows(), o.bandwidth(), o.kernelRank(), o.compatibility(),
                o.innerPrecision(), o.productPrecision(), o.maxIterations(), o.tolerance(), model.convergence().iterations(), model.convergence().reason(),
                Arrays.stream(inner).sum(), Arrays.stream(inner).max().orElse(0), bary, cond, times[repeat / 2],
                times[0], repeat, cpu[repeat / 2], loadBefore, load());
        if (kv.containsKey("verbose")) {
            System.out.println("inner " + Arrays.toString(inner));
            System.out.println("outer errors " + Arrays.toString(model.convergence().errorTrace()));
        }
    }

    private static void domainAdaptation(Map<String, String> kv, Path data) throws IOException {
        String pair = kv.getOrDefault("pair", "dw");
        String s = pair.charAt(0) == 'd' ? "dslr" : "webcam";
        String t = pair.charAt(1) == 'd' ? "dslr" : "webcam";
        Matrix xs = NpyReader.readMatrix(data.resolve("office_caltech10/decaf6/" + s + "_decaf_X.npy"));
        int[] ys = NpyReader.readIntVector(data.resolve("office_caltech10/decaf6/" + s + "_decaf_y.npy"));
        Matrix xtAll = NpyReader.readMatrix(data.resolve("office_caltech10/decaf6/" + t + "_decaf_X.npy"));
        int[] ytAll = NpyReader.readIntVector(data.resolve("office_caltech10/decaf6/" + t + "_decaf_y.npy"));
        var perms = NpyReader.read(data.resolve("office_caltech10/splits/" + t + "_perm_seeds0-9.npy"));
        InfoOtOptions o = options(kv, InfoOtOptions.fused());
        int seeds = Integer.parseInt(kv.getOrDefault("seeds", "10"));
        double sumNone = 0;
        double sumBary = 0;
        double sumCond = 0;
        double time = 0;
        int mAll = xtAll.rows();
        int mTrain = (int) Math.floor(0.9 * mAll);
        for (int seed = 0; seed < seeds; seed++) {
            int[] perm = new int[mAll];
            for (int j = 0; j < mAll; j++) {
                perm[j] = (int) perms.getDouble(seed * mAll + j);
            }
            Matrix xt = xtAll.selectRows(Arrays.copyOfRange(perm, 0, mTrain));
            int[] testIdx = Arrays.copyOfRange(perm, mTrain, mAll);
            Matrix xTest = xtAll.selectRows(testIdx);
            int[] yTest = new int[testIdx.length];
            for (int k = 0; k < testIdx.length; k++) {
                yTest[k] = ytAll[testIdx[k]];
            }
            long t0 = System.nanoTime();
            InfoOtModel model = new FusedInfoOt(o).fit(xs, ys, xt);
            time += (System.nanoTime() - t0) / 1e9;
            double none = AlignmentMetrics.oneNnAccuracy(xs, ys, xTest, yTest);
            double bary = AlignmentMetrics.oneNnAccuracy(model.barycentricProjection(), ys, xTest, yTest);
            double cond = AlignmentMetrics.oneNnAccuracy(model.conditionalProjection(), ys, xTest, yTest);
            sumNone += none;
            sumBary += bary;
            sumCond += cond;
        }
        System.out.printf(Locale.ROOT,
                "DeCAF %s->%s %s eps=%g lambda=%g iters=%d compat=%s rank=%d seeds=%d | 1-NN %% none=%.1f bary=%.1f "
                        + "cond=%.1f | fit time %.2f s total%n",
                s, t, o.bandwidth(), o.epsilon(), o.lambda(), o.maxIterations(), o.compatibility(), o.kernelRank(),
                seeds, 100 * sumNone / seeds, 100 * sumBary / seeds, 100 * sumCond / seeds, time);
    }

    private static void mnist(Map<String, String> kv, Path data) throws IOException {
        Matrix xs = NpyReader.readMatrix(data.resolve("mnist_usps/mnist_X.npy"));
        int[] ys = NpyReader.readIntVector(data.resolve("mnist_usps/mnist_y.npy"));
        Matrix xt = NpyReader.readMatrix(data.resolve("mnist_usps/usps_X.npy"));
        int[] yt = NpyReader.readIntVector(data.resolve("mnist_usps/usps_y.npy"));
        InfoOtOptions o = options(kv, InfoOtOptions.fused().withMaxIterations(10));
        int repeat = Integer.parseInt(kv.getOrDefault("repeat", "1"));
        double[] times = new double[repeat];
        double[] cpu = new double[repeat];
        InfoOtModel model = null;
        String loadBefore = load();
        for (int r = 0; r < repeat; r++) {
            long t0 = System.nanoTime();
            double c0 = cpuSeconds();
            model = new FusedInfoOt(o).fit(xs, xt);
            times[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = cpuSeconds() - c0;
        }
        Arrays.sort(cpu);
        Arrays.sort(times);
        // Label transfer: each target point takes the label of its nearest projected source point.
        double bary = AlignmentMetrics.oneNnAccuracy(model.barycentricProjection(), ys, xt, yt);
        double cond = AlignmentMetrics.oneNnAccuracy(model.conditionalProjection(), ys, xt, yt);
        int[] inner = model.result().innerIterations();
        System.out.printf(Locale.ROOT,
                "MNIST->USPS fused %s eps=%g lambda=%g iters=%d compat=%s rank=%d inner=%s products=%s | outer=%d inner(sum=%d) | 1-NN %% "
                        + "bary=%.1f cond=%.1f | time median %.2f s (min %.2f, %d runs), cpu median %.2f s, %s -> %s%n",
                o.bandwidth(), o.epsilon(), o.lambda(), o.maxIterations(), o.compatibility(), o.kernelRank(),
                o.innerPrecision(), o.productPrecision(), model.convergence().iterations(), Arrays.stream(inner).sum(), 100 * bary, 100 * cond,
                times[repeat / 2], times[0], repeat, cpu[repeat / 2], loadBefore, load());
    }

    static boolean exists(Path p) {
        return Files.exists(p);
    }
}
