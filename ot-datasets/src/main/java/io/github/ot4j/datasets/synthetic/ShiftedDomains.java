package io.github.ot4j.datasets.synthetic;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.internal.RawAccess;

import java.util.random.RandomGenerator;

/**
 * A domain-adaptation pair where the target is the source distribution rotated and shifted, and
 * the source is contaminated by a few far outliers: the setting in which InfoOT's robustness to
 * outliers shows (Chuang et al., ICML 2023, arXiv 2210.03164, section 6.1).
 *
 * <p>Construction: a balanced Gaussian mixture with {@code classes} components whose means lie on
 * a circle of radius {@code classRadius} in the first two coordinates, coordinate noise
 * {@code noise}. The source has {@code sourceSize} inliers from this mixture followed by
 * {@code outliers} points at distance about {@code outlierDistance} from the origin in uniformly
 * random directions, with uniformly random labels. The target has {@code targetSize} fresh points
 * from the same mixture, rotated by {@code angle} radians in the plane of the first two coordinates
 * and then translated by {@code shift} along the diagonal \((1, \dots, 1)/\sqrt{d}\). Labels are
 * {@code 0..classes-1}. Deterministic for a given seed; runs in microseconds for the defaults.
 */
public final class ShiftedDomains {

    /**
     * Parameters of {@link ShiftedDomains#sample}.
     *
     * @param sourceSize source inliers, at least 1
     * @param targetSize target points, at least 1
     * @param classes mixture components, at least 1
     * @param dimension feature dimension, at least 2
     * @param classRadius radius of the circle of class means, {@code >= 0}
     * @param noise standard deviation of each coordinate around its mean, {@code >= 0}
     * @param angle rotation of the target in radians, finite
     * @param shift translation of the target along the diagonal, finite
     * @param outliers number of source outliers, {@code >= 0}
     * @param outlierDistance distance of the outliers from the origin, {@code >= 0}
     */
    public record Options(int sourceSize, int targetSize, int classes, int dimension, double classRadius, double noise,
                          double angle, double shift, int outliers, double outlierDistance) {

        /**
         * @param sourceSize source inliers, at least 1
         * @param targetSize target points, at least 1
         * @param classes mixture components, at least 1
         * @param dimension feature dimension, at least 2
         * @param classRadius radius of the circle of class means, {@code >= 0}
         * @param noise standard deviation of each coordinate around its mean, {@code >= 0}
         * @param angle rotation of the target in radians, finite
         * @param shift translation of the target along the diagonal, finite
         * @param outliers number of source outliers, {@code >= 0}
         * @param outlierDistance distance of the outliers from the origin, {@code >= 0}
         * @throws IllegalArgumentException if a value is out of range
         */
        public Options {
            Randoms.requirePositive("sourceSize", sourceSize);
            Randoms.requirePositive("targetSize", targetSize);
            Randoms.requirePositive("classes", classes);
            if (dimension < 2) {
                throw new IllegalArgumentException("dimension must be >= 2, got " + dimension);
            }
            Randoms.requireNonNegative("classRadius", classRadius);
            Randoms.requireNonNegative("noise", noise);
            if (!Double.isFinite(angle) || !Double.isFinite(shift)) {
                throw new IllegalArgumentException("angle and shift must be finite, got " + angle + " and " + shift);
            }
            if (outliers < 0) {
                throw new IllegalArgumentException("outliers must be >= 0, got " + outliers);
            }
            Randoms.requireNonNegative("outlierDistance", outlierDistance);
        }

        /**
         * The defaults: 150 source inliers and 150 target points in 2-D, 3 classes on a circle of
         * radius 4 with noise 0.6, target rotated by 60 degrees (half-way between two classes) and
         * shifted by 3, and 10 source outliers at distance 25.
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(150, 150, 3, 2, 4.0, 0.6, Math.PI / 3, 3.0, 10, 25.0);
        }

        /**
         * @param count number of source outliers
         * @return a copy with that many outliers
         */
        public Options withOutliers(int count) {
            return new Options(sourceSize, targetSize, classes, dimension, classRadius, noise, angle, shift, count,
                    outlierDistance);
        }

        /**
         * @param source source inliers
         * @param target target points
         * @return a copy with those sizes
         */
        public Options withSizes(int source, int target) {
            return new Options(source, target, classes, dimension, classRadius, noise, angle, shift, outliers,
                    outlierDistance);
        }

        /**
         * @param radians rotation of the target
         * @return a copy with that angle
         */
        public Options withAngle(double radians) {
            return new Options(sourceSize, targetSize, classes, dimension, classRadius, noise, radians, shift, outliers,
                    outlierDistance);
        }

        /**
         * @param d feature dimension, at least 2
         * @return a copy with that dimension
         */
        public Options withDimension(int d) {
            return new Options(sourceSize, targetSize, classes, d, classRadius, noise, angle, shift, outliers,
                    outlierDistance);
        }
    }

