package io.github.ot4j.symmetry.kernel;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.symmetry.group.FiniteGroup;

/**
 * The group-averaged kernel {@code k_G(x, y) = (1/|G|) Σ_g k(x, g y)} of a radial kernel
 * {@code k} under a finite orthogonal group {@code G}.
 *
 * <p><b>Properties.</b> Because {@code k} is radial and {@code G} acts orthogonally,
 * {@code k(g x, g y) = k(x, y)}. Then {@code k_G} is symmetric, positive semidefinite, and
 * invariant in each argument ({@code k_G(h x, y) = k_G(x, h y) = k_G(x, y)}); it is the
 * reproducing kernel of the subspace of {@code G}-invariant functions of the RKHS of {@code k},
 * with the inherited norm ({@code k_G(·, y)} is the orthogonal projection
 * {@code (1/|G|) Σ_g k(·, g y)} of {@code k(·, y)}). Kernel ridge regression with {@code k_G}
 * therefore returns exactly invariant predictors, and equals plain kernel ridge regression with
 * {@code k} on the data augmented by all {@code |G|} images of every point (same {@code λ}, loss
 * averaged over the {@code n |G|} augmented points). Tahmasebi &amp; Jegelka (NeurIPS 2023,
 * arXiv:2303.14269) show that this multiplies the effective number of samples by {@code |G|} for
 * a finite group.
 *
 * <p><b>Why not {@code exp(-d_G(x, y)² / 2h²)}.</b> The orbit distance
 * {@code d_G(x, y) = min_g |x - g y|} is a metric on the quotient {@code R^d / G}, which for
 * rotation groups is a cone, not a Euclidean space. By Schoenberg's theorem,
 * {@code exp(-t d²)} is positive semidefinite for every {@code t > 0} only when the metric embeds
 * isometrically in a Hilbert space; a cone with angle {@code 2π / k < 2π} does not, and Gram
 * matrices of that "kernel" have negative eigenvalues (for {@code C_3} on random planar points,
 * as low as {@code -0.39}; see the module tests and Feragen, Lauze &amp; Hauberg, CVPR 2015,
 * arXiv:1411.0296). Ridge regression with such a matrix can have a singular or indefinite system
 * and no RKHS interpretation. Averaging the kernel, not minimizing the distance, keeps positive
 * semidefiniteness for every group and bandwidth. (The minimum over the orbit is the right tool
 * for transport costs: see {@code io.github.ot4j.symmetry.align.OrbitCost}.)
 *
 * <p>Cost: {@code |G|} base-kernel evaluations per entry.
 */
public final class GroupAveragedKernel implements Kernel {

    private final RadialKernel base;
    private final FiniteGroup group;

    private GroupAveragedKernel(RadialKernel base, FiniteGroup group) {
        this.base = base;
        this.group = group;
    }

    /**
     * @param base the radial kernel to average
     * @param group the group; its orthogonal action makes {@code base} invariant
     * @return {@code k_G}
     * @throws IllegalArgumentException if an argument is null
     */
    public static GroupAveragedKernel of(RadialKernel base, FiniteGroup group) {
        if (base == null || group == null) {
            throw new IllegalArgumentException("base kernel and group must not be null");
        }
        return new GroupAveragedKernel(base, group);
    }

    /** @return the averaged kernel {@code k} */
    public RadialKernel base() {
        return base;
    }

    /** @return the group {@code G} */
    public FiniteGroup group() {
        return group;
    }

    /**
     * @param x a point of {@code R^d}, {@code d} the group's dimension
     * @param y a point of {@code R^d}
     * @return {@code k_G(x, y)}
     * @throws IllegalArgumentException if a point does not have {@code d} entries
     */
    @Override
    public double value(double[] x, double[] y) {
        int d = group.dimension();
        if (x == null || x.length != d || y == null || y.length != d) {
            throw new IllegalArgumentException("x and y must have " + d + " entries for " + group.name() + ", got "
                    + (x == null ? "null" : x.length) + " and " + (y == null ? "null" : y.length));
        }
        return value(x, 0, y, 0, d);
    }

    @Override
    public double value(double[] xs, int xOffset, double[] ys, int yOffset, int dimension) {
        int order = group.order();
        double[] gy = new double[dimension];
        double s = 0;
        for (int g = 0; g < order; g++) {
            group.apply(g, ys, yOffset, gy, 0);
            s += base.value(xs, xOffset, gy, 0, dimension);
        }
        return s / order;
    }

    /**
     * The Gram matrix, exactly symmetric, computed from the orbits of the points
     * ({@code |G| n² / 2} base evaluations).
     *
     * @param x {@code n × d}
     * @return {@code n × n}
     * @throws IllegalArgumentException if {@code x} does not have the group's dimension
     */
    @Override
    public Matrix gram(Matrix x) {
        group.requirePoints("x", x);
        int n = x.rows();
        int d = x.cols();
        int order = group.order();
        double[] xs = RawAccess.data(x);
        double[] orbit = RawAccess.data(group.symmetrize(x));
        double[] k = new double[Math.multiplyExact(n, n)];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double s = 0;
                for (int g = 0; g < order; g++) {
                    s += base.value(xs, i * d, orbit, (g * n + j) * d, d);
                }
                s /= order;
                k[i * n + j] = s;
                k[j * n + i] = s;
            }
        }
        return RawAccess.wrap(n, n, k);
    }

    /**
     * @param x {@code n × d}
     * @param y {@code m × d}
     * @return {@code n × m}, entry {@code k_G(x_i, y_j)}
     * @throws IllegalArgumentException if a point set does not have the group's dimension
     */
    @Override
    public Matrix cross(Matrix x, Matrix y) {
        group.requirePoints("x", x);
        group.requirePoints("y", y);
        int n = x.rows();
        int m = y.rows();
        int d = x.cols();
        int order = group.order();
        double[] xs = RawAccess.data(x);
        double[] orbit = RawAccess.data(group.symmetrize(y));
        double[] k = new double[Math.multiplyExact(n, m)];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int g = 0; g < order; g++) {
                    s += base.value(xs, i * d, orbit, (g * m + j) * d, d);
                }
                k[i * m + j] = s / order;
            }
        }
        return RawAccess.wrap(n, m, k);
    }

    @Override
    public String name() {
        return base.name() + " averaged over " + group.name();
    }

    @Override
    public String toString() {
        return "GroupAveragedKernel[" + name() + "]";
    }
}
