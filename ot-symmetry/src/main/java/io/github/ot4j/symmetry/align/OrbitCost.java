package io.github.ot4j.symmetry.align;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.symmetry.group.FiniteGroup;

/**
 * The orbit cost {@code c_G(x, y) = min_g c(x, g y)} of a ground cost {@code c} under a finite
 * orthogonal group {@code G}: the cost of moving {@code x} to the nearest copy of {@code y}.
 * It is an ordinary {@link CostFunction}, so every ot-core solver accepts it, either through
 * {@link Geometry#pointCloud(Matrix, Matrix, CostFunction)} (evaluated pair by pair) or, faster,
 * through {@link #geometry(Matrix, Matrix)}, which precomputes the orbit of the targets once and
 * reuses the base cost's row kernels.
 *
 * <p><b>Transport with an orbit cost.</b> When {@code c} is {@code G}-invariant
 * ({@code c(g x, g y) = c(x, y)}, true for the squared Euclidean, Euclidean and cosine costs under
 * any orthogonal group, and for Minkowski costs under permutations and sign flips), exact optimal
 * transport between {@code μ} and {@code ν} under {@code c_G} has the same value as exact optimal
 * transport under {@code c} between the symmetrized measures {@code (1/|G|) Σ_g g#μ} and
 * {@code (1/|G|) Σ_g g#ν} ({@link FiniteGroup#symmetrize(Matrix)}): a plan for one gives a plan of
 * equal cost for the other (checked to {@code 1e-9} with ot-core's network simplex for dihedral
 * groups). The orbit problem is {@code |G|²} times smaller. This is OT on the quotient space
 * {@code R^d / G}, where the orbit cost is the quotient cost.
 *
 * <p>The orbit distance is a sound transport cost but must not be turned into a kernel by
 * exponentiation; see {@link io.github.ot4j.symmetry.kernel.GroupAveragedKernel}.
 */
public final class OrbitCost implements CostFunction {

    private final CostFunction base;
    private final FiniteGroup group;

    private OrbitCost(CostFunction base, FiniteGroup group) {
        this.base = base;
        this.group = group;
    }

    /**
     * @param base the ground cost {@code c}
     * @param group the group {@code G}
     * @return {@code c_G}
     * @throws IllegalArgumentException if an argument is null
     */
    public static OrbitCost of(CostFunction base, FiniteGroup group) {
        if (base == null || group == null) {
            throw new IllegalArgumentException("base cost and group must not be null");
        }
        return new OrbitCost(base, group);
    }

    /** @return the ground cost {@code c} */
    public CostFunction base() {
        return base;
    }

    /** @return the group {@code G} */
    public FiniteGroup group() {
        return group;
    }

    /**
     * @param x a point of {@code R^d}, {@code d} the group's dimension
     * @param y a point of {@code R^d}
     * @return {@code min_g c(x, g y)}
     * @throws IllegalArgumentException if a point does not have {@code d} entries
     */
    @Override
    public double cost(double[] x, double[] y) {
        requireDimension(x == null ? -1 : x.length, y == null ? -1 : y.length);
        return cost(x, 0, y, 0, x.length);
    }

    /**
     * @throws IllegalArgumentException if {@code dimension} is not the group's dimension
     */
    @Override
    public double cost(double[] xs, int xOffset, double[] ys, int yOffset, int dimension) {
        requireDimension(dimension, dimension);
        double[] gy = new double[dimension];
        double best = Double.POSITIVE_INFINITY;
        for (int g = 0; g < group.order(); g++) {
            group.apply(g, ys, yOffset, gy, 0);
            double c = base.cost(xs, xOffset, gy, 0, dimension);
            if (c < best) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The element achieving the minimum (the smallest index among ties).
     *
     * @param x a point of {@code R^d}
     * @param y a point of {@code R^d}
     * @return {@code argmin_g c(x, g y)}
     * @throws IllegalArgumentException if a point does not have {@code d} entries
     */
    public int bestElement(double[] x, double[] y) {
        requireDimension(x == null ? -1 : x.length, y == null ? -1 : y.length);
        int d = x.length;
        double[] gy = new double[d];
        double best = Double.POSITIVE_INFINITY;
        int arg = 0;
        for (int g = 0; g < group.order(); g++) {
            group.apply(g, y, 0, gy, 0);
            double c = base.cost(x, 0, gy, 0, d);
            if (c < best) {
                best = c;
                arg = g;
            }
        }
        return arg;
    }

    /**
     * A matrix-free geometry {@code C_ij = c_G(x_i, y_j)} that stores the orbit of the targets
     * ({@code |G| m} points) and computes each row as the minimum of {@code |G|} rows of the base
     * cost, using its fast row kernel when it is a built-in cost.
     *
     * @param x {@code n × d} source points
     * @param y {@code m × d} target points
     * @return the geometry
     * @throws IllegalArgumentException if the points do not have the group's dimension
     */
    public OrbitGeometry geometry(Matrix x, Matrix y) {
        group.requirePoints("x", x);
        group.requirePoints("y", y);
        return new OrbitGeometry(x, y, this);
    }

    @Override
    public String name() {
        return base.name() + " orbit under " + group.name();
    }

    @Override
    public String toString() {
        return "OrbitCost[" + name() + "]";
    }

    private void requireDimension(int dx, int dy) {
        int d = group.dimension();
        if (dx != d || dy != d) {
            throw new IllegalArgumentException("points have dimensions " + dx + " and " + dy + " but the group "
                    + group.name() + " acts on R^" + d);
        }
    }
}
