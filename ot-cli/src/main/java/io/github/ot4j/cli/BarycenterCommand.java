package io.github.ot4j.cli;

import io.github.ot4j.datasets.io.NpyWriter;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.problem.BarycenterProblem;
import io.github.ot4j.solver.BarycenterMethod;
import io.github.ot4j.solver.BarycenterOptions;
import io.github.ot4j.solver.BarycenterResult;
import io.github.ot4j.solver.Domain;
import io.github.ot4j.solver.WassersteinBarycenter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code ot4j barycenter}: the entropic Wasserstein barycenter of histograms on a common support, written as NPY. */
@Command(name = "barycenter", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Entropic Wasserstein barycenter of histograms on a common support.",
        description = {"Compute the entropic Wasserstein barycenter of K histograms on a common support of n points",
            "(iterative Bregman projections, or the debiased variant), write it as a 1-D float64 NPY file and",
            "print one JSON line: method, epsilon, iterations, stop reason, error, mass, seconds."},
        footer = {"", "Examples:",
            "  ot4j barycenter --histograms H.npy --positions x.npy --epsilon 1e-3 --out bary.npy",
            "  ot4j barycenter --histograms H.npy --cost M.npy --weights w.npy --epsilon 0.01 --method debiased --out b.npy"})
final class BarycenterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--histograms", paramLabel = "H.npy", required = true,
            description = "K x n array: one histogram per row, all with the same mass.")
    Path histograms;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Support support;

    static final class Support {
        @Option(names = "--cost", paramLabel = "M.npy", description = "n x n cost between the support points.")
        Path cost;

        @Option(names = "--positions", paramLabel = "x.npy",
                description = "n positions on the real line; the cost is the squared distance (x_i - x_j)^2.")
        Path positions;
    }

    @Option(names = "--weights", paramLabel = "w.npy", description = "K barycentric weights summing to 1 (default uniform).")
    Path weights;

    @Option(names = "--epsilon", paramLabel = "E", required = true, description = "Entropic regularization (absolute).")
    double epsilon;

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "bregman",
            description = "bregman (iterative Bregman projections, POT's barycenter) or debiased (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--domain", paramLabel = "D", defaultValue = "auto", description = "auto, kernel or log (default: ${DEFAULT-VALUE}).")
    String domain;

    @Option(names = "--tol", paramLabel = "T", defaultValue = "1e-9", description = "Stopping tolerance (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--max-iter", paramLabel = "N", defaultValue = "10000", description = "Iteration cap (default: ${DEFAULT-VALUE}).")
    int maxIterations;

    @Option(names = "--out", paramLabel = "B.npy", required = true, description = "Where to write the barycenter (1-D float64 NPY).")
    Path out;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Matrix h = Inputs.matrix("--histograms", histograms);
        double[] w = Inputs.vector("--weights", weights);
        BarycenterProblem problem;
        if (support.cost != null) {
            Matrix c = Inputs.matrix("--cost", support.cost);
            problem = BarycenterProblem.of(Geometry.dense(c.rows(), c.cols(), RawAccess.data(c)), h.toArray(), w);
        } else {
            problem = BarycenterProblem.onLine(Inputs.vector("--positions", support.positions), h.toArray(), w);
        }
        BarycenterMethod m = switch (method) {
            case "bregman" -> BarycenterMethod.BREGMAN;
            case "debiased" -> BarycenterMethod.DEBIASED;
            default -> throw new IllegalArgumentException("--method must be bregman or debiased, got '" + method + "'");
        };
        Domain d = switch (domain) {
            case "auto" -> Domain.AUTO;
            case "kernel" -> Domain.KERNEL;
            case "log" -> Domain.LOG;
            default -> throw new IllegalArgumentException("--domain must be auto, kernel or log, got '" + domain + "'");
        };
        BarycenterOptions o = BarycenterOptions.epsilon(epsilon).withMethod(m).withDomain(d).withTolerance(tolerance)
                .withMaxIterations(maxIterations);
        BarycenterResult r = new WassersteinBarycenter(o).solve(problem);
        double[] bar = r.barycenter();
        NpyWriter.write(out, bar);
        double mass = 0;
        for (double v : bar) {
            mass += v;
        }
        spec.commandLine().getOut().println(new JsonLine()
                .put("method", method)
                .put("n", problem.size())
                .put("histograms", problem.count())
                .put("domain", r.domain().name().toLowerCase(Locale.ROOT))
                .put("epsilon", epsilon)
                .put("iterations", r.convergence().iterations())
                .put("stop_reason", r.convergence().reason().name())
                .put("error", r.convergence().finalError())
                .put("mass", mass)
                .put("out", out.toString())
                .put("seconds", (System.nanoTime() - start) / 1e9));
        return 0;
    }
}
