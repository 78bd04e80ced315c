package io.github.ot4j.spark.bench;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Parallel;
import io.github.ot4j.internal.Vectorization;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.Domain;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;
import io.github.ot4j.spark.DistanceMatrix;
import io.github.ot4j.spark.DistributedSinkhorn;
import io.github.ot4j.spark.DistributedSinkhornResult;
import io.github.ot4j.spark.GeometryStorage;
import io.github.ot4j.spark.PairwiseDistance;
import io.github.ot4j.spark.PairwiseOptions;
import io.github.ot4j.spark.PointColumns;
import io.github.ot4j.spark.SampleColumns;
import io.github.ot4j.spark.SparkData;
import io.github.ot4j.spark.SparkPairwise;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark runner for ot-spark in local mode (not JMH: one Spark run takes minutes, and what is
 * measured is the end-to-end wall time of a job, against the same work done by ot-core on one
 * machine with a thread pool). Lives in the test sources so that ot-bench's shaded JMH jar does
 * not pull in Spark; run it with the {@code bench} profile of this module (see the README).
 *
 * <pre>
 * pairwise SAMPLES POINTS DIM EPSILON MASTER   Sinkhorn divergences between SAMPLES clouds
 * large    N M DIM EPSILON PARTITIONS MASTER   one distributed Sinkhorn solve, n x m
 * </pre>
 */
public final class SparkBenchmark {

    private SparkBenchmark() {
    }

