package io.github.ot4j.spark.internal;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornResult;
import io.github.ot4j.spark.GeometryStorage;

import java.io.Serializable;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Everything a Spark task needs to solve small problems between samples: the cost, the solver
 * options and the geometry storage. Serializable; the solver itself is rebuilt once per
 * executor JVM object.
 */
public final class SmallSolves implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ShippedCost cost;
    private final ShippedOptions options;
    private final GeometryStorage storage;
    private final int batchSize;
    private transient Sinkhorn solver;

    /**
     * @param cost the ground cost
     * @param options solver options
     * @param storage geometry storage
     * @param batchSize problems handed to the batch solver at once
     */
    public SmallSolves(ShippedCost cost, ShippedOptions options, GeometryStorage storage, int batchSize) {
        this.cost = cost;
        this.options = options;
        this.storage = storage;
        this.batchSize = batchSize;
    }

    /** @return the solver, as configured for a task */
    public Sinkhorn solver() {
        Sinkhorn s = solver;
        if (s == null) {
            s = new Sinkhorn(options.inTask());
            solver = s;
        }
        return s;
    }

    /** @return how many problems go to the batch solver at once */
    public int batchSize() {
        return batchSize;
    }

    /**
     * @param x source sample
     * @param y target sample
     * @return the problem from {@code x} to {@code y}
     */
    public LinearProblem problem(Sample x, Sample y) {
        return problem(x, y.points(), y.weights());
    }

    /**
     * @param x source sample
     * @param target target points
     * @param targetWeights target weights or null for uniform
     * @return the problem from {@code x} to the target
     */
    public LinearProblem problem(Sample x, io.github.ot4j.geometry.Matrix target, double[] targetWeights) {
        Geometry geometry = storage.geometry(x.points(), target, cost.get());
        return LinearProblem.of(geometry, x.weights(), targetWeights);
    }

    /** @return the cost on this JVM */
    public io.github.ot4j.geometry.CostFunction cost() {
        return cost.get();
    }

    /**
     * Solves a batch through {@link BatchSolve}.
     *
     * @param problems the problems
     * @param summary what to keep of each result, given its position in the batch
     * @param <T> summary type
     * @return summaries in input order
     */
    public <T> List<T> solve(List<LinearProblem> problems, BiFunction<Integer, SinkhornResult, T> summary) {
        return BatchSolve.sinkhorn(solver(), problems, summary);
    }

    /**
     * @param value a computed value
     * @param result the solve it came from
     * @return true only for a converged solve with a finite value (a NaN is never converged)
     */
    public static boolean converged(double value, SinkhornResult result) {
        return result.isConverged() && Double.isFinite(value);
    }
}
