package io.github.ot4j;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.BarycenterProblem;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.problem.PartialProblem;
import io.github.ot4j.problem.QuadraticProblem;
import io.github.ot4j.solver.BarycenterOptions;
import io.github.ot4j.solver.BarycenterResult;
import io.github.ot4j.solver.EntropicGromovOptions;
import io.github.ot4j.solver.EntropicGromovWasserstein;
import io.github.ot4j.solver.EntropicPartialOptions;
import io.github.ot4j.solver.EntropicPartialTransport;
import io.github.ot4j.solver.GromovWasserstein;
import io.github.ot4j.solver.GromovWassersteinResult;
import io.github.ot4j.solver.PartialTransportResult;
import io.github.ot4j.solver.ExactPartialTransport;
import io.github.ot4j.solver.ExactResult;
import io.github.ot4j.solver.NetworkSimplex;
import io.github.ot4j.solver.OneDimensional;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornDivergence;
import io.github.ot4j.solver.SinkhornDivergenceResult;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;
import io.github.ot4j.solver.SlicedOptions;
import io.github.ot4j.solver.SlicedResult;
import io.github.ot4j.solver.SlicedWasserstein;
import io.github.ot4j.solver.WassersteinBarycenter;

/**
 * Static shortcuts for the common cases, in the spirit of POT's {@code ot.sinkhorn},
 * {@code ot.gromov.entropic_gromov_wasserstein}, {@code ot.bregman.barycenter},
 * {@code ot.bregman.empirical_sinkhorn_divergence}, {@code ot.partial} and {@code ot.emd}. Everything
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

    /**
     * Entropic Gromov-Wasserstein (square loss) between two spaces given by their intra-domain
     * cost matrices, with {@link EntropicGromovOptions#epsilon(double) ot4j's defaults}.
     *
     * @param sourceCost {@code C1}, {@code n × n}
     * @param targetCost {@code C2}, {@code m × m}
     * @param a source weights (null for uniform)
     * @param b target weights (null for uniform)
     * @param epsilon absolute regularization, {@code > 0}
     * @return the coupling and {@code GW(T)}
     * @throws IllegalArgumentException on invalid input
     */
    public static GromovWassersteinResult gromovWasserstein(double[][] sourceCost, double[][] targetCost, double[] a,
                                                            double[] b, double epsilon) {
        return new EntropicGromovWasserstein(EntropicGromovOptions.epsilon(epsilon))
                .solve(QuadraticProblem.of(sourceCost, targetCost, a, b));
    }

    /**
     * Entropic fused Gromov-Wasserstein (square loss):
     * {@code (1 - α) <M, T> + α GW(T)} with entropic regularization.
     *
     * @param featureCost {@code M}, {@code n × m}
     * @param sourceCost {@code C1}, {@code n × n}
     * @param targetCost {@code C2}, {@code m × m}
     * @param a source weights (null for uniform)
     * @param b target weights (null for uniform)
     * @param alpha weight of the structure term in {@code [0, 1]}
     * @param epsilon absolute regularization, {@code > 0}
     * @return the coupling and its objective terms
     * @throws IllegalArgumentException on invalid input
     */
    public static GromovWassersteinResult fusedGromovWasserstein(double[][] featureCost, double[][] sourceCost,
                                                                 double[][] targetCost, double[] a, double[] b,
                                                                 double alpha, double epsilon) {
        return new EntropicGromovWasserstein(EntropicGromovOptions.epsilon(epsilon)).solve(QuadraticProblem.fused(
                Geometry.dense(featureCost), Matrix.of("sourceCost", sourceCost), Matrix.of("targetCost", targetCost), a, b,
                alpha));
    }

    /**
     * The entropic Wasserstein barycenter of histograms on a common support (iterative Bregman
     * projections, {@link BarycenterOptions#epsilon(double) ot4j's defaults}).
     *
     * @param histograms one histogram per row, each of length n, equal masses
     * @param cost the {@code n × n} ground cost between the support points
     * @param weights barycentric weights summing to 1 (null for uniform)
     * @param epsilon absolute regularization, {@code > 0}
     * @return the barycenter; see {@code barycenter()}
     * @throws IllegalArgumentException on invalid input
     */
    public static BarycenterResult barycenter(double[][] histograms, double[][] cost, double[] weights, double epsilon) {
        return new WassersteinBarycenter(BarycenterOptions.epsilon(epsilon))
                .solve(BarycenterProblem.of(Geometry.dense(cost), histograms, weights));
    }

    /**
     * The Sinkhorn divergence {@code OT(a, b) - ½ (OT(a, a) + OT(b, b))} between two point clouds
     * with uniform weights under squared Euclidean cost, with transport-cost terms as in POT.
     *
     * @param x source points, one per row
     * @param y target points, one per row, same dimension
     * @param epsilon absolute regularization, {@code > 0}
     * @return the divergence and its three terms
     * @throws IllegalArgumentException on invalid input
     */
    public static SinkhornDivergenceResult sinkhornDivergence(double[][] x, double[][] y, double epsilon) {
        return new SinkhornDivergence(SinkhornOptions.epsilon(epsilon)).compute(Matrix.of("x", x), Matrix.of("y", y), null,
                null, CostFunction.squaredEuclidean());
    }

    /**
     * Entropic partial transport of {@code mass} units between weights of possibly different
     * total mass.
     *
     * @param a source weights (null for uniform)
     * @param b target weights (null for uniform)
     * @param cost {@code n × m} cost matrix
     * @param mass the mass to move, in {@code (0, min(|a|, |b|)]}
     * @param epsilon absolute regularization, {@code > 0}
     * @return the partial plan and its cost
     * @throws IllegalArgumentException on invalid input
     */
    public static PartialTransportResult entropicPartialWasserstein(double[] a, double[] b, double[][] cost, double mass,
                                                                    double epsilon) {
        return new EntropicPartialTransport(EntropicPartialOptions.epsilon(epsilon))
                .solve(PartialProblem.of(Geometry.dense(cost), a, b, mass));
    }

    /**
     * Exact OT between weights {@code a} and {@code b} under a cost matrix, by the network
     * simplex with the default options (POT's {@code ot.emd}).
     *
     * <pre>{@code
     * ExactResult r = OT.emd(a, b, cost);
     * double w = r.cost();                       // POT's ot.emd2
     * double[][] plan = r.plan().toArray();      // at most n + m - 1 non-zeros
     * }</pre>
     *
     * @param a source weights (null for uniform)
     * @param b target weights (null for uniform), same total mass as {@code a}
     * @param cost {@code n × m} finite cost matrix
     * @return the optimal plan, its cost, dual potentials and convergence; check
     *     {@code convergence()} or call {@code requireConverged()}
     * @throws IllegalArgumentException on invalid input
     */
    public static ExactResult emd(double[] a, double[] b, double[][] cost) {
        return new NetworkSimplex().solve(LinearProblem.of(Geometry.dense(cost), a, b));
    }

    /**
     * The exact transport cost {@code min <P, C>} (POT's {@code ot.emd2}).
     *
     * @param a source weights (null for uniform)
     * @param b target weights (null for uniform), same total mass as {@code a}
     * @param cost {@code n × m} finite cost matrix
     * @return the optimal cost
     * @throws IllegalArgumentException on invalid input
     * @throws io.github.ot4j.result.NotConvergedException if the pivot cap stopped the solve
     */
    public static double emd2(double[] a, double[] b, double[][] cost) {
        return emd(a, b, cost).requireConverged().cost();
    }

    /**
     * Exact OT between two point clouds with uniform weights under squared Euclidean cost.
     *
     * @param x source points, one per row
     * @param y target points, one per row, same dimension
     * @return the result
     * @throws IllegalArgumentException on invalid input
     */
    public static ExactResult emd(double[][] x, double[][] y) {
        return emd(null, null, Matrix.of("x", x), Matrix.of("y", y), CostFunction.squaredEuclidean());
    }

    /**
     * Exact OT between two weighted point clouds. The costs are computed once, row by row, into
     * an {@code n m} array.
     *
     * @param a source weights (null for uniform)
     * @param b target weights (null for uniform), same total mass as {@code a}
     * @param x source points
     * @param y target points, same dimension
     * @param cost ground cost
     * @return the result
     * @throws IllegalArgumentException on invalid input
     */
    public static ExactResult emd(double[] a, double[] b, Matrix x, Matrix y, CostFunction cost) {
        return new NetworkSimplex().solve(LinearProblem.of(Geometry.pointCloud(x, y, cost), a, b));
    }

    /**
     * Exact OT on the real line by sorting (POT's {@code ot.emd_1d}; {@code cost()} is
     * {@code ot.emd2_1d}). Optimal for costs convex in {@code x - y}.
     *
     * @param x source positions
     * @param y target positions
     * @param a source weights (null for uniform)
     * @param b target weights (null for uniform), same total mass
     * @param cost ground cost, convex in {@code x - y}, e.g. {@link CostFunction#squaredEuclidean()}
     *     or {@link OneDimensional#power(double)}
     * @return the monotone plan, its cost and potentials
     * @throws IllegalArgumentException on invalid input
     */
    public static ExactResult emd1d(double[] x, double[] y, double[] a, double[] b, CostFunction cost) {
        return OneDimensional.solve(x, y, a, b, cost);
    }

    /**
     * The Wasserstein distance {@code W_p} between weighted samples on the line. Note that POT's
     * {@code ot.wasserstein_1d} returns {@code W_p^p}; that is
     * {@link OneDimensional#wassersteinPower}.
     *
     * @param x source positions
     * @param y target positions
     * @param a source weights (null for uniform)
     * @param b target weights (null for uniform), same total mass
     * @param p exponent, {@code >= 1}
     * @return {@code W_p}
     * @throws IllegalArgumentException on invalid input
     */
    public static double wasserstein1d(double[] x, double[] y, double[] a, double[] b, double p) {
        return OneDimensional.wasserstein(x, y, a, b, p);
    }

    /**
     * Exact Gromov-Wasserstein (square loss) by conditional gradient with exact line search
     * (POT's {@code ot.gromov.gromov_wasserstein}); a local optimum from {@code p qᵀ}.
     *
     * @param sourceCost {@code C1}, {@code n × n}
     * @param targetCost {@code C2}, {@code m × m}
     * @param a source weights (null for uniform)
     * @param b target weights (null for uniform)
     * @return the coupling and {@code GW(T)}
     * @throws IllegalArgumentException on invalid input
     */
    public static GromovWassersteinResult gromovWasserstein(double[][] sourceCost, double[][] targetCost, double[] a,
                                                            double[] b) {
        return new GromovWasserstein().solve(QuadraticProblem.of(sourceCost, targetCost, a, b));
    }

    /**
     * Exact fused Gromov-Wasserstein (square loss) by conditional gradient (POT's
     * {@code ot.gromov.fused_gromov_wasserstein}).
     *
     * @param featureCost {@code M}, {@code n × m}
     * @param sourceCost {@code C1}, {@code n × n}
     * @param targetCost {@code C2}, {@code m × m}
     * @param a source weights (null for uniform)
     * @param b target weights (null for uniform)
     * @param alpha weight of the structure term in {@code [0, 1]}
     * @return the coupling and its objective terms
     * @throws IllegalArgumentException on invalid input
     */
    public static GromovWassersteinResult fusedGromovWasserstein(double[][] featureCost, double[][] sourceCost,
                                                                 double[][] targetCost, double[] a, double[] b,
                                                                 double alpha) {
        return new GromovWasserstein().solve(QuadraticProblem.fused(Geometry.dense(featureCost),
                Matrix.of("sourceCost", sourceCost), Matrix.of("targetCost", targetCost), a, b, alpha));
    }

    /**
     * Exact partial transport of {@code mass} units (POT's {@code ot.partial.partial_wasserstein}).
     *
     * @param a source weights (null for uniform)
     * @param b target weights (null for uniform)
     * @param cost {@code n × m} cost matrix
     * @param mass the mass to move, in {@code (0, min(|a|, |b|)]}
     * @return the optimal partial plan and its cost
     * @throws IllegalArgumentException on invalid input
     */
    public static PartialTransportResult partialWasserstein(double[] a, double[] b, double[][] cost, double mass) {
        return new ExactPartialTransport().solve(PartialProblem.of(Geometry.dense(cost), a, b, mass));
    }

    /**
     * Sliced and max-sliced Wasserstein distances between two point clouds with uniform weights,
     * over {@code projections} random directions drawn from {@code seed}.
     *
     * @param x source points, one per row
     * @param y target points, one per row, same dimension
     * @param p the exponent, {@code >= 1}
     * @param projections number of directions, at least 1
     * @param seed seed of the directions
     * @return {@code SW_p}, {@code max-SW_p} and the per-direction values
     * @throws IllegalArgumentException on invalid input
     */
    public static SlicedResult slicedWasserstein(double[][] x, double[][] y, double p, int projections, long seed) {
        return new SlicedWasserstein(SlicedOptions.random(p, seed).withProjections(projections))
                .compute(Matrix.of("x", x), Matrix.of("y", y), null, null);
    }
}