    /**
     * @param args see the class doc
     * @throws Exception never on purpose
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            args = new String[] {"pairwise", "200", "500", "2", "0.5", "local[2]"};
        }
        switch (args[0]) {
            case "pairwise" -> pairwise(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Double.parseDouble(args[4]), args[5]);
            case "large" -> large(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Double.parseDouble(args[4]), Integer.parseInt(args[5]), args[6]);
            default -> throw new IllegalArgumentException("unknown mode '" + args[0] + "'; expected pairwise or large");
        }
    }

    private static SparkSession session(String master) {
        SparkSession spark = SparkSession.builder().master(master).appName("ot4j-spark-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        spark.sparkContext().addSparkListener(new StageTimes());
        return spark;
    }

    /** Prints the stages that took more than a second: where the time of a Spark run goes. */
    private static final class StageTimes extends org.apache.spark.scheduler.SparkListener {
        @Override
        public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted event) {
            org.apache.spark.scheduler.StageInfo info = event.stageInfo();
            if (info.submissionTime().isEmpty() || info.completionTime().isEmpty()) {
                return;
            }
            long ms = (Long) info.completionTime().get() - (Long) info.submissionTime().get();
            if (ms >= 1000) {
                System.out.printf(Locale.ROOT, "    stage %d (%d tasks, %s): %.1f s wall, %.1f s task CPU%n",
                        info.stageId(), info.numTasks(), info.name().split(" at ")[0], ms / 1e3,
                        info.taskMetrics().executorCpuTime() / 1e9);
            }
        }
    }

    private static Matrix cloud(Random random, int n, int d) {
        double[] center = new double[d];
        for (int c = 0; c < d; c++) {
            center[c] = 2 * random.nextGaussian();
        }
        double scale = 0.5 + random.nextDouble();
        double[] data = new double[n * d];
        for (int k = 0; k < data.length; k++) {
            data[k] = center[k % d] + scale * random.nextGaussian();
        }
        return Matrix.of(n, d, data);
    }

    private static void header(String what) {
        System.out.printf(Locale.ROOT, "%s%n  java %s, %d processors, kernels %s, load %s%n", what,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Vectorization.kernels().name(), load());
    }

    /** @return CPU seconds used by this JVM so far (all threads, JIT and GC included) */
    private static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void pairwise(int samples, int points, int d, double epsilon, String master) {
        header(String.format(Locale.ROOT, "pairwise Sinkhorn divergence: %d samples x %d points, d=%d, eps=%s, tol=1e-9",
                samples, points, d, epsilon));
        Random random = new Random(2024);
        List<String> ids = new ArrayList<>();
        List<Matrix> clouds = new ArrayList<>();
        for (int k = 0; k < samples; k++) {
            ids.add(String.format(Locale.ROOT, "s%04d", k));
            clouds.add(cloud(random, points, d));
        }
        SinkhornOptions options = SinkhornOptions.epsilon(epsilon);
        int pairs = samples * (samples - 1) / 2;

        // One machine: every self term and cross term through ot-core, a thread-pool loop over the
        // problems (one thread per solve, all processors), the same geometry and options.
        Sinkhorn solver = new Sinkhorn(options.withParallelism(1));
        double[] self = new double[samples];
        double[] cross = new double[pairs];
        int[][] index = new int[pairs][];
        for (int i = 0, k = 0; i < samples; i++) {
            for (int j = i + 1; j < samples; j++) {
                index[k++] = new int[] {i, j};
            }
        }
        long t0 = System.nanoTime();
        double c0 = cpu();
        Parallel.forEach(samples, i -> self[i] = solve(solver, clouds.get(i), clouds.get(i)));
        Parallel.forEach(pairs, k -> cross[k] = solve(solver, clouds.get(index[k][0]), clouds.get(index[k][1])));
        double oneMachine = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "  one machine (ot-core, thread-pool loop): %.1f s wall, %.1f s CPU, for %d"
                + " solves (load now %s)%n", oneMachine, cpu() - c0, samples + pairs, load());

        long s0 = System.nanoTime();
        SparkSession spark = session(master);
        double startup = (System.nanoTime() - s0) / 1e9;
        try {
            Dataset<Row> input = SparkData.samples(spark, ids, clouds, null, Math.max(2, spark.sparkContext()
                    .defaultParallelism()));
            long t1 = System.nanoTime();
            double c1 = cpu();
            Dataset<Row> result = new SparkPairwise(PairwiseOptions.of(PairwiseDistance.SINKHORN_DIVERGENCE, options)
                    .withStorage(GeometryStorage.DENSE)).compute(input, SampleColumns.DEFAULT);
            double sparkTime = (System.nanoTime() - t1) / 1e9;
            double sparkCpu = cpu() - c1;
            DistanceMatrix m = SparkPairwise.collect(result);
            double maxDiff = 0;
            for (int k = 0; k < pairs; k++) {
                int i = index[k][0];
                int j = index[k][1];
                double expected = cross[k] - 0.5 * self[i] - 0.5 * self[j];
                maxDiff = Math.max(maxDiff, Math.abs(expected - m.get(i, j)) / Math.max(1, Math.abs(expected)));
            }
            System.out.printf(Locale.ROOT, "  spark %s (ot-spark, %d cores): %.1f s wall, %.1f s CPU (session start"
                    + " %.1f s, not included); %.2fx the one-machine wall time; not converged %d; max rel. diff %.1e"
                    + " (load now %s)%n", master, spark.sparkContext().defaultParallelism(), sparkTime, sparkCpu,
                    startup, sparkTime / oneMachine, m.notConverged(), maxDiff, load());
            result.unpersist();
        } finally {
            spark.stop();
        }
    }

    private static double solve(Sinkhorn solver, Matrix x, Matrix y) {
        Geometry g = Geometry.pointCloud(x, y, CostFunction.squaredEuclidean()).toDense();
        return solver.solve(LinearProblem.uniform(g)).regularizedCost();
    }

    private static void large(int n, int m, int d, double epsilon, int partitions, String master) {
        header(String.format(Locale.ROOT, "one large problem: n=%d, m=%d, d=%d, eps=%s, tol=1e-9, log domain", n, m, d,
                epsilon));
        Random random = new Random(7);
        Matrix x = cloud(random, n, d);
        Matrix y = cloud(random, m, d);
        SinkhornOptions options = SinkhornOptions.epsilon(epsilon).withDomain(Domain.LOG);
        long t0 = System.nanoTime();
        double c0 = cpu();
        SinkhornResult one = new Sinkhorn(options).solve(LinearProblem.uniform(
                Geometry.pointCloud(x, y, CostFunction.squaredEuclidean())));
        double oneMachine = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "  one machine (ot-core, matrix-free, all cores): %.1f s wall, %.1f s CPU, %d"
                + " iterations, %s (load now %s)%n", oneMachine, cpu() - c0, one.convergence().iterations(),
                one.convergence().reason(), load());
        SparkSession spark = session(master);
        try {
            // From Parquet, as on a cluster: a parallelized in-memory Dataset would ship its rows inside
            // every task description, once per iteration.
            String path = java.nio.file.Path.of("target", "bench-large-source.parquet").toAbsolutePath().toString();
            SparkData.points(spark, x, null, partitions).write().mode("overwrite").parquet(path);
            Dataset<Row> source = spark.read().parquet(path);
            long t1 = System.nanoTime();
            double c1 = cpu();
            try (DistributedSinkhornResult r = new DistributedSinkhorn(options, CostFunction.squaredEuclidean())
                    .withPartitions(partitions).solve(source, PointColumns.DEFAULT, y, null)) {
                double sparkTime = (System.nanoTime() - t1) / 1e9;
                double sparkCpu = cpu() - c1;
                double[] g = r.g();
                double[] ge = one.potentials().g();
                double diff = 0;
                for (int j = 0; j < m; j++) {
                    diff = Math.max(diff, Math.abs((g[j] - g[0]) - (ge[j] - ge[0])));
                }
                System.out.printf(Locale.ROOT, "  spark %s, %d partitions (Parquet source): %.1f s wall, %.1f s CPU, %d"
                        + " iterations (%.1f ms each), %s; max |Δg| %.1e; per iteration %d doubles broadcast + %d per"
                        + " partition aggregated (load now %s)%n", master, partitions, sparkTime, sparkCpu,
                        r.convergence().iterations(),
                        1e3 * sparkTime / Math.max(1, r.convergence().iterations()), r.convergence().reason(), diff, m,
                        m, load());
            }
        } finally {
            spark.stop();
        }
    }
}
