package io.github.ot4j.datasets.synthetic;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;

import java.util.random.RandomGenerator;

/**
 * Isotropic Gaussian mixtures with balanced classes: point {@code i} belongs to component
 * {@code i mod k} (label {@code i mod k}, 0-based) and is drawn from
 * \( \mathcal{N}(\mu_{i \bmod k}, \sigma^2 I) \). Deterministic for a given seed; no global RNG.
 */
public final class GaussianMixture {

    private GaussianMixture() {
    }

    /**
     * @param n number of points, at least 1
     * @param means one component mean per row ({@code k × d})
     * @param std standard deviation of every coordinate, {@code >= 0}
     * @param seed random seed
     * @return {@code n × d} points with labels {@code 0..k-1}
     * @throws IllegalArgumentException on a bad argument
     */
    public static LabeledData sample(int n, Matrix means, double std, long seed) {
        return sample(n, means, std, Randoms.seeded(seed));
    }

    /**
     * @param n number of points, at least 1
     * @param means one component mean per row ({@code k × d})
     * @param std standard deviation of every coordinate, {@code >= 0}
     * @param rng source of randomness (advanced by the call)
     * @return {@code n × d} points with labels {@code 0..k-1}
     * @throws IllegalArgumentException on a bad argument
     */
    public static LabeledData sample(int n, Matrix means, double std, RandomGenerator rng) {
        Randoms.requirePositive("n", n);
        if (means == null) {
            throw new IllegalArgumentException("means must not be null");
        }
        Randoms.requireNonNegative("std", std);
        Randoms.require(rng);
        int k = means.rows();
        int d = means.cols();
        double[] mu = RawAccess.data(means);
        double[] x = new double[n * d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % k;
            y[i] = c;
            for (int j = 0; j < d; j++) {
                x[i * d + j] = mu[c * d + j] + std * Randoms.gaussian(rng);
            }
        }
        return new LabeledData(RawAccess.wrap(n, d, x), y);
    }

    /**
     * Means spread evenly on a circle of the given radius in the first two coordinates (other
     * coordinates 0), a layout where every class is equally far from its neighbours.
     *
     * @param k number of components, at least 1
     * @param d dimension, at least 2
     * @param radius circle radius, {@code >= 0}
     * @return {@code k × d} means
     * @throws IllegalArgumentException on a bad argument
     */
    public static Matrix circleMeans(int k, int d, double radius) {
        Randoms.requirePositive("k", k);
        if (d < 2) {
            throw new IllegalArgumentException("d must be >= 2, got " + d);
        }
        Randoms.requireNonNegative("radius", radius);
        double[] m = new double[k * d];
        for (int c = 0; c < k; c++) {
            double t = 2 * Math.PI * c / k;
            m[c * d] = radius * Math.cos(t);
            m[c * d + 1] = radius * Math.sin(t);
        }
        return RawAccess.wrap(k, d, m);
    }
}
