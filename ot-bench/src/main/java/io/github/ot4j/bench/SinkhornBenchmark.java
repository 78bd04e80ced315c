package io.github.ot4j.bench;

import io.github.ot4j.geometry.DenseGeometry;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.Domain;
import io.github.ot4j.solver.KernelPrecision;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;
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

import java.util.concurrent.TimeUnit;

/**
 * Sinkhorn with a fixed number of iterations (tolerance 0) on POT's benchmark problem
 * ({@code ε = 0.01 · max C}). Time per iteration = (time at {@code 1 + k} iterations − time at
 * 1 iteration) / k, exactly as {@code pot_bench.py}'s {@code probe_per_iter} does, so the
 * one-off kernel construction is not counted as iteration time.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -jar ot-bench/target/benchmarks.jar SinkhornBenchmark \
 *      -p n=4000 -p domain=KERNEL -p precision=FLOAT
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx8g"})
public class SinkhornBenchmark {

    @Param({"1000", "2000", "4000"})
    public int n;

    @Param({"KERNEL", "LOG"})
    public Domain domain;

    @Param({"DOUBLE"})
    public KernelPrecision precision;

    @Param({"1", "101"})
    public int iterations;

    private LinearProblem problem;
    private Sinkhorn solver;

    @Setup
    public void setup() {
        DenseGeometry g = BenchData.normalizedCost(n, 2, 0);
        problem = LinearProblem.uniform(g);
        solver = new Sinkhorn(SinkhornOptions.epsilon(0.01).withDomain(domain).withPrecision(precision)
                .withTolerance(0).withMaxIterations(iterations));
    }

    @Benchmark
    public SinkhornResult solve() {
        return solver.solve(problem);
    }
}
