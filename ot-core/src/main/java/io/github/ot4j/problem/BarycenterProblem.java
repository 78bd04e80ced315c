package io.github.ot4j.problem;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.Checks;

import java.util.Arrays;

/**
 * A fixed-support Wasserstein barycenter problem: {@code K} histograms {@code a_1 … a_K} on a
 * common support of {@code n} points, the {@code n × n} ground cost {@code M} between those
 * points, and barycentric weights {@code w_k}; the barycenter is a histogram on the same support
 * minimizing {@code Σ_k w_k OT_ε(a_k, ·)} (Agueh &amp; Carlier 2011; entropic version: Benamou,
 * Carlier, Cuturi, Nenna &amp; Peyré 2015, arXiv:1412.5154).
 *
 * <p>The cost's rows index the support of the inputs and its columns the support of the
 * barycenter (the same points). Validation happens once, here: the cost must be square, every
 * histogram finite, non-negative, of length n, with positive mass, all masses equal to within
 * {@link LinearProblem#MASS_TOLERANCE} relative, and the weights finite, non-negative, one per
 * histogram, summing to 1 (to within {@code 1e-9}). Arrays are copied in and out.
 *
 * @param cost the {@code n × n} ground cost M
 * @param histograms one histogram per row: {@code histograms[k][i]} is the mass of input k at
 *     point i
 * @param weights barycentric weights, one per histogram, summing to 1
 */
public record BarycenterProblem(Geometry cost, double[][] histograms, double[] weights) {

    /** Tolerance on {@code |Σ w - 1|}. */
    public static final double WEIGHT_SUM_TOLERANCE = 1e-9;

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException naming the bad argument and value
     */
    public BarycenterProblem {
        if (cost == null) {
            throw new IllegalArgumentException("cost must not be null");
        }
        if (cost.rows() != cost.cols()) {
            throw new IllegalArgumentException("cost must be square (the inputs and the barycenter share the support), got "
                    + cost.rows() + " x " + cost.cols());
        }
        if (histograms == null || histograms.length == 0) {
            throw new IllegalArgumentException("histograms must hold at least one histogram");
        }
        int n = cost.rows();
        double[][] copy = new double[histograms.length][];
        double firstMass = 0;
        for (int k = 0; k < histograms.length; k++) {
            String name = "histograms[" + k + "]";
            double mass = Checks.requireWeights(name, histograms[k], n, "the cost has " + n + " rows");
            if (k == 0) {
                firstMass = mass;
            } else if (Math.abs(mass - firstMass) > LinearProblem.MASS_TOLERANCE * Math.max(mass, firstMass)) {
                throw new IllegalArgumentException(name + " has total mass " + mass + " but histograms[0] has "
                        + firstMass + "; all inputs need the same mass");
            }
            copy[k] = histograms[k].clone();
        }
        if (weights == null || weights.length != histograms.length) {
            throw new IllegalArgumentException("weights has " + (weights == null ? 0 : weights.length)
                    + " entries but there are " + histograms.length + " histograms");
        }
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            if (!Double.isFinite(weights[k]) || weights[k] < 0) {
                throw new IllegalArgumentException("weights[" + k + "] must be finite and >= 0, got " + weights[k]);
            }
            sum += weights[k];
        }
        if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
            throw new IllegalArgumentException("weights sum to " + sum + " but must sum to 1");
        }
        histograms = copy;
        weights = weights.clone();
    }

    /**
     * @param cost the {@code n × n} ground cost
     * @param histograms one histogram per row
     * @param weights barycentric weights, or null for {@code 1/K} each
     * @return the problem
     * @throws IllegalArgumentException on invalid input
     */
    public static BarycenterProblem of(Geometry cost, double[][] histograms, double[] weights) {
        if (histograms == null || histograms.length == 0) {
            throw new IllegalArgumentException("histograms must hold at least one histogram");
        }
        return new BarycenterProblem(cost, histograms,
                weights == null ? LinearProblem.uniformWeights(histograms.length) : weights);
    }

    /**
     * Histograms on points of the real line with the squared distance {@code (x_i - x_j)²} as
     * cost (POT's {@code ot.utils.dist0}, before normalization).
     *
     * @param positions the n support points, finite
     * @param histograms one histogram of length n per row
     * @param weights barycentric weights, or null for uniform
     * @return the problem
     * @throws IllegalArgumentException on invalid input
     */
    public static BarycenterProblem onLine(double[] positions, double[][] histograms, double[] weights) {
        if (positions == null || positions.length == 0) {
            throw new IllegalArgumentException("positions must hold at least one point");
        }
        Checks.requireFinite("positions", positions);
        int n = positions.length;
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = positions[i] - positions[j];
                c[i * n + j] = d * d;
            }
        }
        return of(Geometry.dense(n, n, c), histograms, weights);
    }

    /** @return the support size n */
    public int size() {
        return cost.rows();
    }

    /** @return the number of input histograms K */
    public int count() {
        return histograms.length;
    }

    /** @return a copy of the histograms, one per row */
    @Override
    public double[][] histograms() {
        double[][] out = new double[histograms.length][];
        for (int k = 0; k < out.length; k++) {
            out[k] = histograms[k].clone();
        }
        return out;
    }

    /**
     * @param k input index
     * @return a copy of histogram k
     */
    public double[] histogram(int k) {
        return histograms[k].clone();
    }

    /** @return a copy of the weights */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BarycenterProblem p && p.cost.equals(cost) && Arrays.deepEquals(p.histograms, histograms)
                && Arrays.equals(p.weights, weights);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * cost.hashCode() + Arrays.deepHashCode(histograms)) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "BarycenterProblem[" + histograms.length + " histograms on " + cost.rows() + " points]";
    }
}