    private ShiftedDomains() {
    }

    /**
     * @param options the parameters
     * @param seed random seed
     * @return the pair; the outliers are the last {@code options.outliers()} source rows
     * @throws IllegalArgumentException if {@code options} is null
     */
    public static DomainPair sample(Options options, long seed) {
        return sample(options, Randoms.seeded(seed));
    }

    /**
     * @param options the parameters
     * @param rng source of randomness (advanced by the call)
     * @return the pair; the outliers are the last {@code options.outliers()} source rows
     * @throws IllegalArgumentException if an argument is null
     */
    public static DomainPair sample(Options options, RandomGenerator rng) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        Randoms.require(rng);
        int d = options.dimension();
        var means = GaussianMixture.circleMeans(options.classes(), d, options.classRadius());
        LabeledData inliers = GaussianMixture.sample(options.sourceSize(), means, options.noise(), rng);
        LabeledData fresh = GaussianMixture.sample(options.targetSize(), means, options.noise(), rng);

        int ns = options.sourceSize() + options.outliers();
        double[] xs = new double[ns * d];
        int[] ys = new int[ns];
        System.arraycopy(RawAccess.data(inliers.features()), 0, xs, 0, options.sourceSize() * d);
        System.arraycopy(inliers.labels(), 0, ys, 0, options.sourceSize());
        int[] outlierIndex = new int[options.outliers()];
        for (int o = 0; o < options.outliers(); o++) {
            int i = options.sourceSize() + o;
            outlierIndex[o] = i;
            double norm = 0;
            double[] dir = new double[d];
            while (norm == 0) {
                norm = 0;
                for (int j = 0; j < d; j++) {
                    dir[j] = Randoms.gaussian(rng);
                    norm += dir[j] * dir[j];
                }
                norm = Math.sqrt(norm);
            }
            for (int j = 0; j < d; j++) {
                xs[i * d + j] = options.outlierDistance() * dir[j] / norm + options.noise() * Randoms.gaussian(rng);
            }
            ys[i] = rng.nextInt(options.classes());
        }

        double[] xt = RawAccess.data(fresh.features()).clone();
        double cos = Math.cos(options.angle());
        double sin = Math.sin(options.angle());
        double step = options.shift() / Math.sqrt(d);
        for (int i = 0; i < options.targetSize(); i++) {
            double a = xt[i * d];
            double b = xt[i * d + 1];
            xt[i * d] = cos * a - sin * b;
            xt[i * d + 1] = sin * a + cos * b;
            for (int j = 0; j < d; j++) {
                xt[i * d + j] += step;
            }
        }
        return new DomainPair(new LabeledData(RawAccess.wrap(ns, d, xs), ys),
                new LabeledData(RawAccess.wrap(options.targetSize(), d, xt), fresh.labels()), outlierIndex);
    }
}
