package io.github.ot4j.spark;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.map.EntropicMap;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.spark.internal.BlockSinkhorn;
import io.github.ot4j.spark.internal.Jobs;
import io.github.ot4j.spark.internal.PointSet;
import io.github.ot4j.spark.internal.RowParsing;
import io.github.ot4j.spark.internal.SourceBlock;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The outcome of a {@link DistributedSinkhorn} solve: the target potential {@code g} on the
 * driver, the source potential {@code f} as a Dataset keyed by source row id, how the iteration
 * ended, and the entropic map. The plan {@code P_ij = exp((f_i + g_j - C_ij) / ε)} is never
 * materialized.
 *
 * <p>The result keeps the parsed source blocks cached on the executors and the target broadcast,
 * so that {@link #f()}, {@link #transportCost()} and {@link #project} need no re-parse; call
 * {@link #close()} to release them. After {@code close()} those methods throw
 * {@link IllegalStateException}; {@link #g()}, {@link #convergence()} and {@link #entropicMap()}
 * stay usable.
 */
public final class DistributedSinkhornResult implements AutoCloseable {

    private final SparkSession spark;
    private final JavaRDD<SourceBlock> blocks;
    private final Broadcast<PointSet> target;
    private final BlockSinkhorn.Params params;
    private final Matrix targetPoints;
    private final double[] g;
    private final Convergence convergence;
    private final long sourceCount;
    private final CostFunction cost;
    private Broadcast<double[]> gBroadcast;
    private Double transportCost;
    private boolean closed;

    DistributedSinkhornResult(SparkSession spark, JavaRDD<SourceBlock> blocks, Broadcast<PointSet> target,
                              BlockSinkhorn.Params params, Matrix targetPoints, double[] g, Convergence convergence,
                              long sourceCount, CostFunction cost) {
        this.spark = spark;
        this.blocks = blocks;
        this.target = target;
        this.params = params;
        this.targetPoints = targetPoints;
        this.g = g;
        this.convergence = convergence;
        this.sourceCount = sourceCount;
        this.cost = cost;
    }

    /** @return the absolute regularization used */
    public double epsilon() {
        return params.epsilon();
    }

    /** @return a copy of the target potential {@code g}, one entry per target point */
    public double[] g() {
        return g.clone();
    }

    /** @return how the iteration ended */
    public Convergence convergence() {
        return convergence;
    }

    /** @return true if the marginal error fell below the tolerance */
    public boolean isConverged() {
        return convergence.isConverged();
    }

    /**
     * @return this result
     * @throws io.github.ot4j.result.NotConvergedException if the solve did not converge
     */
    public DistributedSinkhornResult requireConverged() {
        convergence.requireConverged();
        return this;
    }

    /** @return number of source points */
    public long sourceCount() {
        return sourceCount;
    }

    /** @return number of target points */
    public int targetCount() {
        return g.length;
    }

    /**
     * The source potential {@code f = F(g)}, computed lazily on the executors from the cached
     * source and the final {@code g} (each action recomputes it; cache it if you use it twice).
     *
     * @return a Dataset {@code (id: bigint, f: double)}, one row per source point
     * @throws IllegalStateException after {@link #close()}
     */
    public Dataset<Row> f() {
        requireOpen();
        Broadcast<PointSet> t = target;
        Broadcast<double[]> gb = gBroadcast();
        BlockSinkhorn.Params p = params;
        JavaRDD<Row> rows = blocks.flatMap(blk -> {
            double[] f = BlockSinkhorn.potentials(blk, t.value(), gb.value(), p);
            long[] ids = blk.ids();
            List<Row> out = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                out.add(RowFactory.create(ids[i], f[i]));
            }
            return out.iterator();
        });
        return spark.createDataFrame(rows, new StructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.LongType, false),
            DataTypes.createStructField("f", DataTypes.DoubleType, false)
        }));
    }

    /**
     * The transport cost {@code <P, C> = Σ_ij P_ij C_ij} of the entropic plan, computed once by a
     * distributed pass (matrix-free) and remembered.
     *
     * @return the cost
     * @throws IllegalStateException after {@link #close()} (unless computed before)
     */
    public synchronized double transportCost() {
        if (transportCost == null) {
            requireOpen();
            Broadcast<PointSet> t = target;
            Broadcast<double[]> gb = gBroadcast();
            BlockSinkhorn.Params p = params;
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            String previous = Jobs.current(jsc);
            Jobs.describe(jsc, Jobs.PREFIX + "transport cost");
            try {
                transportCost = blocks.map(blk -> BlockSinkhorn.transportCost(blk, t.value(), gb.value(), p))
                        .treeReduce(Double::sum);
            } finally {
                Jobs.describe(jsc, previous);
            }
        }
        return transportCost;
    }

    /**
     * The entropic map {@code T(x) = Σ_j softmax_j((g_j - c(x, y_j)) / ε) y_j} on the driver
     * (ot-core's {@link EntropicMap}), for projecting point sets that fit in driver memory.
     *
     * @return the map
     */
    public EntropicMap entropicMap() {
        return EntropicMap.of(targetPoints, g, params.epsilon(), cost);
    }

    /**
     * Applies the entropic map to a distributed point set on the executors, one partition at a
     * time (lazy, like any Dataset transformation).
     *
     * @param points one row per point
     * @param columns where the id and point are (the weight column is ignored)
     * @return a Dataset {@code (id: bigint, projected: array<double>)}
     * @throws IllegalArgumentException if a column is missing or has the wrong type
     * @throws IllegalStateException after {@link #close()}
     */
    public Dataset<Row> project(Dataset<Row> points, PointColumns columns) {
        requireOpen();
        if (points == null || columns == null) {
            throw new IllegalArgumentException("points and columns must not be null");
        }
        StructType schema = points.schema();
        int idIdx = RowParsing.requireIdColumn(schema, columns.id(), false);
        int pointIdx = RowParsing.requireDoubleArrayColumn(schema, columns.point(), "point", 1);
        int d = targetPoints.cols();
        Broadcast<PointSet> t = target;
        Broadcast<double[]> gb = gBroadcast();
        BlockSinkhorn.Params p = params;
        JavaRDD<Row> rows = points.javaRDD().mapPartitions(it -> projectPartition(it, idIdx, pointIdx, d, t.value(),
                gb.value(), p));
        return spark.createDataFrame(rows, new StructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.LongType, false),
            DataTypes.createStructField("projected", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
        }));
    }

    private static Iterator<Row> projectPartition(Iterator<Row> rows, int idIdx, int pointIdx, int d, PointSet target,
                                                  double[] g, BlockSinkhorn.Params p) {
        SourceBlock block = SourceBlock.parse(rows, idIdx, pointIdx, -1, d);
        if (block.error() != null) {
            throw new IllegalArgumentException(block.error());
        }
        List<Row> out = new ArrayList<>(block.size());
        if (block.size() == 0) {
            return out.iterator();
        }
        Matrix mapped = EntropicMap.of(target.points(), g, p.epsilon(), p.cost().get()).apply(block.points());
        double[] data = RawAccess.data(mapped);
        long[] ids = block.ids();
        for (int i = 0; i < ids.length; i++) {
            out.add(RowFactory.create(ids[i], java.util.Arrays.copyOfRange(data, i * d, (i + 1) * d)));
        }
        return out.iterator();
    }

    private synchronized Broadcast<double[]> gBroadcast() {
        if (gBroadcast == null) {
            gBroadcast = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(g.clone());
        }
        return gBroadcast;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this DistributedSinkhornResult is closed");
        }
    }

    /** Releases the cached source blocks and the broadcasts. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        blocks.unpersist(false);
        target.destroy();
        if (gBroadcast != null) {
            gBroadcast.destroy();
        }
    }
}
