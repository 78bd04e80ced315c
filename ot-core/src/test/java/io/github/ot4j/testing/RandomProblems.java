package io.github.ot4j.testing;

import io.github.ot4j.geometry.Matrix;

import java.util.SplittableRandom;

/** Seeded random inputs for tests. */
public final class RandomProblems {

    private RandomProblems() {
    }

    /**
     * @param seed seed
     * @param n rows
     * @param d columns
     * @return standard normal points
     */
    public static Matrix gaussian(long seed, int n, int d) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n * d];
        for (int k = 0; k < x.length; k++) {
            x[k] = normal(r);
        }
        return Matrix.of(n, d, x);
    }

    /**
     * @param seed seed
     * @param n count
     * @return positive weights summing to 1
     */
    public static double[] weights(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] w = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 + r.nextDouble();
            s += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= s;
        }
        return w;
    }

    /**
     * @param r generator
     * @return a standard normal sample (Box-Muller)
     */
    public static double normal(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /**
     * @param x row-major values
     * @param cols columns
     * @return as a rectangular array
     */
    public static double[][] rows(double[] x, int cols) {
        double[][] out = new double[x.length / cols][cols];
        for (int i = 0; i < out.length; i++) {
            System.arraycopy(x, i * cols, out[i], 0, cols);
        }
        return out;
    }
}
