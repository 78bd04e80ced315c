package io.github.ot4j.spark;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Checks;
import io.github.ot4j.map.BarycentricMap;
import io.github.ot4j.map.EntropicMap;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.TransportPlan;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;
import io.github.ot4j.spark.internal.Jobs;
import io.github.ot4j.spark.internal.PointSet;
import io.github.ot4j.spark.internal.Sample;
import io.github.ot4j.spark.internal.SampleInput;
import io.github.ot4j.spark.internal.ShippedCost;
import io.github.ot4j.spark.internal.ShippedOptions;
import io.github.ot4j.spark.internal.SmallSolves;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Aligns every sample of a {@code Dataset<Row>} (one row per sample, see {@link SampleColumns})
 * to one reference point cloud on Spark: each sample {@code μ_s} is transported onto the
 * reference {@code ν} with ot-core's {@link io.github.ot4j.solver.Sinkhorn}, and the result is
 * either the plan or the sample's points mapped onto the reference's space (a
 * {@link Projection}). The reference is broadcast once; each task solves its partition's samples
 * in batches. Each sample's result is exactly what ot-core computes for that problem on one
 * machine with the same options and kernels.
 *
 * <p>Like {@link SparkPairwise#compute}, both methods are eager: they validate (throwing
 * {@link IllegalArgumentException} on the driver before any solve is scheduled), solve, and
 * return a cached Dataset; call {@code unpersist()} on it when done. Instances are immutable.
 */
public final class SparkAlignment {

    private final CostFunction cost;
    private final SinkhornOptions sinkhorn;
    private final GeometryStorage storage;

    /**
     * With {@link GeometryStorage#AUTO}.
     *
     * @param cost the ground cost: built-in, or a user cost implementing {@link java.io.Serializable}
     * @param sinkhorn solver options (a parallelism of 0 means 1 thread per Spark task)
     * @throws IllegalArgumentException if an argument is null or the cost cannot be shipped
     */
    public SparkAlignment(CostFunction cost, SinkhornOptions sinkhorn) {
        this(cost, sinkhorn, GeometryStorage.AUTO);
    }

    private SparkAlignment(CostFunction cost, SinkhornOptions sinkhorn, GeometryStorage storage) {
        ShippedCost.of(cost);
        if (sinkhorn == null || storage == null) {
            throw new IllegalArgumentException("sinkhorn and storage must not be null");
        }
        this.cost = cost;
        this.sinkhorn = sinkhorn;
        this.storage = storage;
    }

    /**
     * @param v how each problem's costs are held
     * @return a copy
     */
    public SparkAlignment withStorage(GeometryStorage v) {
        return new SparkAlignment(cost, sinkhorn, v);
    }

    /**
     * The plan from each sample to the reference.
     *
     * @param samples one row per sample, of the reference's dimension and total mass
     * @param columns where the id, points and weights are
     * @param reference the reference points, one per row
     * @param referenceWeights the reference weights, or null for uniform
     * @return a cached Dataset {@code (id, plan: array<array<double>>, converged: boolean)}, the
     *     plan {@code n_s × m} for a sample of {@code n_s} points
     * @throws IllegalArgumentException on bad input (see {@link SparkPairwise#compute}), a
     *     dimension or total mass that differs from the reference's, or bad reference weights
     */
    public Dataset<Row> plans(Dataset<Row> samples, SampleColumns columns, Matrix reference, double[] referenceWeights) {
        return run(samples, columns, reference, referenceWeights, "plan", null);
    }

    /**
     * Each sample's points mapped onto the reference's space.
     *
     * @param samples one row per sample, of the reference's dimension and total mass
     * @param columns where the id, points and weights are
     * @param reference the reference points, one per row
     * @param referenceWeights the reference weights, or null for uniform
     * @param projection barycentric projection of the plan or entropic map
     * @return a cached Dataset {@code (id, projected: array<array<double>>, converged: boolean)}
     *     with one projected point per input point, in input order
     * @throws IllegalArgumentException as for {@link #plans}, or if {@code projection} is null
     */
    public Dataset<Row> project(Dataset<Row> samples, SampleColumns columns, Matrix reference,
                                double[] referenceWeights, Projection projection) {
        if (projection == null) {
            throw new IllegalArgumentException("projection must not be null");
        }
        return run(samples, columns, reference, referenceWeights, "projected", projection);
    }

