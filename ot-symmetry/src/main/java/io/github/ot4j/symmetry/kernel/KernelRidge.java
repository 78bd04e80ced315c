package io.github.ot4j.symmetry.kernel;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Checks;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.symmetry.group.FiniteGroup;
import io.github.ot4j.symmetry.internal.DenseAlgebra;

/**
 * Kernel ridge regression: the minimizer over the RKHS {@code H} of {@code k} of
 * <pre>
 *   (1/n) Σ_i (f(x_i) - y_i)² + λ |f|²_H ,
 * </pre>
 * which is {@code f(x) = Σ_i α_i k(x, x_i)} with {@code α = (K + n λ I)⁻¹ y} (representer
 * theorem). The system is solved by ojAlgo's Cholesky factorization (LU if rounding makes the
 * matrix numerically indefinite); cost {@code O(n³)}, memory {@code O(n²)}.
 *
 * <p>With a {@link GroupAveragedKernel} this is invariant kernel ridge regression
 * ({@link #invariant(RadialKernel, FiniteGroup, double)}): the predictor is {@code G}-invariant
 * and equals plain ridge regression on the orbit-augmented data, at the cost of an {@code n × n}
 * instead of an {@code n|G| × n|G|} system. Tahmasebi &amp; Jegelka (NeurIPS 2023,
 * arXiv:2303.14269): a finite group multiplies the effective sample size by {@code |G|}.
 *
 * <p>The solver is configured once and is stateless and thread-safe.
 */
public final class KernelRidge {

    private final Kernel kernel;
    private final double lambda;

    /**
     * @param kernel a symmetric positive semidefinite kernel
     * @param lambda regularization {@code λ > 0}, finite
     * @throws IllegalArgumentException if the kernel is null or {@code λ} is not positive and finite
     */
    public KernelRidge(Kernel kernel, double lambda) {
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must not be null");
        }
        if (!(lambda > 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda must be > 0 and finite, got " + lambda);
        }
        this.kernel = kernel;
        this.lambda = lambda;
    }

    /**
     * Invariant kernel ridge regression with {@code k_G = GroupAveragedKernel.of(base, group)}.
     *
     * @param base radial kernel
     * @param group finite orthogonal group
     * @param lambda regularization {@code λ > 0}
     * @return the solver
     * @throws IllegalArgumentException if an argument is null or {@code λ <= 0}
     */
    public static KernelRidge invariant(RadialKernel base, FiniteGroup group, double lambda) {
        return new KernelRidge(GroupAveragedKernel.of(base, group), lambda);
    }

    /** @return the kernel */
    public Kernel kernel() {
        return kernel;
    }

    /** @return {@code λ} */
    public double lambda() {
        return lambda;
    }

    /**
     * Fits the regression.
     *
     * @param x {@code n × d} training inputs, one per row
     * @param y {@code n} finite targets; not modified
     * @return the fitted model
     * @throws IllegalArgumentException if {@code y} has the wrong length or a non-finite entry,
     *     or the kernel rejects the inputs' dimension
     * @throws ArithmeticException if the regularized system is singular (not for a positive
     *     semidefinite kernel)
     */
    public KernelRidgeModel fit(Matrix x, double[] y) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (y == null || y.length != x.rows()) {
            throw new IllegalArgumentException("y has " + (y == null ? 0 : y.length) + " entries but x has "
                    + x.rows() + " rows");
        }
        Checks.requireFinite("y", y);
        int n = x.rows();
        double[] k = RawAccess.data(kernel.gram(x)).clone();
        double shift = n * lambda;
        for (int i = 0; i < n; i++) {
            k[i * n + i] += shift;
        }
        double[] alpha = DenseAlgebra.solveSymmetric(k, n, y, 1);
        return new KernelRidgeModel(kernel, lambda, x, alpha);
    }

    @Override
    public String toString() {
        return "KernelRidge[" + kernel.name() + ", lambda=" + lambda + "]";
    }
}
