package io.github.ot4j.datasets.synthetic;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.internal.RawAccess;

import java.util.random.RandomGenerator;

/**
 * Two views of the same latent clusters in spaces of different dimension, the setting of InfoOT
 * without a cross-domain cost and of Gromov-Wasserstein (for example single-cell multi-omics,
 * Chuang et al., ICML 2023, section 6.3): there is no meaningful distance between a source and a
 * target point, only the structure within each domain.
 *
 * <p>Construction: {@code size} latent points from a balanced Gaussian mixture in
 * {@code latentDimension} dimensions (means on a circle of radius {@code clusterRadius} in the
 * first two coordinates, spread {@code clusterStd}); the source is \( z Q_s^\top + \varepsilon \)
 * and the target \( z Q_t^\top + \varepsilon' \), where \(Q_s\) and \(Q_t\) have orthonormal
 * columns drawn at random (QR of a Gaussian matrix) and \(\varepsilon\) is independent Gaussian
 * noise of standard deviation {@code noise}. Row {@code i} of the source and of the target come
 * from the same latent point, so FOSCTTM applies; both have the latent cluster as label
 * ({@code 0..classes-1}). Deterministic for a given seed.
 */
public final class CrossDimensionDomains {

    /**
     * Parameters of {@link CrossDimensionDomains#sample}.
     *
     * @param size number of paired points, at least 1
     * @param classes latent clusters, at least 1
     * @param latentDimension latent dimension, at least 2
     * @param sourceDimension source dimension, {@code >= latentDimension}
     * @param targetDimension target dimension, {@code >= latentDimension}
     * @param clusterRadius radius of the circle of cluster means, {@code >= 0}
     * @param clusterStd latent spread around each mean, {@code >= 0}
     * @param noise ambient noise added in each domain, {@code >= 0}
     */
    public record Options(int size, int classes, int latentDimension, int sourceDimension, int targetDimension,
                          double clusterRadius, double clusterStd, double noise) {

        /**
         * @param size number of paired points, at least 1
         * @param classes latent clusters, at least 1
         * @param latentDimension latent dimension, at least 2
         * @param sourceDimension source dimension, {@code >= latentDimension}
         * @param targetDimension target dimension, {@code >= latentDimension}
         * @param clusterRadius radius of the circle of cluster means, {@code >= 0}
         * @param clusterStd latent spread around each mean, {@code >= 0}
         * @param noise ambient noise added in each domain, {@code >= 0}
         * @throws IllegalArgumentException if a value is out of range
         */
        public Options {
            Randoms.requirePositive("size", size);
            Randoms.requirePositive("classes", classes);
            if (latentDimension < 2) {
                throw new IllegalArgumentException("latentDimension must be >= 2, got " + latentDimension);
            }
            if (sourceDimension < latentDimension || targetDimension < latentDimension) {
                throw new IllegalArgumentException("sourceDimension (" + sourceDimension + ") and targetDimension ("
                        + targetDimension + ") must be >= latentDimension (" + latentDimension + ")");
            }
            Randoms.requireNonNegative("clusterRadius", clusterRadius);
            Randoms.requireNonNegative("clusterStd", clusterStd);
            Randoms.requireNonNegative("noise", noise);
        }

        /**
         * The defaults: 150 points, 3 clusters in a 2-D latent space (radius 4, spread 0.5),
         * embedded in 3-D (source) and 5-D (target) with noise 0.05.
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(150, 3, 2, 3, 5, 4.0, 0.5, 0.05);
        }

        /**
         * @param n number of paired points
         * @return a copy with that size
         */
        public Options withSize(int n) {
            return new Options(n, classes, latentDimension, sourceDimension, targetDimension, clusterRadius, clusterStd,
                    noise);
        }

        /**
         * @param source source dimension
         * @param target target dimension
         * @return a copy with those dimensions
         */
        public Options withDimensions(int source, int target) {
            return new Options(size, classes, latentDimension, source, target, clusterRadius, clusterStd, noise);
        }
    }

    private CrossDimensionDomains() {
    }

    /**
     * @param options the parameters
     * @param seed random seed
     * @return the paired domains (no outliers)
     * @throws IllegalArgumentException if {@code options} is null
     */
    public static DomainPair sample(Options options, long seed) {
        return sample(options, Randoms.seeded(seed));
    }

    /**
     * @param options the parameters
     * @param rng source of randomness (advanced by the call)
     * @return the paired domains (no outliers)
     * @throws IllegalArgumentException if an argument is null
     */
    public static DomainPair sample(Options options, RandomGenerator rng) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        Randoms.require(rng);
        int n = options.size();
        int l = options.latentDimension();
        LabeledData latent = GaussianMixture.sample(n, GaussianMixture.circleMeans(options.classes(), l,
                options.clusterRadius()), options.clusterStd(), rng);
        double[] z = RawAccess.data(latent.features());
        double[][] qs = Randoms.orthonormalColumns(options.sourceDimension(), l, rng);
        double[][] qt = Randoms.orthonormalColumns(options.targetDimension(), l, rng);
        LabeledData source = new LabeledData(embed(z, n, l, qs, options.noise(), rng), latent.labels());
        LabeledData target = new LabeledData(embed(z, n, l, qt, options.noise(), rng), latent.labels());
        return new DomainPair(source, target, new int[0]);
    }

    private static io.github.ot4j.geometry.Matrix embed(double[] z, int n, int l, double[][] q, double noise,
                                                         RandomGenerator rng) {
        int d = q.length;
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < d; r++) {
                double s = 0;
                for (int c = 0; c < l; c++) {
                    s += q[r][c] * z[i * l + c];
                }
                x[i * d + r] = s + noise * Randoms.gaussian(rng);
            }
        }
        return RawAccess.wrap(n, d, x);
    }
}
