package io.github.ot4j.bench;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.DenseGeometry;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;

import java.util.SplittableRandom;

/**
 * The benchmark problems of {@code ../shared/bench/pot_bench.py}: {@code xs ~ N(0, I)},
 * {@code xt ~ N(0.5, I)} in d dimensions, squared Euclidean cost divided by its maximum, uniform
 * weights. (Same distribution, not the same numbers: NumPy's generator is not reproduced.)
 */
public final class BenchData {
    private BenchData() {
    }

    /**
     * @param n points per side
     * @param d dimension
     * @param shift added to every target coordinate
     * @param seed seed
     * @return {source, target}
     */
    public static Matrix[] clouds(int n, int d, double shift, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n * d];
        double[] y = new double[n * d];
        for (int k = 0; k < x.length; k++) {
            x[k] = gaussian(r);
        }
        for (int k = 0; k < y.length; k++) {
            y[k] = gaussian(r) + shift;
        }
        return new Matrix[] {Matrix.of(n, d, x), Matrix.of(n, d, y)};
    }

    /**
     * @param n points per side
     * @param d dimension
     * @param seed seed
     * @return the max-normalized squared Euclidean cost
     */
    public static DenseGeometry normalizedCost(int n, int d, long seed) {
        Matrix[] c = clouds(n, d, 0.5, seed);
        DenseGeometry g = CostFunction.squaredEuclidean().pairwise(c[0], c[1]);
        double max = g.statistics().max();
        double[] data = g.toRowMajor();
        for (int k = 0; k < data.length; k++) {
            data[k] /= max;
        }
        return Geometry.dense(n, n, data);
    }

    static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
