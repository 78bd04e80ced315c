package io.github.ot4j.symmetry.kernel;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;

/**
 * A fitted kernel ridge regression {@code f(x) = Σ_i α_i k(x, x_i)} (see {@link KernelRidge}).
 * Immutable and thread-safe.
 *
 * @param kernel the kernel
 * @param lambda the regularization it was fitted with
 * @param trainingPoints the {@code n × d} inputs {@code x_i}
 * @param coefficients the {@code n} coefficients {@code α_i} (copied in and out)
 */
public record KernelRidgeModel(Kernel kernel, double lambda, Matrix trainingPoints, double[] coefficients) {

    /**
     * Validates and copies.
     *
     * @param kernel the kernel
     * @param lambda the regularization it was fitted with
     * @param trainingPoints the {@code n × d} inputs {@code x_i}
     * @param coefficients the {@code n} coefficients {@code α_i} (copied in and out)
     * @throws IllegalArgumentException if an argument is null or the shapes disagree
     */
    public KernelRidgeModel {
        if (kernel == null || trainingPoints == null || coefficients == null) {
            throw new IllegalArgumentException("kernel, trainingPoints and coefficients must not be null");
        }
        if (coefficients.length != trainingPoints.rows()) {
            throw new IllegalArgumentException("coefficients has " + coefficients.length + " entries but trainingPoints has "
                    + trainingPoints.rows() + " rows");
        }
        coefficients = coefficients.clone();
    }

    /** @return a copy of the coefficients {@code α} */
    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** @return the input dimension {@code d} */
    public int dimension() {
        return trainingPoints.cols();
    }

    /**
     * @param x a point of dimension {@code d}; not modified
     * @return {@code f(x)}
     * @throws IllegalArgumentException if {@code x} has the wrong dimension
     */
    public double predict(double[] x) {
        if (x == null || x.length != dimension()) {
            throw new IllegalArgumentException("x has " + (x == null ? 0 : x.length) + " entries but the model was fitted in "
                    + "dimension " + dimension());
        }
        return predict(Matrix.of(1, x.length, x))[0];
    }

    /**
     * @param x {@code m × d} points
     * @return {@code f(x_j)} for each row
     * @throws IllegalArgumentException if {@code x} has the wrong dimension
     */
    public double[] predict(Matrix x) {
        if (x == null || x.cols() != dimension()) {
            throw new IllegalArgumentException("x has dimension " + (x == null ? 0 : x.cols())
                    + " but the model was fitted in dimension " + dimension());
        }
        double[] k = RawAccess.data(kernel.cross(x, trainingPoints));
        int m = x.rows();
        int n = coefficients.length;
        double[] out = new double[m];
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += k[j * n + i] * coefficients[i];
            }
            out[j] = s;
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KernelRidgeModel r && r.kernel.equals(kernel) && r.lambda == lambda
                && r.trainingPoints.equals(trainingPoints) && java.util.Arrays.equals(r.coefficients, coefficients);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kernel, lambda, trainingPoints) * 31 + java.util.Arrays.hashCode(coefficients);
    }

    @Override
    public String toString() {
        return "KernelRidgeModel[" + kernel.name() + ", n=" + coefficients.length + ", lambda=" + lambda + "]";
    }
}
