package io.github.ot4j.solver;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Parallel;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.internal.Checks;

import java.util.SplittableRandom;

/**
 * Sliced Wasserstein distances (Rabin, Peyré, Delon &amp; Bernot 2011; Bonneel, Rabin, Peyré &amp;
 * Pfister 2015, "Sliced and Radon Wasserstein barycenters of measures", J. Math. Imaging Vis.
 * 51) and their max-sliced variant over the same directions (Deshpande et al. 2019,
 * arXiv:1904.05877): both samples are projected on each unit direction {@code θ_k} and the
 * exact one-dimensional {@code W_p^p} between the projections is computed by sorting
 * ({@link OneDimensional#wassersteinPower}); then
 * <pre>
 *   SW_p = (1/K Σ_k W_p^p(θ_k))^(1/p),   maxSW_p = max_k W_p(θ_k).
 * </pre>
 * This is POT 0.8.2's {@code sliced_wasserstein_distance} and
 * {@code max_sliced_wasserstein_distance} with {@code projections} given as a {@code d × K}
 * matrix of unit columns, except that the mean divides by the number of directions actually
 * used: POT 0.8.2 divides by its {@code n_projections} argument even when {@code projections}
 * is passed (a bug fixed in later versions). Random directions are Gaussian vectors normalized
 * to unit length, drawn from a {@link SplittableRandom} with the given seed (not NumPy's
 * generator, so they differ from POT's for the same seed).
 *
 * <p>Each direction costs {@code O((n + m) d)} for the projections and
 * {@code O((n + m) log(n + m))} for the sort; directions are split across threads. Since
 * every projection is 1-Lipschitz, {@code SW_p <= maxSW_p <= W_p}. Stateless and thread-safe.
 */
public final class SlicedWasserstein {

    private final SlicedOptions options;

    /**
     * @param options the configuration
     * @throws IllegalArgumentException if {@code options} is null
     */
    public SlicedWasserstein(SlicedOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /** @return the configuration */
    public SlicedOptions options() {
        return options;
    }

    /**
     * {@code count} random unit directions in {@code d} dimensions as the columns of a
     * {@code d × count} matrix.
     *
     * @param dimension d, at least 1
     * @param count K, at least 1
     * @param seed seed
     * @return the directions
     * @throws IllegalArgumentException if a size is below 1
     */
    public static Matrix randomDirections(int dimension, int count, long seed) {
        Checks.requireAtLeast("dimension", dimension, 1);
        Checks.requireAtLeast("count", count, 1);
        SplittableRandom r = new SplittableRandom(seed);
        double[] d = new double[dimension * count];
        for (int k = 0; k < count; k++) {
            double norm;
            do {
                norm = 0;
                for (int c = 0; c < dimension; c++) {
                    double u = 1 - r.nextDouble();
                    double v = r.nextDouble();
                    double g = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
                    d[c * count + k] = g;
                    norm += g * g;
                }
            } while (norm == 0);
            norm = Math.sqrt(norm);
            for (int c = 0; c < dimension; c++) {
                d[c * count + k] /= norm;
            }
        }
        return RawAccess.wrap(dimension, count, d);
    }

    /**
     * The sliced distances between two weighted samples.
     *
     * @param x source points, {@code n × d}
     * @param y target points, {@code m × d}
     * @param a source weights, or null for uniform
     * @param b target weights, or null for uniform, same total mass
     * @return the distances, the per-direction {@code W_p^p} and the directions
     * @throws IllegalArgumentException on null points, different dimensions, supplied
     *     directions of another dimension, or invalid weights
     */
    public SlicedResult compute(Matrix x, Matrix y, double[] a, double[] b) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("x and y must not be null");
        }
        if (x.cols() != y.cols()) {
            throw new IllegalArgumentException("x has dimension " + x.cols() + " but y has " + y.cols());
        }
        int d = x.cols();
        int n = x.rows();
        int m = y.rows();
        double[] wa = a == null ? LinearProblem.uniformWeights(n) : a;
        double[] wb = b == null ? LinearProblem.uniformWeights(m) : b;
        double massA = Checks.requireWeights("a", wa, n, "x has " + n + " rows");
        double massB = Checks.requireWeights("b", wb, m, "y has " + m + " rows");
        if (Math.abs(massA - massB) > LinearProblem.MASS_TOLERANCE * Math.max(massA, massB)) {
            throw new IllegalArgumentException("a has total mass " + massA + " but b has " + massB);
        }
        Matrix directions = options.directions() != null ? options.directions()
                : randomDirections(d, options.projections(), options.seed());
        if (directions.rows() != d) {
            throw new IllegalArgumentException("directions have dimension " + directions.rows() + " but the points have "
                    + d);
        }
        int count = directions.cols();
        double[] xs = RawAccess.data(x);
        double[] ys = RawAccess.data(y);
        double[] theta = RawAccess.data(directions);
        double p = options.order();
        double[] projected = new double[count];
        int chunks = Parallel.chunks(options.parallelism(), (long) (n + m) * count * Math.max(1, d), count);
        Parallel.run(chunks, c -> {
            double[] px = new double[n];
            double[] py = new double[m];
            int from = Parallel.start(c, chunks, count);
            int to = Parallel.start(c + 1, chunks, count);
            for (int k = from; k < to; k++) {
                project(xs, n, d, theta, count, k, px);
                project(ys, m, d, theta, count, k, py);
                projected[k] = OneDimensional.wassersteinPower(px, py, wa, wb, p);
            }
        });
        double sum = 0;
        double max = 0;
        for (double w : projected) {
            sum += w;
            max = Math.max(max, w);
        }
        double mean = sum / count;
        return new SlicedResult(p, p == 1 ? mean : Math.pow(mean, 1 / p), p == 1 ? max : Math.pow(max, 1 / p), projected,
                directions);
    }

    /** {@code out_i = Σ_c x_ic θ_ck}. */
    private static void project(double[] x, int n, int d, double[] theta, int count, int k, double[] out) {
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int c = 0; c < d; c++) {
                s += x[i * d + c] * theta[c * count + k];
            }
            out[i] = s;
        }
    }
}
