package io.github.ot4j.cli;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.Domain;
import io.github.ot4j.solver.EpsilonScale;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/** {@code ot4j demo}: a built-in problem, no files needed. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Solve a built-in, seeded problem (two Gaussian clouds in 2-D) with Sinkhorn in the kernel",
            "and log domains, dense and matrix-free, and print a table."},
        footer = {"", "Example:", "  ot4j demo --n 2000 --seed 7"})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--n", paramLabel = "N", defaultValue = "1000", description = "Points per cloud (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (n < 1 || n > 20_000) {
            throw new IllegalArgumentException("--n must be in [1, 20000], got " + n);
        }
        Matrix x = cloud(seed, n, 0, 0, 1.0);
        Matrix y = cloud(seed + 1, n, 3, 1, 0.5);
        Geometry online = Geometry.pointCloud(x, y, CostFunction.squaredEuclidean());
        Geometry dense = online.toDense();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "ot4j demo: %d source points ~ N((0,0), 1), %d target points ~ N((3,1), 0.25), squared Euclidean cost%n%n", n, n);
        out.printf(Locale.ROOT, "| %-26s | %10s | %12s | %10s | %-9s | %8s |%n", "method", "epsilon", "cost", "iterations", "stop", "seconds");
        out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%n", "-".repeat(28), "-".repeat(12), "-".repeat(14), "-".repeat(12), "-".repeat(11), "-".repeat(10));
        row(out, "sinkhorn kernel, dense", dense, Domain.KERNEL, 0.05);
        row(out, "sinkhorn log, dense", dense, Domain.LOG, 0.05);
        row(out, "sinkhorn log, matrix-free", online, Domain.LOG, 0.05);
        row(out, "sinkhorn log, small eps", dense, Domain.LOG, 0.005);
        return 0;
    }

    private static void row(PrintWriter out, String name, Geometry g, Domain domain, double relEps) {
        long t0 = System.nanoTime();
        SinkhornResult r = new Sinkhorn(SinkhornOptions.relativeEpsilon(relEps, EpsilonScale.MEAN_COST).withDomain(domain)
                .withTolerance(1e-9)).solve(LinearProblem.uniform(g));
        double s = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "| %-26s | %10.4g | %12.6f | %10d | %-9s | %8.3f |%n", name, r.epsilon(), r.transportCost(),
                r.convergence().iterations(), r.convergence().reason(), s);
    }

    private static Matrix cloud(long seed, int n, double cx, double cy, double sd) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] data = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double u = 1 - r.nextDouble();
            double v = r.nextDouble();
            double rad = Math.sqrt(-2 * Math.log(u)) * sd;
            data[2 * i] = cx + rad * Math.cos(2 * Math.PI * v);
            data[2 * i + 1] = cy + rad * Math.sin(2 * Math.PI * v);
        }
        return Matrix.of(n, 2, data);
    }
}
