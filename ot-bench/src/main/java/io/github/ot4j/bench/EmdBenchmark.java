package io.github.ot4j.bench;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.DenseGeometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.ExactResult;
import io.github.ot4j.solver.NetworkSimplex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Exact OT by the network simplex, the counterpart of POT's {@code ot.emd(a, b, M)} with
 * {@code M = ot.dist(xs, xt)} (squared Euclidean, not normalized) precomputed: {@code n = m} points
 * in 2-D, sources {@code N(0, I)}, targets {@code N(0.5, I)}, seeded; uniform weights, or weights
 * drawn from {@code U(0.5, 1.5)} and normalized. The timed call includes the solver's one copy of
 * the cost matrix and the construction of the result, as POT's does.
 *
 * <pre>
 * ./mvnw -B -pl ot-core,ot-bench -am package -DskipTests
 * java -jar ot-bench/target/benchmarks.jar EmdBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class EmdBenchmark {

    /** Seed of the point clouds and weights. */
    static final long SEED = 42;

    /** Uniform weights, {@code n = m} in 500, 1000, 2000. */
    @State(Scope.Benchmark)
    public static class Uniform {
        @Param({"500", "1000", "2000"})
        int n;

        LinearProblem problem;

        @Setup
        public void setUp() {
            problem = problem(n, false);
        }
    }

    /** Random non-uniform weights, {@code n = m = 2000}. */
    @State(Scope.Benchmark)
    public static class RandomWeights {
        @Param({"2000"})
        int n;

        LinearProblem problem;

        @Setup
        public void setUp() {
            problem = problem(n, true);
        }
    }

    static LinearProblem problem(int n, boolean randomWeights) {
        Random rnd = new Random(SEED);
        double[][] x = new double[n][2];
        double[][] y = new double[n][2];
        for (double[] p : x) {
            p[0] = rnd.nextGaussian();
            p[1] = rnd.nextGaussian();
        }
        for (double[] p : y) {
            p[0] = rnd.nextGaussian() + 0.5;
            p[1] = rnd.nextGaussian() + 0.5;
        }
        DenseGeometry cost = CostFunction.squaredEuclidean().pairwise(Matrix.of(x), Matrix.of(y));
        if (!randomWeights) {
            return LinearProblem.uniform(cost);
        }
        return LinearProblem.of(cost, weights(rnd, n), weights(rnd, n));
    }

    private static double[] weights(Random rnd, int n) {
        double[] w = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 + rnd.nextDouble();
            s += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= s;
        }
        return w;
    }

    @Benchmark
    public ExactResult uniform(Uniform state) {
        return new NetworkSimplex().solve(state.problem);
    }

    @Benchmark
    public ExactResult randomWeights(RandomWeights state) {
        return new NetworkSimplex().solve(state.problem);
    }
}
