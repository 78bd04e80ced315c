package io.github.ot4j.problem;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.Checks;

import java.util.Arrays;

/**
 * A partial transport problem: move exactly {@code mass} units from {@code a} to {@code b}
 * (which may have different total masses) at least cost,
 * <pre>
 *   min &lt;P, C&gt;  over  P &gt;= 0,  P 1 &lt;= a,  Pᵀ 1 &lt;= b,  1ᵀ P 1 = mass
 * </pre>
 * (Caffarelli &amp; McCann 2010; Figalli 2010; computational: Chapel, Alaya &amp; Gasso 2020,
 * arXiv:2002.08276; entropic: Benamou et al. 2015, arXiv:1412.5154).
 *
 * <p>Validation happens once, here: weights finite, non-negative, with positive total, lengths
 * matching the cost, and {@code 0 < mass <= min(|a|, |b|)}. Arrays are copied in and out.
 *
 * @param cost the {@code n × m} cost
 * @param a source weights, length n
 * @param b target weights, length m
 * @param mass the mass to transport
 */
public record PartialProblem(Geometry cost, double[] a, double[] b, double mass) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException naming the bad argument and value
     */
    public PartialProblem {
        if (cost == null) {
            throw new IllegalArgumentException("cost must not be null");
        }
        double massA = Checks.requireWeights("a", a, cost.rows(), "the cost has " + cost.rows() + " rows");
        double massB = Checks.requireWeights("b", b, cost.cols(), "the cost has " + cost.cols() + " columns");
        double limit = Math.min(massA, massB);
        if (!(mass > 0) || !(mass <= limit * (1 + 1e-12))) {
            throw new IllegalArgumentException("mass must be in (0, min(|a|, |b|)] = (0, " + limit + "], got " + mass);
        }
        a = a.clone();
        b = b.clone();
    }

    /**
     * @param cost the cost
     * @param a source weights, or null for uniform ({@code 1/n} each)
     * @param b target weights, or null for uniform
     * @param mass the mass to transport
     * @return the problem
     * @throws IllegalArgumentException on invalid input
     */
    public static PartialProblem of(Geometry cost, double[] a, double[] b, double mass) {
        if (cost == null) {
            throw new IllegalArgumentException("cost must not be null");
        }
        return new PartialProblem(cost, a == null ? LinearProblem.uniformWeights(cost.rows()) : a,
                b == null ? LinearProblem.uniformWeights(cost.cols()) : b, mass);
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

    /** @return number of source points */
    public int rows() {
        return cost.rows();
    }

    /** @return number of target points */
    public int cols() {
        return cost.cols();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialProblem p && p.cost.equals(cost) && Arrays.equals(p.a, a) && Arrays.equals(p.b, b)
                && p.mass == mass;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * cost.hashCode() + Arrays.hashCode(a)) + Arrays.hashCode(b)) + Double.hashCode(mass);
    }

    @Override
    public String toString() {
        return "PartialProblem[" + rows() + " x " + cols() + ", mass=" + mass + "]";
    }
}
