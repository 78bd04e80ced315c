package io.github.ot4j.geometry;

import io.github.ot4j.internal.Checks;

import java.util.function.ToDoubleBiFunction;

/**
 * A ground cost {@code c(x, y)} between two points of the same dimension.
 *
 * <p>The built-in costs ({@link #squaredEuclidean()}, {@link #euclidean()}, {@link #cosine()},
 * {@link #minkowski(double)}) have fast row kernels used by {@link PointCloudGeometry}; a cost
 * made with {@link #of(String, ToDoubleBiFunction)} works everywhere too, at the speed of the
 * lambda. Implementations must be thread-safe and must not modify their arguments.
 */
public interface CostFunction {

    /**
     * @param x a point; not modified
     * @param y a point of the same dimension; not modified
     * @return {@code c(x, y)}
     */
    double cost(double[] x, double[] y);

    /**
     * The cost between {@code xs[xOffset .. xOffset+dimension)} and
     * {@code ys[yOffset .. yOffset+dimension)}. The default copies the two slices and calls
     * {@link #cost(double[], double[])}.
     *
     * @param xs array holding x
     * @param xOffset start of x
     * @param ys array holding y
     * @param yOffset start of y
     * @param dimension dimension of both points
     * @return {@code c(x, y)}
     */
    default double cost(double[] xs, int xOffset, double[] ys, int yOffset, int dimension) {
        double[] x = java.util.Arrays.copyOfRange(xs, xOffset, xOffset + dimension);
        double[] y = java.util.Arrays.copyOfRange(ys, yOffset, yOffset + dimension);
        return cost(x, y);
    }

    /** @return a short name for messages and output, e.g. {@code "sqeuclidean"} */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * Squared Euclidean cost {@code |x - y|²} (POT's {@code ot.dist} default).
     *
     * @return the cost
     */
    static CostFunction squaredEuclidean() {
        return BuiltinCost.SquaredEuclidean.INSTANCE;
    }

    /**
     * Euclidean cost {@code |x - y|} (scikit-learn's {@code pairwise_distances}; InfoOT's cross cost).
     *
     * @return the cost
     */
    static CostFunction euclidean() {
        return BuiltinCost.Euclidean.INSTANCE;
    }

    /**
     * Cosine cost {@code 1 - <x, y> / (|x| |y|)}, in {@code [0, 2]}. A zero vector has cosine
     * similarity 0 with everything, so its cost is 1.
     *
     * @return the cost
     */
    static CostFunction cosine() {
        return BuiltinCost.Cosine.INSTANCE;
    }

    /**
     * Minkowski cost {@code (Σ |x_k - y_k|^p)^(1/p)}, a metric for {@code p >= 1}.
     *
     * @param p the order, finite and {@code >= 1}
     * @return the cost
     * @throws IllegalArgumentException if {@code p < 1} or not finite
     */
    static CostFunction minkowski(double p) {
        if (!(p >= 1) || !Double.isFinite(p)) {
            throw new IllegalArgumentException("p must be >= 1 and finite, got " + p);
        }
        if (p == 2) {
            return euclidean();
        }
        return new BuiltinCost.Minkowski(p);
    }

    /**
     * A user-supplied cost.
     *
     * @param name a short name for output
     * @param cost the function; must be thread-safe, must not modify its arguments, and should
     *     return finite values (solvers reject non-finite costs)
     * @return the cost
     * @throws IllegalArgumentException if an argument is null
     */
    static CostFunction of(String name, ToDoubleBiFunction<double[], double[]> cost) {
        if (name == null || cost == null) {
            throw new IllegalArgumentException("name and cost must not be null");
        }
        return new CostFunction() {
            @Override
            public double cost(double[] x, double[] y) {
                return cost.applyAsDouble(x, y);
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String toString() {
                return "CostFunction[" + name + "]";
            }
        };
    }

    /**
     * Looks up a built-in cost by name: {@code sqeuclidean}, {@code euclidean}, {@code cosine},
     * {@code cityblock} (Minkowski p = 1), or {@code minkowski:P}.
     *
     * @param name the name
     * @return the cost
     * @throws IllegalArgumentException for an unknown name
     */
    static CostFunction byName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("metric must not be null");
        }
        switch (name) {
            case "sqeuclidean":
                return squaredEuclidean();
            case "euclidean":
                return euclidean();
            case "cosine":
                return cosine();
            case "cityblock":
                return minkowski(1);
            default:
                if (name.startsWith("minkowski:")) {
                    try {
                        return minkowski(Double.parseDouble(name.substring("minkowski:".length())));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("metric '" + name + "' has no valid order after 'minkowski:'");
                    }
                }
                throw new IllegalArgumentException("unknown metric '" + name
                        + "'; expected sqeuclidean, euclidean, cosine, cityblock or minkowski:P");
        }
    }

    /**
     * Computes the full {@code n × m} cost matrix between two point sets.
     *
     * @param x source points, one per row
     * @param y target points, one per row, same dimension as {@code x}
     * @return the row-major cost matrix, as a {@link DenseGeometry}
     * @throws IllegalArgumentException if the dimensions differ or a cost is not finite
     */
    default DenseGeometry pairwise(Matrix x, Matrix y) {
        return new PointCloudGeometry(x, y, this).toDense();
    }

    /**
     * Internal: checks that two dimensions agree.
     *
     * @param x source
     * @param y target
     */
    static void requireSameDimension(Matrix x, Matrix y) {
        if (x.cols() != y.cols()) {
            throw new IllegalArgumentException("source points have dimension " + x.cols()
                    + " but target points have dimension " + y.cols());
        }
        Checks.requireAtLeast("dimension", x.cols(), 1);
    }
}
