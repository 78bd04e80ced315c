package io.github.ot4j.problem;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Checks;

import java.util.Arrays;
import java.util.Objects;

/**
 * A (fused) Gromov-Wasserstein problem: couple the source measure {@code a} on a space known only
 * through its intra-domain costs {@code C1} ({@code n × n}) with the target measure {@code b}
 * known through {@code C2} ({@code m × m}), minimizing
 * <pre>
 *   (1 - α) &lt;M, T&gt; + α GW(T),   GW(T) = Σ_{i,j,k,l} L(C1_ik, C2_jl) T_ij T_kl
 * </pre>
 * over plans {@code T} with marginals {@code a, b}. Without a feature cost {@code M} the problem
 * is pure Gromov-Wasserstein ({@code α = 1}; Mémoli 2011; Peyré, Cuturi &amp; Solomon 2016); with one
 * it is fused Gromov-Wasserstein (Vayer, Chapel, Flamary, Tavenard &amp; Courty 2019,
 * arXiv:1805.09114), where {@code α} trades the feature cost against the structure.
 *
 * <p>Validation happens once, here: the cost matrices must be square with one row per weight,
 * the weights finite, non-negative, with positive and equal total masses (to within
 * {@link LinearProblem#MASS_TOLERANCE} relative), the feature cost {@code n × m}, {@code α} in
 * {@code [0, 1]} (exactly 1 without a feature cost), and for {@link GromovLoss#KL} both cost
 * matrices non-negative. Weight arrays are copied in and out; {@link Matrix} and
 * {@link Geometry} are immutable.
 *
 * @param sourceCost {@code C1}, the {@code n × n} cost between source points
 * @param targetCost {@code C2}, the {@code m × m} cost between target points
 * @param a source weights, length n
 * @param b target weights, length m
 * @param featureCost {@code M}, the {@code n × m} cost between source and target features, or
 *     null for pure Gromov-Wasserstein
 * @param alpha weight of the structure term in {@code [0, 1]}
 * @param loss how two intra-domain costs are compared
 */