    private Dataset<Row> run(Dataset<Row> samples, SampleColumns columns, Matrix reference, double[] referenceWeights,
                             String column, Projection projection) {
        if (reference == null) {
            throw new IllegalArgumentException("reference must not be null");
        }
        double mass = 1;
        if (referenceWeights != null) {
            mass = Checks.requireWeights("referenceWeights", referenceWeights, reference.rows(),
                    "the reference has " + reference.rows() + " points");
        }
        double[] weights = referenceWeights == null ? null : referenceWeights.clone();
        SampleInput input = SampleInput.of(samples, columns, reference.cols(), mass);
        JavaSparkContext jsc = Jobs.context(samples.sparkSession());
        String previous = Jobs.current(jsc);
        try {
            SmallSolves solves = new SmallSolves(ShippedCost.of(cost), new ShippedOptions(sinkhorn), storage,
                    PairwiseOptions.DEFAULT_BATCH_SIZE);
            Broadcast<PointSet> ref = jsc.broadcast(new PointSet(reference, weights));
            JavaRDD<Row> rows = input.spread(4 * jsc.defaultParallelism())
                    .mapPartitions(it -> align(it, solves, ref.value(), projection));
            Dataset<Row> out = samples.sparkSession().createDataFrame(rows, schema(input.idType(), column))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Jobs.describe(jsc, Jobs.SOLVE + "alignment to a reference");
            out.count();
            return out;
        } finally {
            Jobs.describe(jsc, previous);
            input.release();
        }
    }

    private static Iterator<Row> align(Iterator<Sample> samples, SmallSolves solves, PointSet reference,
                                       Projection projection) {
        List<Row> out = new ArrayList<>();
        List<Sample> batch = new ArrayList<>();
        while (samples.hasNext()) {
            batch.add(samples.next());
            if (batch.size() < solves.batchSize() && samples.hasNext()) {
                continue;
            }
            List<LinearProblem> problems = new ArrayList<>(batch.size());
            for (Sample s : batch) {
                problems.add(solves.problem(s, reference.points(), reference.weights()));
            }
            List<Object[]> values = solves.solve(problems, (k, r) -> new Object[] {
                projection == null ? planRows(r) : projected(batch.get(k), r, reference, projection, solves),
                r.isConverged()});
            for (int k = 0; k < batch.size(); k++) {
                out.add(RowFactory.create(batch.get(k).id(), values.get(k)[0], values.get(k)[1]));
            }
            batch.clear();
        }
        return out.iterator();
    }

    private static double[][] planRows(SinkhornResult r) {
        TransportPlan p = r.plan();
        double[][] rows = new double[p.rows()][p.cols()];
        for (int i = 0; i < rows.length; i++) {
            p.row(i, rows[i]);
        }
        return rows;
    }

    private static double[][] projected(Sample s, SinkhornResult r, PointSet reference, Projection projection,
                                        SmallSolves solves) {
        Matrix mapped = projection == Projection.BARYCENTRIC
                ? BarycentricMap.sourceToTarget(r.plan(), reference.points())
                : EntropicMap.of(reference.points(), r.potentials().g(), r.epsilon(), solves.cost()).apply(s.points());
        return mapped.toArray();
    }

    /**
     * The schema of an alignment result.
     *
     * @param idType the Spark type of the ids
     * @param column {@code plan} or {@code projected}
     * @return {@code (id, column, converged)}
     */
    static StructType schema(DataType idType, String column) {
        return new StructType(new StructField[] {
            DataTypes.createStructField("id", idType, false),
            DataTypes.createStructField(column,
                    DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.DoubleType, false), false), false),
            DataTypes.createStructField("converged", DataTypes.BooleanType, false)
        });
    }
}
