package io.github.ot4j.spark;

import io.github.ot4j.spark.internal.BlockPairPartitioner;
import io.github.ot4j.spark.internal.Jobs;
import io.github.ot4j.spark.internal.PairTasks;
import io.github.ot4j.spark.internal.SampleInput;
import io.github.ot4j.spark.internal.ShippedCost;
import io.github.ot4j.spark.internal.ShippedOptions;
import io.github.ot4j.spark.internal.SmallSolves;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise optimal-transport distances between many samples on Spark: the Sinkhorn cost or the
 * Sinkhorn divergence between every pair of point clouds of a {@code Dataset<Row>} (one row per
 * sample, see {@link SampleColumns}), each pair solved with ot-core's {@link
 * io.github.ot4j.solver.Sinkhorn} on an executor.
 *
 * <pre>{@code
 * Dataset<Row> d = new SparkPairwise(PairwiseOptions.of(PairwiseDistance.SINKHORN_DIVERGENCE,
 *         SinkhornOptions.epsilon(0.05))).compute(samples, SampleColumns.DEFAULT);
 * DistanceMatrix m = SparkPairwise.collect(d);
 * }</pre>
 *
 * <p><b>Work layout.</b> The samples are dealt into {@code B} blocks and each unordered pair of
 * blocks is one task that solves all pairs between its two blocks in batches, so each sample is
 * shuffled {@code B} times (not once per pair). For {@code N} samples there are
 * {@code N (N - 1) / 2} cross solves ({@code + N} diagonal solves for the cost, {@code + N}
 * self terms for the divergence). Each unordered pair is solved once, from the sample that
 * comes first in id order, and reported in both orders; each value is then exactly what ot-core
 * computes for that problem on one machine with the same options and kernels.
 *
 * <p><b>Evaluation.</b> {@link #compute} is eager: it validates the input (one cheap job that
 * throws {@link IllegalArgumentException} on the driver before any solve is scheduled), runs the
 * solves, and returns a cached Dataset; call {@code unpersist()} on it when done.
 *
 * <p>Instances are immutable and may be shared.
 */
public final class SparkPairwise {

    private final PairwiseOptions options;

