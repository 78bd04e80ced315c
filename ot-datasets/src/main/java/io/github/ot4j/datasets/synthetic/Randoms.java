package io.github.ot4j.datasets.synthetic;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Random helpers built only on {@link RandomGenerator#nextDouble()} and
 * {@link RandomGenerator#nextInt(int)}, so that a seeded {@link SplittableRandom} gives the same
 * numbers on every Java version (the JDK's default {@code nextGaussian} algorithm is not specified).
 */
final class Randoms {

    private Randoms() {
    }

    static RandomGenerator seeded(long seed) {
        return new SplittableRandom(seed);
    }

    static RandomGenerator require(RandomGenerator rng) {
        if (rng == null) {
            throw new IllegalArgumentException("rng must not be null");
        }
        return rng;
    }

    /** A standard normal deviate by Marsaglia's polar method (one of the pair is discarded). */
    static double gaussian(RandomGenerator rng) {
        double u;
        double v;
        double s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    /**
     * A {@code rows × cols} matrix ({@code rows >= cols}) with orthonormal columns: the Q factor of
     * a Gaussian matrix, computed by Commons Math's Householder QR.
     */
    static double[][] orthonormalColumns(int rows, int cols, RandomGenerator rng) {
        double[][] g = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                g[i][j] = gaussian(rng);
            }
        }
        RealMatrix q = new QRDecomposition(new Array2DRowRealMatrix(g, false)).getQ();
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i][j] = q.getEntry(i, j);
            }
        }
        return out;
    }

    static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
    }

    static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be >= 0 and finite, got " + value);
        }
    }
}
