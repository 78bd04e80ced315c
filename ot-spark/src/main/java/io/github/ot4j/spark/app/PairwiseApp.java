package io.github.ot4j.spark.app;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.spark.PairwiseDistance;
import io.github.ot4j.spark.PairwiseOptions;
import io.github.ot4j.spark.SampleColumns;
import io.github.ot4j.spark.SparkData;
import io.github.ot4j.spark.SparkPairwise;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A ready-to-submit Spark application: the pairwise distance matrix of a Parquet data set of
 * samples, written back as Parquet. Run it with {@code spark-submit} on a cluster, or with
 * {@code java} (and the {@code --add-opens} flags of the module README) in {@code local[*]} mode.
 *
 * <pre>
 * PairwiseApp INPUT OUTPUT [EPSILON [cost|divergence [WEIGHTS_COLUMN]]]
 *   INPUT   Parquet with columns id (string, int or bigint) and points (array&lt;array&lt;double&gt;&gt;),
 *           or demo:SAMPLES:POINTS:DIM for seeded Gaussian clouds
 *   OUTPUT  Parquet directory, written with columns (i, j, value, converged); must not exist
 *   EPSILON absolute entropic regularization, default 0.5
 * </pre>
 *
 * <p>Nothing is printed; the exit status is non-zero with the error message on bad arguments or
 * bad input. When {@code spark.master} is not set (a plain {@code java} launch) it runs in
 * {@code local[*]}.
 */
public final class PairwiseApp {

    private PairwiseApp() {
    }

    /**
     * @param args see the class doc
     * @throws IllegalArgumentException on bad arguments or input
     */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 5) {
            throw new IllegalArgumentException("usage: PairwiseApp INPUT OUTPUT [EPSILON [cost|divergence"
                    + " [WEIGHTS_COLUMN]]], got " + Arrays.toString(args));
        }
        double epsilon = args.length > 2 ? Double.parseDouble(args[2]) : 0.5;
        PairwiseDistance distance = PairwiseDistance.SINKHORN_DIVERGENCE;
        if (args.length > 3) {
            distance = switch (args[3]) {
                case "cost" -> PairwiseDistance.SINKHORN_COST;
                case "divergence" -> PairwiseDistance.SINKHORN_DIVERGENCE;
                default -> throw new IllegalArgumentException("distance must be cost or divergence, got '" + args[3]
                        + "'");
            };
        }
        SampleColumns columns = args.length > 4 ? SampleColumns.DEFAULT.withWeights(args[4]) : SampleColumns.DEFAULT;
        SparkSession.Builder builder = SparkSession.builder().appName("ot4j pairwise");
        if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            Dataset<Row> samples = args[0].startsWith("demo:") ? demo(spark, args[0]) : spark.read().parquet(args[0]);
            Dataset<Row> distances = new SparkPairwise(PairwiseOptions.of(distance, SinkhornOptions.epsilon(epsilon)))
                    .compute(samples, columns);
            distances.write().parquet(args[1]);
            distances.unpersist();
        } finally {
            spark.stop();
        }
    }

    private static Dataset<Row> demo(SparkSession spark, String spec) {
        String[] parts = spec.split(":");
        if (parts.length != 4) {
            throw new IllegalArgumentException("demo input must be demo:SAMPLES:POINTS:DIM, got '" + spec + "'");
        }
        int samples = Integer.parseInt(parts[1]);
        int points = Integer.parseInt(parts[2]);
        int d = Integer.parseInt(parts[3]);
        Random random = new Random(1);
        List<Long> ids = new ArrayList<>();
        List<Matrix> clouds = new ArrayList<>();
        for (int k = 0; k < samples; k++) {
            double[] data = new double[points * d];
            double shift = random.nextGaussian();
            for (int q = 0; q < data.length; q++) {
                data[q] = shift + random.nextGaussian();
            }
            ids.add((long) k);
            clouds.add(Matrix.of(points, d, data));
        }
        return SparkData.samples(spark, ids, clouds, null, spark.sparkContext().defaultParallelism());
    }
}