    /**
     * @param options the configuration
     * @throws IllegalArgumentException if {@code options} is null
     */
    public SparkPairwise(PairwiseOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /** @return the configuration */
    public PairwiseOptions options() {
        return options;
    }

    /**
     * Computes the distance between every pair of samples.
     *
     * @param samples one row per sample (see {@link SampleColumns}); all samples of one dimension
     *     and one total mass
     * @param columns where the id, points and weights are
     * @return a cached Dataset with columns {@code i} and {@code j} (the id type), {@code value}
     *     ({@code double}) and {@code converged} ({@code boolean}, false when a solve behind the
     *     value did not converge or gave a non-finite value): {@code N²} rows, each unordered pair
     *     in both orders and the diagonal
     * @throws IllegalArgumentException if an argument is null, a column is missing or has the
     *     wrong type, a sample is empty, ragged or holds a NaN or infinite coordinate or a bad
     *     weight, two samples share an id, or the dimensions or masses differ
     */
    public Dataset<Row> compute(Dataset<Row> samples, SampleColumns columns) {
        SampleInput input = SampleInput.of(samples, columns, -1, Double.NaN);
        JavaSparkContext jsc = Jobs.context(samples.sparkSession());
        String previous = Jobs.current(jsc);
        try {
            SmallSolves solves = new SmallSolves(ShippedCost.of(options.cost()), new ShippedOptions(options.sinkhorn()),
                    options.storage(), options.batchSize());
            PairwiseDistance distance = options.distance();
            int targetTasks = options.tasks() > 0 ? options.tasks() : 8 * jsc.defaultParallelism();
            PairTasks.SelfTerms self = null;
            if (distance == PairwiseDistance.SINKHORN_DIVERGENCE) {
                Jobs.describe(jsc, Jobs.SOLVE + "self terms");
                self = selfTerms(input.spread(targetTasks).mapPartitions(it -> PairTasks.selfTerms(it, solves))
                        .collect(), input.count());
            }
            Broadcast<PairTasks.SelfTerms> selfTerms = self == null ? null : jsc.broadcast(self);
            int blocks = PairTasks.blocks(input.count(), targetTasks);
            JavaRDD<Row> rows = input.indexed()
                    .flatMapToPair(s -> PairTasks.route(s, blocks))
                    .groupByKey(new BlockPairPartitioner(blocks))
                    .flatMap(e -> PairTasks.solve(e._1(), e._2(), blocks, solves, distance,
                            selfTerms == null ? null : selfTerms.value()));
            Dataset<Row> out = samples.sparkSession().createDataFrame(rows, schema(input.idType()))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Jobs.describe(jsc, Jobs.SOLVE + "pairwise " + distance);
            out.count();
            return out;
        } finally {
            Jobs.describe(jsc, previous);
            input.release();
        }
    }

    private static PairTasks.SelfTerms selfTerms(List<double[]> rows, int n) {
        double[] values = new double[n];
        boolean[] converged = new boolean[n];
        for (double[] r : rows) {
            values[(int) r[0]] = r[1];
            converged[(int) r[0]] = r[2] == 1;
        }
        return new PairTasks.SelfTerms(values, converged);
    }

    /**
     * The schema of {@link #compute}'s result.
     *
     * @param idType the Spark type of the ids
     * @return {@code (i, j, value, converged)}
     */
    public static StructType schema(DataType idType) {
        return new StructType(new StructField[] {
            DataTypes.createStructField("i", idType, false),
            DataTypes.createStructField("j", idType, false),
            DataTypes.createStructField("value", DataTypes.DoubleType, false),
            DataTypes.createStructField("converged", DataTypes.BooleanType, false)
        });
    }

    /**
     * Collects a result of {@link #compute} (or any Dataset with columns {@code i}, {@code j},
     * {@code value} and optionally {@code converged}) as a matrix on the driver. Only for
     * matrices that fit in driver memory ({@code N²} doubles).
     *
     * @param distances the long-format distances, one row per ordered pair
     * @return the matrix, ids in ascending order
     * @throws IllegalArgumentException if a column is missing, a pair appears twice or is missing
     */
    public static DistanceMatrix collect(Dataset<Row> distances) {
        if (distances == null) {
            throw new IllegalArgumentException("distances must not be null");
        }
        List<String> names = List.of(distances.columns());
        for (String c : List.of("i", "j", "value")) {
            if (!names.contains(c)) {
                throw new IllegalArgumentException("distances has no column '" + c + "'; it has " + names);
            }
        }
        boolean hasConverged = names.contains("converged");
        Dataset<Row> selected = hasConverged ? distances.select("i", "j", "value", "converged")
                : distances.select("i", "j", "value");
        List<Row> rows = selected.collectAsList();
        java.util.TreeSet<Object> idSet = new java.util.TreeSet<>(SampleInput.ID_ORDER);
        for (Row r : rows) {
            idSet.add(r.get(0));
            idSet.add(r.get(1));
        }
        List<Object> ids = List.copyOf(idSet);
        Map<Object, Integer> index = new HashMap<>();
        for (Object id : ids) {
            index.put(id, index.size());
        }
        int n = ids.size();
        double[] values = new double[Math.multiplyExact(n, n)];
        boolean[] seen = new boolean[values.length];
        int notConverged = 0;
        for (Row r : rows) {
            int k = index.get(r.get(0)) * n + index.get(r.get(1));
            if (seen[k]) {
                throw new IllegalArgumentException("distances has the pair (" + r.get(0) + ", " + r.get(1)
                        + ") more than once");
            }
            seen[k] = true;
            values[k] = r.getDouble(2);
            if (hasConverged && !r.getBoolean(3)) {
                notConverged++;
            }
        }
        for (int k = 0; k < seen.length; k++) {
            if (!seen[k]) {
                throw new IllegalArgumentException("distances lacks the pair (" + ids.get(k / n) + ", "
                        + ids.get(k % n) + ")");
            }
        }
        return new DistanceMatrix(ids, values, notConverged);
    }
}
