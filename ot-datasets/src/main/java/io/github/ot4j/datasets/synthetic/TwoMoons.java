package io.github.ot4j.datasets.synthetic;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.internal.RawAccess;

import java.util.random.RandomGenerator;

/**
 * Two interleaving half circles in 2-D, as scikit-learn's {@code make_moons(shuffle=False)}: the
 * first \(\lfloor n/2 \rfloor\) points (label 0) are \((\cos t, \sin t)\) and the rest (label 1)
 * \((1 - \cos t, 1/2 - \sin t)\), with {@code t} evenly spaced on \([0, \pi]\), plus
 * \(\mathcal{N}(0, \text{noise}^2)\) on each coordinate. Deterministic for a given seed.
 */
public final class TwoMoons {

    private TwoMoons() {
    }

    /**
     * @param n number of points, at least 2
     * @param noise standard deviation of the added noise, {@code >= 0}
     * @param seed random seed
     * @return {@code n × 2} points with labels 0 and 1
     * @throws IllegalArgumentException on a bad argument
     */
    public static LabeledData sample(int n, double noise, long seed) {
        return sample(n, noise, Randoms.seeded(seed));
    }

    /**
     * @param n number of points, at least 2
     * @param noise standard deviation of the added noise, {@code >= 0}
     * @param rng source of randomness (advanced by the call)
     * @return {@code n × 2} points with labels 0 and 1
     * @throws IllegalArgumentException on a bad argument
     */
    public static LabeledData sample(int n, double noise, RandomGenerator rng) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be >= 2, got " + n);
        }
        Randoms.requireNonNegative("noise", noise);
        Randoms.require(rng);
        int nOut = n / 2;
        int nIn = n - nOut;
        double[] x = new double[2 * n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            boolean outer = i < nOut;
            int idx = outer ? i : i - nOut;
            int count = outer ? nOut : nIn;
            double t = count == 1 ? 0 : Math.PI * idx / (count - 1);
            x[2 * i] = (outer ? Math.cos(t) : 1 - Math.cos(t)) + noise * Randoms.gaussian(rng);
            x[2 * i + 1] = (outer ? Math.sin(t) : 0.5 - Math.sin(t)) + noise * Randoms.gaussian(rng);
            y[i] = outer ? 0 : 1;
        }
        return new LabeledData(RawAccess.wrap(n, 2, x), y);
    }
}
