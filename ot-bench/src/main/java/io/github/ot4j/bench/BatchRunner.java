package io.github.ot4j.bench;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.DenseGeometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.problem.QuadraticProblem;
import io.github.ot4j.solver.Batch;
import io.github.ot4j.solver.EntropicGromovOptions;
import io.github.ot4j.solver.EntropicGromovWasserstein;
import io.github.ot4j.solver.GromovWassersteinResult;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Batched solves: {@code count} independent problems of size {@code n} (seeded point clouds,
 * costs normalized to a maximum of 1), solved with {@link Batch#map} on 1 thread and on all
 * processors; prints wall time, problems per second, the speed-up, and a checksum showing that
 * both runs return the same results in the same order.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp ot-bench/target/benchmarks.jar \
 *      io.github.ot4j.bench.BatchRunner [sinkhorn|gw] [count] [n] [epsilon] [repeats]
 * </pre>
 */
public final class BatchRunner {

    private BatchRunner() {
    }

    /**
     * @param args kind, count, n, epsilon, repeats
     */
    public static void main(String[] args) {
        String kind = args.length > 0 ? args[0] : "gw";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        double eps = args.length > 3 ? Double.parseDouble(args[3]) : 5e-3;
        int repeats = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        int processors = Runtime.getRuntime().availableProcessors();
        if ("sinkhorn".equals(kind)) {
            List<LinearProblem> problems = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                problems.add(LinearProblem.uniform(BenchData.normalizedCost(n, 2, k)));
            }
            Sinkhorn solver = new Sinkhorn(SinkhornOptions.epsilon(eps));
            for (int r = 0; r < repeats; r++) {
                for (int threads : new int[] {1, processors}) {
                    long c0 = cpuNanos();
                    long t0 = System.nanoTime();
                    List<SinkhornResult> out = Batch.map(problems, solver::solve, threads);
                    double s = (System.nanoTime() - t0) / 1e9;
                    double cpu = (cpuNanos() - c0) / 1e9;
                    double sum = 0;
                    int converged = 0;
                    for (SinkhornResult x : out) {
                        sum += x.transportCost();
                        converged += x.isConverged() ? 1 : 0;
                    }
                    report(kind, count, n, eps, threads, s, cpu, converged, sum);
                }
            }
        } else {
            List<QuadraticProblem> problems = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                Matrix[] xy = BenchData.clouds(n, 2, 0, 7919L * k);
                Matrix z = BenchData.clouds(n, 3, 0, 7919L * k + 1)[1];
                problems.add(QuadraticProblem.of(normalized(xy[0]), normalized(z), null, null));
            }
            EntropicGromovWasserstein solver = new EntropicGromovWasserstein(EntropicGromovOptions.epsilon(eps));
            for (int r = 0; r < repeats; r++) {
                for (int threads : new int[] {1, processors}) {
                    long c0 = cpuNanos();
                    long t0 = System.nanoTime();
                    List<GromovWassersteinResult> out = Batch.map(problems, solver::solve, threads);
                    double s = (System.nanoTime() - t0) / 1e9;
                    double cpu = (cpuNanos() - c0) / 1e9;
                    double sum = 0;
                    int converged = 0;
                    for (GromovWassersteinResult x : out) {
                        sum += x.value();
                        converged += x.isConverged() ? 1 : 0;
                    }
                    report(kind, count, n, eps, threads, s, cpu, converged, sum);
                }
            }
        }
    }

    private static Matrix normalized(Matrix x) {
        DenseGeometry g = CostFunction.squaredEuclidean().pairwise(x, x);
        double max = g.statistics().max();
        double[] c = g.toRowMajor();
        for (int k = 0; k < c.length; k++) {
            c[k] /= max;
        }
        return Matrix.of(x.rows(), x.rows(), c);
    }

    private static void report(String kind, int count, int n, double eps, int threads, double seconds, double cpu,
                               int converged, double checksum) {
        System.out.println(String.format(Locale.ROOT,
                "kind=%s count=%d n=%d eps=%g threads=%d seconds=%.3f cpu=%.3f problems_per_s=%.1f converged=%d "
                        + "checksum=%.12e load=%.2f",
                kind, count, n, eps, threads, seconds, cpu, count / seconds, converged, checksum,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    /** CPU time of all live threads (the pool's workers persist, so deltas are meaningful). */
    private static long cpuNanos() {
        java.lang.management.ThreadMXBean b = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : b.getAllThreadIds()) {
            long t = b.getThreadCpuTime(id);
            if (t > 0) {
                total += t;
            }
        }
        return total;
    }
}