public record QuadraticProblem(Matrix sourceCost, Matrix targetCost, double[] a, double[] b, Geometry featureCost,
                               double alpha, GromovLoss loss) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException naming the bad argument and value
     */
    public QuadraticProblem {
        if (sourceCost == null || targetCost == null) {
            throw new IllegalArgumentException("sourceCost and targetCost must not be null");
        }
        if (sourceCost.rows() != sourceCost.cols()) {
            throw new IllegalArgumentException("sourceCost must be square, got " + sourceCost.rows() + " x "
                    + sourceCost.cols());
        }
        if (targetCost.rows() != targetCost.cols()) {
            throw new IllegalArgumentException("targetCost must be square, got " + targetCost.rows() + " x "
                    + targetCost.cols());
        }
        if (loss == null) {
            throw new IllegalArgumentException("loss must not be null");
        }
        int n = sourceCost.rows();
        int m = targetCost.rows();
        double massA = Checks.requireWeights("a", a, n, "sourceCost has " + n + " rows");
        double massB = Checks.requireWeights("b", b, m, "targetCost has " + m + " rows");
        if (Math.abs(massA - massB) > LinearProblem.MASS_TOLERANCE * Math.max(massA, massB)) {
            throw new IllegalArgumentException("a has total mass " + massA + " but b has " + massB
                    + "; Gromov-Wasserstein needs equal masses");
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1], got " + alpha);
        }
        if (featureCost == null && alpha != 1) {
            throw new IllegalArgumentException("alpha must be 1 without a feature cost, got " + alpha);
        }
        if (featureCost != null && (featureCost.rows() != n || featureCost.cols() != m)) {
            throw new IllegalArgumentException("featureCost is " + featureCost.rows() + " x " + featureCost.cols()
                    + " but the problem is " + n + " x " + m);
        }
        if (loss == GromovLoss.KL) {
            requireNonNegative("sourceCost", sourceCost);
            requireNonNegative("targetCost", targetCost);
        }
        a = a.clone();
        b = b.clone();
    }

    private static void requireNonNegative(String name, Matrix c) {
        for (int i = 0; i < c.rows(); i++) {
            for (int j = 0; j < c.cols(); j++) {
                double v = c.get(i, j);
                if (v < 0) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] is negative (" + v
                            + ") but the KL loss needs non-negative costs");
                }
            }
        }
    }

    /**
     * Pure Gromov-Wasserstein with the square loss.
     *
     * @param sourceCost {@code C1}, {@code n × n}
     * @param targetCost {@code C2}, {@code m × m}
     * @param a source weights, or null for uniform
     * @param b target weights, or null for uniform
     * @return the problem
     * @throws IllegalArgumentException on invalid input
     */
    public static QuadraticProblem of(Matrix sourceCost, Matrix targetCost, double[] a, double[] b) {
        if (sourceCost == null || targetCost == null) {
            throw new IllegalArgumentException("sourceCost and targetCost must not be null");
        }
        return new QuadraticProblem(sourceCost, targetCost, weightsOrUniform(a, sourceCost.rows()),
                weightsOrUniform(b, targetCost.rows()), null, 1, GromovLoss.SQUARE);
    }

    /**
     * Pure Gromov-Wasserstein with the square loss, from arrays (copied).
     *
     * @param sourceCost {@code C1}, {@code n × n}
     * @param targetCost {@code C2}, {@code m × m}
     * @param a source weights, or null for uniform
     * @param b target weights, or null for uniform
     * @return the problem
     * @throws IllegalArgumentException on invalid input
     */
    public static QuadraticProblem of(double[][] sourceCost, double[][] targetCost, double[] a, double[] b) {
        return of(Matrix.of("sourceCost", sourceCost), Matrix.of("targetCost", targetCost), a, b);
    }

    /**
     * Fused Gromov-Wasserstein with the square loss.
     *
     * @param featureCost {@code M}, {@code n × m}
     * @param sourceCost {@code C1}, {@code n × n}
     * @param targetCost {@code C2}, {@code m × m}
     * @param a source weights, or null for uniform
     * @param b target weights, or null for uniform
     * @param alpha weight of the structure term, in {@code [0, 1]}
     * @return the problem
     * @throws IllegalArgumentException on invalid input
     */
    public static QuadraticProblem fused(Geometry featureCost, Matrix sourceCost, Matrix targetCost, double[] a,
                                         double[] b, double alpha) {
        if (featureCost == null) {
            throw new IllegalArgumentException("featureCost must not be null for fused Gromov-Wasserstein");
        }
        if (sourceCost == null || targetCost == null) {
            throw new IllegalArgumentException("sourceCost and targetCost must not be null");
        }
        return new QuadraticProblem(sourceCost, targetCost, weightsOrUniform(a, sourceCost.rows()),
                weightsOrUniform(b, targetCost.rows()), featureCost, alpha, GromovLoss.SQUARE);
    }

    private static double[] weightsOrUniform(double[] w, int n) {
        return w == null ? LinearProblem.uniformWeights(n) : w;
    }

    /**
     * @param v the loss
     * @return a copy with another loss
     */
    public QuadraticProblem withLoss(GromovLoss v) {
        return new QuadraticProblem(sourceCost, targetCost, a, b, featureCost, alpha, v);
    }

    /**
     * @param v the structure weight, in {@code [0, 1]}
     * @return a copy with another {@code α}
     */
    public QuadraticProblem withAlpha(double v) {
        return new QuadraticProblem(sourceCost, targetCost, a, b, featureCost, v, loss);
    }

    /** @return number of source points n */
    public int rows() {
        return sourceCost.rows();
    }

    /** @return number of target points m */
    public int cols() {
        return targetCost.rows();
    }

    /** @return true when a feature cost is present */
    public boolean isFused() {
        return featureCost != null;
    }

    /** @return a copy of the source weights */
    @Override
    public double[] a() {
        return a.clone();
    }

    /** @return a copy of the target weights */
    @Override
    public double[] b() {
        return b.clone();
    }

    /**
     * The linear part as a problem: the feature cost (or a zero cost) with the same marginals.
     *
     * @return the linear problem
     */
    public LinearProblem linearProblem() {
        Geometry g = featureCost != null ? featureCost : Geometry.dense(rows(), cols(), new double[rows() * cols()]);
        return LinearProblem.of(g, a, b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuadraticProblem p && p.sourceCost.equals(sourceCost) && p.targetCost.equals(targetCost)
                && Arrays.equals(p.a, a) && Arrays.equals(p.b, b) && Objects.equals(p.featureCost, featureCost)
                && p.alpha == alpha && p.loss == loss;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceCost, targetCost, Arrays.hashCode(a), Arrays.hashCode(b), featureCost, alpha, loss);
    }

    @Override
    public String toString() {
        return "QuadraticProblem[" + rows() + " x " + cols() + ", " + loss + (isFused() ? ", alpha=" + alpha : "") + "]";
    }
}
