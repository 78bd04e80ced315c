package io.github.ot4j.spark;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.spark.internal.ShippedCost;

/**
 * Configuration of {@link SparkPairwise}, validated once. Start from
 * {@link #of(PairwiseDistance, SinkhornOptions)} and adjust with the {@code withX} methods.
 *
 * <p>Defaults: squared Euclidean cost, {@link GeometryStorage#AUTO}, {@code tasks = 0} (eight
 * tasks per core of the Spark context, so that the diagonal block pairs, with half the work of
 * the others, do not leave cores idle at the end), batches of {@value #DEFAULT_BATCH_SIZE} problems.
 *
 * @param distance what to compute for each pair
 * @param cost the ground cost; a built-in cost, or a user cost that implements
 *     {@link java.io.Serializable} (it is shipped to the executors)
 * @param sinkhorn the solver options used for every problem. Inside a Spark task a parallelism
 *     of 0 means 1 thread (Spark already runs one task per core)
 * @param storage how each problem's cost matrix is held
 * @param tasks desired number of Spark tasks for the pairs, or 0 for eight per core
 * @param batchSize problems solved per call of the batch solver inside a task, at least 1
 */
public record PairwiseOptions(PairwiseDistance distance, CostFunction cost, SinkhornOptions sinkhorn,
                              GeometryStorage storage, int tasks, int batchSize) {

    /** Default number of problems per batch. */
    public static final int DEFAULT_BATCH_SIZE = 16;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the bad field and value
     */
    public PairwiseOptions {
        if (distance == null || sinkhorn == null || storage == null) {
            throw new IllegalArgumentException("distance, sinkhorn and storage must not be null, got " + distance
                    + ", " + sinkhorn + ", " + storage);
        }
        ShippedCost.of(cost);
        if (tasks < 0) {
            throw new IllegalArgumentException("tasks must be >= 0, got " + tasks);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
    }

    /**
     * Defaults for a distance and solver options.
     *
     * @param distance what to compute
     * @param sinkhorn solver options
     * @return the options
     */
    public static PairwiseOptions of(PairwiseDistance distance, SinkhornOptions sinkhorn) {
        return new PairwiseOptions(distance, CostFunction.squaredEuclidean(), sinkhorn, GeometryStorage.AUTO, 0,
                DEFAULT_BATCH_SIZE);
    }

    /**
     * @param v new value
     * @return a copy
     */
    public PairwiseOptions withDistance(PairwiseDistance v) {
        return new PairwiseOptions(v, cost, sinkhorn, storage, tasks, batchSize);
    }

    /**
     * @param v new value
     * @return a copy
     */
    public PairwiseOptions withCost(CostFunction v) {
        return new PairwiseOptions(distance, v, sinkhorn, storage, tasks, batchSize);
    }

    /**
     * @param v new value
     * @return a copy
     */
    public PairwiseOptions withSinkhorn(SinkhornOptions v) {
        return new PairwiseOptions(distance, cost, v, storage, tasks, batchSize);
    }

    /**
     * @param v new value
     * @return a copy
     */
    public PairwiseOptions withStorage(GeometryStorage v) {
        return new PairwiseOptions(distance, cost, sinkhorn, v, tasks, batchSize);
    }

    /**
     * @param v new value, 0 for eight per core
     * @return a copy
     */
    public PairwiseOptions withTasks(int v) {
        return new PairwiseOptions(distance, cost, sinkhorn, storage, v, batchSize);
    }

    /**
     * @param v new value
     * @return a copy
     */
    public PairwiseOptions withBatchSize(int v) {
        return new PairwiseOptions(distance, cost, sinkhorn, storage, tasks, v);
    }
}
