package io.github.ot4j.cli;

import io.github.ot4j.datasets.io.NpyWriter;
import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.Domain;
import io.github.ot4j.solver.EpsilonScale;
import io.github.ot4j.solver.KernelPrecision;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code ot4j solve}: one linear OT problem from NPY files, result as one JSON line. */
@Command(name = "solve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Solve one optimal-transport problem given as NPY files and print one JSON line:",
            "method, cost, regularized cost, iterations, stop reason, marginal error, seconds."},
        footer = {"", "Examples:",
            "  ot4j solve --cost C.npy --epsilon 0.01 --plan-out P.npy",
            "  ot4j solve --source X.npy --target Y.npy --metric euclidean --a a.npy --b b.npy",
            "  ot4j solve --cost C.npy --epsilon 1e-4 --domain log --tol 1e-9 --max-iter 20000"})
final class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    CostInput costInput;

    static final class CostInput {
        @Option(names = "--cost", paramLabel = "C.npy", description = "n x m cost matrix (float64/float32 NPY).")
        Path cost;

        @ArgGroup(exclusive = false)
        Points points;
    }

    static final class Points {
        @Option(names = "--source", paramLabel = "X.npy", required = true, description = "n x d source points.")
        Path source;

        @Option(names = "--target", paramLabel = "Y.npy", required = true, description = "m x d target points.")
        Path target;
    }

    @Option(names = "--metric", paramLabel = "NAME", defaultValue = "sqeuclidean",
            description = "Ground cost between points: sqeuclidean, euclidean, cosine, cityblock, minkowski:P (default: ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = "--geometry", paramLabel = "KIND", defaultValue = "auto",
            description = "With points: dense (store n x m costs), online (recompute rows, O(n+m) memory) or auto (dense when it fits comfortably; default).")
    String geometry;

    @Option(names = "--a", paramLabel = "a.npy", description = "Source weights (default uniform).")
    Path a;

    @Option(names = "--b", paramLabel = "b.npy", description = "Target weights (default uniform).")
    Path b;

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "sinkhorn",
            description = "Solver: sinkhorn (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--epsilon", paramLabel = "E",
            description = "Entropic regularization (absolute unless --epsilon-scale says otherwise). Default: 0.05 relative to the mean cost.")
    Double epsilon;

    @Option(names = "--epsilon-scale", paramLabel = "S", defaultValue = "absolute",
            description = "What --epsilon is relative to: absolute, max (largest cost) or mean (mean cost).")
    String epsilonScale;

    @Option(names = "--domain", paramLabel = "D", defaultValue = "auto",
            description = "Sinkhorn domain: auto, kernel or log (default: ${DEFAULT-VALUE}).")
    String domain;

    @Option(names = "--tol", paramLabel = "T", defaultValue = "1e-9",
            description = "Stop when the L1 marginal error is <= T; 0 runs exactly --max-iter iterations (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--max-iter", paramLabel = "N", defaultValue = "10000", description = "Iteration cap (default: ${DEFAULT-VALUE}).")
    int maxIterations;

    @Option(names = "--precision", paramLabel = "P", defaultValue = "double",
            description = "Kernel storage in the kernel domain: double or float (default: ${DEFAULT-VALUE}).")
    String precision;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Threads (0 = all processors).")
    int threads;

    @Option(names = "--plan-out", paramLabel = "P.npy", description = "Write the n x m plan here (float64 NPY).")
    Path planOut;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (!"sinkhorn".equals(method)) {
            throw new IllegalArgumentException("unknown method '" + method + "'; expected sinkhorn");
        }
        long start = System.nanoTime();
        Geometry g = loadGeometry();
        LinearProblem problem = LinearProblem.of(g, Inputs.vector("--a", a), Inputs.vector("--b", b));
        SinkhornOptions options = options();
        SinkhornResult r;
        try (Progress progress = Progress.start("sinkhorn", maxIterations, quiet)) {
            r = new Sinkhorn(options).solve(problem, null, progress.listener());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (planOut != null) {
            NpyWriter.write(planOut, RawAccess.wrap(g.rows(), g.cols(), r.plan().toRowMajor()));
        }
        spec.commandLine().getOut().println(new JsonLine()
                .put("method", "sinkhorn")
                .put("n", g.rows())
                .put("m", g.cols())
                .put("geometry", g.isMatrixFree() ? "online" : "dense")
                .put("domain", r.domain().name().toLowerCase(Locale.ROOT))
                .put("epsilon", r.epsilon())
                .put("cost", r.transportCost())
                .put("regularized_cost", r.regularizedCost())
                .put("iterations", r.convergence().iterations())
                .put("stop_reason", r.convergence().reason().name())
                .put("marginal_error", r.convergence().finalError())
                .put("seconds", seconds));
        return 0;
    }

    private SinkhornOptions options() {
        EpsilonScale scale = switch (epsilonScale) {
            case "absolute" -> EpsilonScale.ABSOLUTE;
            case "max" -> EpsilonScale.MAX_COST;
            case "mean" -> EpsilonScale.MEAN_COST;
            default -> throw new IllegalArgumentException("--epsilon-scale must be absolute, max or mean, got '" + epsilonScale + "'");
        };
        SinkhornOptions o = epsilon == null
                ? SinkhornOptions.relativeEpsilon(0.05, EpsilonScale.MEAN_COST)
                : SinkhornOptions.relativeEpsilon(epsilon, scale);
        Domain d = switch (domain) {
            case "auto" -> Domain.AUTO;
            case "kernel" -> Domain.KERNEL;
            case "log" -> Domain.LOG;
            default -> throw new IllegalArgumentException("--domain must be auto, kernel or log, got '" + domain + "'");
        };
        KernelPrecision p = switch (precision) {
            case "double" -> KernelPrecision.DOUBLE;
            case "float" -> KernelPrecision.FLOAT;
            default -> throw new IllegalArgumentException("--precision must be double or float, got '" + precision + "'");
        };
        if (threads < 0) {
            throw new IllegalArgumentException("--threads must be >= 0, got " + threads);
        }
        return o.withDomain(d).withTolerance(tolerance).withMaxIterations(maxIterations).withPrecision(p)
                .withParallelism(threads);
    }

    private Geometry loadGeometry() throws Exception {
        if (costInput.cost != null) {
            Matrix c = Inputs.matrix("--cost", costInput.cost);
            return Geometry.dense(c.rows(), c.cols(), RawAccess.data(c));
        }
        Matrix x = Inputs.matrix("--source", costInput.points.source);
        Matrix y = Inputs.matrix("--target", costInput.points.target);
        if (x.cols() != y.cols()) {
            throw new IllegalArgumentException("--source points have dimension " + x.cols() + " but --target points have "
                    + y.cols());
        }
        Geometry online = Geometry.pointCloud(x, y, CostFunction.byName(metric));
        return switch (geometry) {
            case "online" -> online;
            case "dense" -> online.toDense();
            case "auto" -> fitsComfortably(x.rows(), y.rows()) ? online.toDense() : online;
            default -> throw new IllegalArgumentException("--geometry must be auto, dense or online, got '" + geometry + "'");
        };
    }

    /** A dense cost (plus a plan and a kernel of the same size) uses at most a quarter of the heap. */
    static boolean fitsComfortably(long n, long m) {
        return 3 * 8 * n * m <= Runtime.getRuntime().maxMemory() / 4;
    }
}
