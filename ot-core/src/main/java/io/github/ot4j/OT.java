package io.github.ot4j;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;

/**
 * Static shortcuts for the common cases, in the spirit of POT's {@code ot.sinkhorn}. Everything
 * here is a one-line composition of the geometry, problem and solver types, which offer the full
 * set of options.
 *
 * <pre>{@code
 * double[] a = {0.5, 0.5}, b = {0.5, 0.5};
 * double[][] cost = {{0, 1}, {1, 0}};
 * SinkhornResult r = OT.sinkhorn(a, b, cost, 0.1);
 * double[][] plan = r.plan().toArray();
 * }</pre>
 */
public final class OT {

    private OT() {
    }

    /**
     * Entropic OT between weights {@code a} and {@code b} under a cost matrix, with the default
     * {@link SinkhornOptions}.
     *
     * @param a source weights (null for uniform)
     * @param b target weights (null for uniform), same total mass as {@code a}
     * @param cost {@code n × m} cost matrix
     * @param epsilon absolute regularization, {@code > 0}
     * @return the result; check {@code convergence()} or call {@code requireConverged()}
     * @throws IllegalArgumentException on invalid input
     */
    public static SinkhornResult sinkhorn(double[] a, double[] b, double[][] cost, double epsilon) {
        return new Sinkhorn(SinkhornOptions.epsilon(epsilon)).solve(LinearProblem.of(Geometry.dense(cost), a, b));
    }

    /**
     * Entropic OT between two point clouds with uniform weights under squared Euclidean cost,
     * matrix-free (memory {@code O((n + m) d)}).
     *
     * @param x source points, one per row
     * @param y target points, one per row, same dimension
     * @param epsilon absolute regularization, {@code > 0}
     * @return the result
     * @throws IllegalArgumentException on invalid input
     */
    public static SinkhornResult sinkhorn(double[][] x, double[][] y, double epsilon) {
        return sinkhorn(Matrix.of("x", x), Matrix.of("y", y), CostFunction.squaredEuclidean(), epsilon);
    }

    /**
     * Entropic OT between two point clouds with uniform weights, matrix-free.
     *
     * @param x source points
     * @param y target points, same dimension
     * @param cost ground cost
     * @param epsilon absolute regularization, {@code > 0}
     * @return the result
     */
    public static SinkhornResult sinkhorn(Matrix x, Matrix y, CostFunction cost, double epsilon) {
        return new Sinkhorn(SinkhornOptions.epsilon(epsilon))
                .solve(LinearProblem.uniform(Geometry.pointCloud(x, y, cost)));
    }
}
