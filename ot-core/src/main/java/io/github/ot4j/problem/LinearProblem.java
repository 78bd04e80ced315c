package io.github.ot4j.problem;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.Checks;

import java.util.Arrays;

/**
 * A linear optimal-transport problem: move the source measure {@code a} (one weight per row of
 * the geometry) onto the target measure {@code b} (one per column) at cost {@code C}.
 *
 * <p>{@code tauA} and {@code tauB} relax the marginal constraints for unbalanced transport with a
 * KL penalty, following Chizat et al. (2018, arXiv:1607.05816) and OTT-JAX: {@code tau = 1} keeps
 * the constraint exact (balanced), {@code tau < 1} replaces it by a penalty
 * {@code rho KL(P 1 | a)} with {@code tau = rho / (rho + epsilon)} (see {@link #tau}). POT's
 * {@code reg_m} is {@code rho}.
 *
 * <p>Validation happens once, here: weights must be finite, non-negative, with positive total
 * mass and lengths matching the geometry; a balanced problem's two masses must agree to within
 * {@link #MASS_TOLERANCE} relative. Arrays are copied in and out.
 *
 * @param geometry the cost
 * @param a source weights, length {@code geometry.rows()}
 * @param b target weights, length {@code geometry.cols()}
 * @param tauA source relaxation in {@code (0, 1]}; 1 is balanced
 * @param tauB target relaxation in {@code (0, 1]}; 1 is balanced
 */
public record LinearProblem(Geometry geometry, double[] a, double[] b, double tauA, double tauB) {

    /** Relative tolerance on {@code |sum a - sum b|} for balanced problems. */
    public static final double MASS_TOLERANCE = 1e-6;

    /**
     * Validates and copies the arguments.
     *
     * @throws IllegalArgumentException naming the bad argument and value
     */
    public LinearProblem {
        if (geometry == null) {
            throw new IllegalArgumentException("geometry must not be null");
        }
        double massA = Checks.requireWeights("a", a, geometry.rows(), "the cost has " + geometry.rows() + " rows");
        double massB = Checks.requireWeights("b", b, geometry.cols(), "the cost has " + geometry.cols() + " columns");
        if (!(tauA > 0 && tauA <= 1)) {
            throw new IllegalArgumentException("tauA must be in (0, 1], got " + tauA);
        }
        if (!(tauB > 0 && tauB <= 1)) {
            throw new IllegalArgumentException("tauB must be in (0, 1], got " + tauB);
        }
        if (tauA == 1 && tauB == 1 && Math.abs(massA - massB) > MASS_TOLERANCE * Math.max(massA, massB)) {
            throw new IllegalArgumentException("a has total mass " + massA + " but b has " + massB
                    + "; a balanced problem needs equal masses (or use withRelaxation for unbalanced transport)");
        }
        a = a.clone();
        b = b.clone();
    }

    /**
     * A balanced problem with uniform weights {@code 1/n} and {@code 1/m}.
     *
     * @param geometry the cost
     * @return the problem
     */
    public static LinearProblem uniform(Geometry geometry) {
        if (geometry == null) {
            throw new IllegalArgumentException("geometry must not be null");
        }
        return new LinearProblem(geometry, uniformWeights(geometry.rows()), uniformWeights(geometry.cols()), 1, 1);
    }

    /**
     * A balanced problem with the given weights; a null weight vector means uniform.
     *
     * @param geometry the cost
     * @param a source weights or null
     * @param b target weights or null
     * @return the problem
     */
    public static LinearProblem of(Geometry geometry, double[] a, double[] b) {
        if (geometry == null) {
            throw new IllegalArgumentException("geometry must not be null");
        }
        return new LinearProblem(geometry,
                a == null ? uniformWeights(geometry.rows()) : a,
                b == null ? uniformWeights(geometry.cols()) : b, 1, 1);
    }

    /**
     * {@code n} weights equal to {@code 1/n}.
     *
     * @param n count, at least 1
     * @return the weights
     */
    public static double[] uniformWeights(int n) {
        Checks.requireAtLeast("n", n, 1);
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        return w;
    }

    /**
     * The relaxation {@code tau = rho / (rho + epsilon)} for a KL marginal penalty of weight
     * {@code rho} at regularization {@code epsilon}; {@code rho = +inf} gives 1 (balanced).
     *
     * @param rho penalty weight, {@code > 0} (may be infinite)
     * @param epsilon entropic regularization, {@code > 0}
     * @return tau in {@code (0, 1]}
     */
    public static double tau(double rho, double epsilon) {
        if (!(rho > 0)) {
            throw new IllegalArgumentException("rho must be > 0, got " + rho);
        }
        Checks.requirePositive("epsilon", epsilon);
        return Double.isInfinite(rho) ? 1.0 : rho / (rho + epsilon);
    }

    /**
     * @param tauA new source relaxation
     * @param tauB new target relaxation
     * @return a copy with the given relaxations
     */
    public LinearProblem withRelaxation(double tauA, double tauB) {
        return new LinearProblem(geometry, a, b, tauA, tauB);
    }

    /**
     * @param geometry new geometry of the same shape
     * @return a copy with another cost
     */
    public LinearProblem withGeometry(Geometry geometry) {
        return new LinearProblem(geometry, a, b, tauA, tauB);
    }

    /** @return true when both marginal constraints are exact */
    public boolean isBalanced() {
        return tauA == 1 && tauB == 1;
    }

    /** @return number of source points */
    public int rows() {
        return geometry.rows();
    }

    /** @return number of target points */
    public int cols() {
        return geometry.cols();
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

    /** @return the total source mass */
    public double massA() {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    /** @return the total target mass */
    public double massB() {
        double s = 0;
        for (double v : b) {
            s += v;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearProblem p && p.geometry.equals(geometry) && Arrays.equals(p.a, a)
                && Arrays.equals(p.b, b) && p.tauA == tauA && p.tauB == tauB;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * geometry.hashCode() + Arrays.hashCode(a)) + Arrays.hashCode(b);
    }

    @Override
    public String toString() {
        return "LinearProblem[" + geometry.rows() + " x " + geometry.cols() + ", tauA=" + tauA + ", tauB=" + tauB + "]";
    }
}
