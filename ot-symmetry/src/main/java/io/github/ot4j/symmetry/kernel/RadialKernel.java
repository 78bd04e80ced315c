package io.github.ot4j.symmetry.kernel;

/**
 * A radial kernel {@code k(x, y) = φ(|x - y| / h)} with profile {@code φ} and bandwidth {@code h}.
 * Radial kernels are invariant under every orthogonal map {@code g}:
 * {@code k(g x, g y) = k(x, y)}, which is what makes their group average
 * ({@link GroupAveragedKernel}) symmetric and positive semidefinite.
 *
 * @param profile the profile
 * @param bandwidth {@code h > 0}, finite
 */
public record RadialKernel(RadialProfile profile, double bandwidth) implements Kernel {

    /**
     * Validates.
     *
     * @param profile the profile
     * @param bandwidth {@code h > 0}, finite
     * @throws IllegalArgumentException if the profile is null or the bandwidth is not positive
     *     and finite
     */
    public RadialKernel {
        if (profile == null) {
            throw new IllegalArgumentException("profile must not be null");
        }
        if (!(bandwidth > 0) || !Double.isFinite(bandwidth)) {
            throw new IllegalArgumentException("bandwidth must be > 0 and finite, got " + bandwidth);
        }
    }

    /**
     * The Gaussian kernel {@code exp(-|x - y|² / (2 h²))}.
     *
     * @param bandwidth {@code h > 0}
     * @return the kernel
     */
    public static RadialKernel gaussian(double bandwidth) {
        return new RadialKernel(RadialProfile.GAUSSIAN, bandwidth);
    }

    /**
     * The Laplacian kernel {@code exp(-|x - y| / h)}.
     *
     * @param bandwidth {@code h > 0}
     * @return the kernel
     */
    public static RadialKernel laplacian(double bandwidth) {
        return new RadialKernel(RadialProfile.LAPLACIAN, bandwidth);
    }

    @Override
    public double value(double[] x, double[] y) {
        if (x == null || y == null || x.length != y.length) {
            throw new IllegalArgumentException("x and y must be non-null points of the same dimension, got "
                    + (x == null ? "null" : x.length) + " and " + (y == null ? "null" : y.length));
        }
        return value(x, 0, y, 0, x.length);
    }

    @Override
    public double value(double[] xs, int xOffset, double[] ys, int yOffset, int dimension) {
        double s = 0;
        for (int k = 0; k < dimension; k++) {
            double t = xs[xOffset + k] - ys[yOffset + k];
            s += t * t;
        }
        return profile.evaluate(s / (bandwidth * bandwidth));
    }

    @Override
    public String name() {
        return profile.name().toLowerCase(java.util.Locale.ROOT) + "(h=" + bandwidth + ")";
    }
}
