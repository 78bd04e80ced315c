package io.github.ot4j.spark;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Checks;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.solver.Domain;
import io.github.ot4j.solver.ErrorNorm;
import io.github.ot4j.solver.Progress;
import io.github.ot4j.solver.ProgressListener;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.spark.internal.BlockSinkhorn;
import io.github.ot4j.spark.internal.ColumnPartial;
import io.github.ot4j.spark.internal.Jobs;
import io.github.ot4j.spark.internal.PointSet;
import io.github.ot4j.spark.internal.RowParsing;
import io.github.ot4j.spark.internal.ShippedCost;
import io.github.ot4j.spark.internal.SourceBlock;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Log-domain Sinkhorn for one problem too large for one machine's time budget: the source point
 * cloud is a {@code Dataset<Row>} (one row per point, see {@link PointColumns}) partitioned
 * across the cluster, the target point cloud ({@code m} points) fits on the driver.
 *
 * <p><b>Algorithm.</b> The iteration is ot-core's log-domain Sinkhorn (POT's
 * {@code sinkhorn_log} order) on the matrix-free point-cloud geometry, with the state reduced to
 * the target potential {@code g}: each iteration the driver broadcasts {@code g} ({@code m}
 * doubles); each partition recomputes its rows' costs {@code C_ij = c(x_i, y_j)} on the fly,
 * updates its rows' potentials
 * \( f_i = \varepsilon \log a_i - \varepsilon\,\mathrm{LSE}_j((g_j - C_{ij})/\varepsilon) \)
 * and, from the same cost rows, its partial column sums
 * \( \sum_{i \in \text{partition}} e^{(f_i + g_j - C_{ij})/\varepsilon} \); the partials are
 * combined with {@code treeAggregate} into the column log-sum-exps and the driver sets
 * \( g_j = \varepsilon \log b_j - \varepsilon\,\mathrm{LSE}_i((f_i - C_{ij})/\varepsilon) \).
 * When a combined column sum leaves the safe floating-point range (early iterations, tiny
 * epsilon) the pass is redone with per-partition column maxima and the partials are merged
 * stably as (max, sum) pairs. Nothing of size {@code n × m} is ever stored, and {@code f} is
 * never shipped: it is a function of {@code g}.
 *
 * <p><b>Stopping rule</b>: ot-core's. Every {@code checkEvery} iterations the driver computes
 * the column marginals {@code exp(g_j / ε + LSE_j)} and stops when their {@link ErrorNorm}
 * distance to {@code b} is at most the tolerance. A NaN or infinity stops with
 * {@link StopReason#DIVERGED} and the last finite {@code g}; a NaN is never reported as
 * converged. A row's {@code f_i} is POT's max-shifted log-sum-exp; ot-core's fused pass shifts
 * by the previous {@code f_i} instead and adds the column sums in a different order, so the
 * potentials agree with ot-core's to rounding.
 *
 * <p><b>Cost model.</b> Per iteration: one Spark job, {@code O(n m d)} arithmetic spread over the
 * partitions, and {@code O(m)} communication per partition each way (the broadcast {@code g} and
 * one partial of {@code m} doubles, {@code 2m} in an exact pass); the target points are
 * broadcast once. Iterations grow like {@code (max C) / ε}, as on one machine.
 *
 * <p><b>Supported options.</b> Balanced problems; {@link Domain#AUTO} or {@link Domain#LOG}
 * (the solve always runs in the log domain); no epsilon schedule; epsilon absolute or relative to
 * the cost (then one extra pass computes the cost's statistics). {@code parallelism} and
 * {@code precision} do not apply: Spark runs one task per core.
 *
 * <p>Why it may not converge, and what to change: as for {@link io.github.ot4j.solver.Sinkhorn}
 * — a small epsilon needs many iterations (raise {@code maxIterations} or epsilon).
 */
public final class DistributedSinkhorn {

    private static final double SAFE_LOW = 1e-280;
    private static final double SAFE_HIGH = 1e280;
    private static final String STAGE = "distributed-sinkhorn";
    /** Largest total size (partitions × m) of the partials merged directly on the driver. */
    private static final long DIRECT_MERGE_DOUBLES = 1L << 22;

    private final SinkhornOptions options;
    private final CostFunction cost;
    private final int partitions;

    /**
     * @param options solver options (see the class doc for what applies)
     * @param cost the ground cost: built-in, or a user cost implementing {@link java.io.Serializable}
     * @throws IllegalArgumentException if an argument is null, the cost cannot be shipped, the
     *     domain is {@link Domain#KERNEL} or an epsilon schedule is set
     */
    public DistributedSinkhorn(SinkhornOptions options, CostFunction cost) {
        this(options, cost, 0);
    }

    private DistributedSinkhorn(SinkhornOptions options, CostFunction cost, int partitions) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        ShippedCost.of(cost);
        if (options.domain() == Domain.KERNEL) {
            throw new IllegalArgumentException("domain KERNEL is not supported: the distributed solver runs in the"
                    + " log domain; use AUTO or LOG");
        }
        if (options.schedule().isActive()) {
            throw new IllegalArgumentException("epsilon schedules are not supported by the distributed solver, got "
                    + options.schedule());
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be >= 0, got " + partitions);
        }
        this.options = options;
        this.cost = cost;
        this.partitions = partitions;
    }

    /**
     * @param v number of partitions to repartition the source into before solving, or 0 to
     *     keep the input's partitioning
     * @return a copy
     */
    public DistributedSinkhorn withPartitions(int v) {
        return new DistributedSinkhorn(options, cost, v);
    }

    /** @return the solver options */
    public SinkhornOptions options() {
        return options;
    }

    /**
     * Solves from a cold start.
     *
     * @param source one row per source point
     * @param columns where the id, point and weight are
     * @param target the target points, one per row
     * @param b the target weights, or null for uniform
     * @return the result; {@link DistributedSinkhornResult#close() close} it when done
     * @throws IllegalArgumentException see {@link #solve(Dataset, PointColumns, Matrix, double[], ProgressListener)}
     */
    public DistributedSinkhornResult solve(Dataset<Row> source, PointColumns columns, Matrix target, double[] b) {
        return solve(source, columns, target, b, ProgressListener.NONE);
    }

    /**
     * Solves from a cold start, reporting progress on the driver at every error check.
     *
     * @param source one row per source point
     * @param columns where the id, point and weight are
     * @param target the target points, one per row
     * @param b the target weights, or null for uniform
     * @param listener progress receiver, may cancel; null for none
     * @return the result; {@link DistributedSinkhornResult#close() close} it when done
     * @throws IllegalArgumentException if an argument is null, a column is missing or has the
     *     wrong type, a point has the wrong dimension or a NaN or infinite coordinate, a weight is
     *     negative or not finite, the source is empty, or the masses differ. Row problems are
     *     found by one validation job and thrown on the driver before any iteration runs.
     */
    public DistributedSinkhornResult solve(Dataset<Row> source, PointColumns columns, Matrix target, double[] b,
                                           ProgressListener listener) {
        if (source == null || columns == null || target == null) {
            throw new IllegalArgumentException("source, columns and target must not be null");
        }
        int m = target.rows();
        int d = target.cols();
        double[] weightsB = b == null ? LinearProblem.uniformWeights(m) : b.clone();
        double massB = Checks.requireWeights("b", weightsB, m, "there are " + m + " target points");
        StructType schema = source.schema();
        int idIdx = RowParsing.requireIdColumn(schema, columns.id(), false);
        int pointIdx = RowParsing.requireDoubleArrayColumn(schema, columns.point(), "point", 1);
        int weightIdx = columns.weight() == null ? -1 : RowParsing.requireDoubleColumn(schema, columns.weight(), "weight");
        ProgressListener progress = listener == null ? ProgressListener.NONE : listener;

        JavaSparkContext jsc = Jobs.context(source.sparkSession());
        JavaRDD<Row> rows = partitions > 0 ? source.javaRDD().repartition(partitions) : source.javaRDD();
        JavaRDD<SourceBlock> blocks = rows
                .mapPartitions(it -> Collections.singletonList(SourceBlock.parse(it, idIdx, pointIdx, weightIdx, d))
                        .iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        Broadcast<PointSet> targetBc = null;
        String previous = Jobs.current(jsc);
        try {
            Jobs.describe(jsc, Jobs.VALIDATE);
            List<SourceBlock.Meta> metas = blocks.map(SourceBlock::meta).collect();
            long n = 0;
            double massA = 0;
            for (SourceBlock.Meta meta : metas) {
                if (meta.error() != null) {
                    throw new IllegalArgumentException(meta.error());
                }
                n += meta.size();
                massA += meta.mass();
            }
            if (n == 0) {
                throw new IllegalArgumentException("source has no rows");
            }
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("source has " + n + " rows; at most " + Integer.MAX_VALUE
                        + " are supported");
            }
            double uniform = 1.0 / n;
            if (weightIdx < 0) {
                massA = uniform * n;
            } else if (!(massA > 0)) {
                throw new IllegalArgumentException("the source weights have zero total mass");
            }
            if (Math.abs(massA - massB) > LinearProblem.MASS_TOLERANCE * Math.max(massA, massB)) {
                throw new IllegalArgumentException("the source has total mass " + massA + " but b has " + massB
                        + "; a balanced problem needs equal masses");
            }
            targetBc = jsc.broadcast(new PointSet(target, weightsB));
            BlockSinkhorn.Params params = new BlockSinkhorn.Params(1.0, uniform, ShippedCost.of(cost));
            double eps = resolveEpsilon(jsc, blocks, targetBc, params, n, m);
            params = new BlockSinkhorn.Params(eps, uniform, params.cost());
            Iterate it = iterate(jsc, blocks, targetBc, params, weightsB, progress);
            return new DistributedSinkhornResult(source.sparkSession(), blocks, targetBc, params, target, it.g,
                    it.convergence, n, cost);
        } catch (RuntimeException e) {
            blocks.unpersist(false);
            if (targetBc != null) {
                targetBc.destroy();
            }
            throw e;
        } finally {
            Jobs.describe(jsc, previous);
        }
    }

    private double resolveEpsilon(JavaSparkContext jsc, JavaRDD<SourceBlock> blocks, Broadcast<PointSet> target,
                                  BlockSinkhorn.Params params, long n, int m) {
        double e;
        switch (options.scale()) {
            case ABSOLUTE:
                e = options.epsilon();
                break;
            default:
                Jobs.describe(jsc, Jobs.SOLVE + "cost statistics");
                double[] stats = blocks.map(blk -> BlockSinkhorn.costStatistics(blk, target.value(), params))
                        .treeReduce((x, y) -> new double[] {Math.min(x[0], y[0]), Math.max(x[1], y[1]), x[2] + y[2]});
                double mean = stats[2] / ((double) n * m);
                if (!Double.isFinite(stats[0]) || !Double.isFinite(stats[1]) || !Double.isFinite(mean)) {
                    throw new IllegalArgumentException("the " + cost.name() + " cost between these points is not finite");
                }
                e = options.epsilon() * (options.scale() == io.github.ot4j.solver.EpsilonScale.MAX_COST ? stats[1] : mean);
        }
        if (!(e > 0) || !Double.isFinite(e)) {
            throw new IllegalArgumentException("epsilon " + options.epsilon() + " relative to the " + options.scale()
                    + " of the cost gives " + e + "; it must be > 0");
        }
        return e;
    }

    /** The outcome of the iterations. */
    private record Iterate(double[] g, Convergence convergence) {
    }

    /** The driver loop: ot-core's {@code LogSinkhorn.run} for balanced problems, with the passes distributed. */
    private Iterate iterate(JavaSparkContext jsc, JavaRDD<SourceBlock> blocks, Broadcast<PointSet> target,
                            BlockSinkhorn.Params params, double[] b, ProgressListener listener) {
        int m = b.length;
        double eps = params.epsilon();
        double inv = 1 / eps;
        double[] logB = new double[m];
        for (int j = 0; j < m; j++) {
            logB[j] = Math.log(b[j]);
        }
        int maxIterations = options.maxIterations();
        int checkEvery = options.checkEvery();
        double tolerance = options.tolerance();
        double[] g = new double[m];
        double[] prevG = new double[m];
        double[] marginal = new double[m];
        double[] trace = new double[16];
        int traced = 0;
        double error = Double.NaN;
        StopReason reason = StopReason.MAX_ITERATIONS;
        int t = 0;
        Jobs.describe(jsc, Jobs.SOLVE + "distributed sinkhorn");
        double[] colLse = columnLse(blocks, target, g, params, b, true).colLse;
        while (true) {
            if (t > 0 && ((t - 1) % checkEvery == 0 || t == maxIterations)) {
                for (int j = 0; j < m; j++) {
                    marginal[j] = b[j] == 0 ? 0 : Math.exp(g[j] / eps + colLse[j]);
                }
                error = norm(marginal, b, options.errorNorm());
                if (traced == trace.length) {
                    trace = Arrays.copyOf(trace, 2 * traced);
                }
                trace[traced++] = error;
                if (!Double.isFinite(error)) {
                    reason = StopReason.DIVERGED;
                    g = prevG;
                    break;
                }
                if (tolerance > 0 && error <= tolerance) {
                    reason = StopReason.CONVERGED;
                    break;
                }
                if (!listener.onProgress(new Progress(STAGE, t, maxIterations, error))) {
                    reason = StopReason.CANCELLED;
                    break;
                }
            }
            if (t == maxIterations) {
                break;
            }
            System.arraycopy(g, 0, prevG, 0, m);
            for (int j = 0; j < m; j++) {
                g[j] = b[j] == 0 ? Double.NEGATIVE_INFINITY : 1.0 * (eps * logB[j] - eps * colLse[j]);
            }
            t++;
            if (!finite(g)) {
                System.arraycopy(prevG, 0, g, 0, m);
                reason = StopReason.DIVERGED;
                break;
            }
            Pass pass = columnLse(blocks, target, g, params, b, false);
            if (pass.nonFinite > 0) {
                System.arraycopy(prevG, 0, g, 0, m);
                reason = StopReason.DIVERGED;
                break;
            }
            colLse = pass.colLse;
        }
        return new Iterate(g, new Convergence(reason, t, error, tolerance, Arrays.copyOf(trace, traced)));
    }

    /** The column log-sum-exps of one pass, and how many rows had a non-finite potential. */
    private record Pass(double[] colLse, long nonFinite) {
    }

    /**
     * One distributed pass: the fast pass (shift g), redone exactly when a combined column sum
     * leaves the safe range, as ot-core's {@code LogSinkhorn.columnLse} does.
     */
    private static Pass columnLse(JavaRDD<SourceBlock> blocks, Broadcast<PointSet> target, double[] g,
                                  BlockSinkhorn.Params params, double[] b, boolean coldStart) {
        int m = b.length;
        double inv = 1 / params.epsilon();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(blocks.context());
        Broadcast<double[]> gBc = jsc.broadcast(g.clone());
        try {
            ColumnPartial fast = aggregate(blocks, target, gBc, params, coldStart, false, inv);
            double[] colLse = new double[m];
            boolean exactNeeded = fast.isEmpty();
            if (!exactNeeded) {
                double[] s = fast.sum();
                for (int j = 0; j < m; j++) {
                    if (b[j] == 0) {
                        colLse[j] = Double.NEGATIVE_INFINITY;
                        continue;
                    }
                    if (!(s[j] >= SAFE_LOW && s[j] <= SAFE_HIGH && g[j] != Double.NEGATIVE_INFINITY)) {
                        exactNeeded = true;
                        break;
                    }
                    colLse[j] = Math.log(s[j]) - g[j] * inv;
                }
            }
            if (!exactNeeded) {
                return new Pass(colLse, fast.nonFinite());
            }
            ColumnPartial exact = aggregate(blocks, target, gBc, params, coldStart, true, inv);
            double[] shift = exact.shift();
            double[] s = exact.sum();
            for (int j = 0; j < m; j++) {
                colLse[j] = b[j] == 0 || exact.isEmpty() ? Double.NEGATIVE_INFINITY : -shift[j] * inv + Math.log(s[j]);
            }
            return new Pass(colLse, exact.nonFinite());
        } finally {
            gBc.destroy();
        }
    }

    private static ColumnPartial aggregate(JavaRDD<SourceBlock> blocks, Broadcast<PointSet> target,
                                           Broadcast<double[]> g, BlockSinkhorn.Params params, boolean coldStart,
                                           boolean exact, double inv) {
        // Partials of m doubles: merged on the driver while they total at most DIRECT_MERGE_DOUBLES,
        // through one level of executors above that (treeAggregate depth 2).
        int depth = (long) blocks.getNumPartitions() * g.value().length <= DIRECT_MERGE_DOUBLES ? 1 : 2;
        return blocks.treeAggregate(ColumnPartial.empty(),
                (acc, blk) -> ColumnPartial.merge(acc,
                        BlockSinkhorn.pass(blk, target.value(), g.value(), params, coldStart, exact), inv),
                (x, y) -> ColumnPartial.merge(x, y, inv), depth);
    }

    private static boolean finite(double[] v) {
        for (double x : v) {
            if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
                return false;
            }
        }
        return true;
    }

    /** ot-core's marginal error norm. */
    private static double norm(double[] marginal, double[] target, ErrorNorm norm) {
        double s = 0;
        if (norm == ErrorNorm.L1) {
            for (int j = 0; j < target.length; j++) {
                s += Math.abs(marginal[j] - target[j]);
            }
            return s;
        }
        for (int j = 0; j < target.length; j++) {
            double dj = marginal[j] - target[j];
            s += dj * dj;
        }
        return Math.sqrt(s);
    }
}
