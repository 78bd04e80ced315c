package io.github.ot4j.cli;

import io.github.ot4j.datasets.io.NpyWriter;
import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.result.TransportPlan;
import io.github.ot4j.solver.Domain;
import io.github.ot4j.solver.EpsilonScale;
import io.github.ot4j.solver.KernelPrecision;
import io.github.ot4j.solver.SinkhornOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code ot4j solve}: one optimal-transport problem from NPY files, result as one JSON line. The
 * options are shared; each method's solving lives in its own small class
 * ({@link SinkhornMethod}, {@link EmdMethod}, {@link GromovMethod}, {@link PartialMethod}, {@link SlicedMethod},
 * {@link DivergenceMethod}).
 */
@Command(name = "solve", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Solve one optimal-transport problem given as NPY files and print one JSON line.",
        description = {"Solve one optimal-transport problem given as NPY files and print one JSON line:",
            "method, cost, iterations, stop reason, error, seconds (and the method's own terms).",
            "Methods: sinkhorn (entropic OT), emd (exact OT, network simplex), gw and fused-gw (Gromov-Wasserstein: entropic with --epsilon,",
            "exact conditional gradient without), partial (mass --mass: entropic with --epsilon, exact without),",
            "sliced (sliced and max-sliced Wasserstein of point clouds), divergence (Sinkhorn divergence)."},
        footer = {"", "Examples:",
            "  ot4j solve --cost C.npy --epsilon 0.01 --plan-out P.npy",
            "  ot4j solve --source X.npy --target Y.npy --metric euclidean --a a.npy --b b.npy",
            "  ot4j solve --cost C.npy --epsilon 1e-4 --domain log --tol 1e-9 --max-iter 20000",
            "  ot4j solve --method emd --cost C.npy --a a.npy --b b.npy --plan-out P.npy",
            "  ot4j solve --method gw --cost-source C1.npy --cost-target C2.npy --epsilon 5e-3",
            "  ot4j solve --method fused-gw --cost M.npy --cost-source C1.npy --cost-target C2.npy --alpha 0.5",
            "  ot4j solve --method partial --cost M.npy --mass 0.6 --epsilon 0.05",
            "  ot4j solve --method sliced --source X.npy --target Y.npy --projections 200 --seed 7 --p 2",
            "  ot4j solve --method divergence --source X.npy --target Y.npy --epsilon 0.5"})
final class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    CostInput costInput;

    static final class CostInput {
        @Option(names = "--cost", paramLabel = "C.npy",
                description = "n x m cost matrix (float64/float32 NPY); for fused-gw the feature cost M.")
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

    @Option(names = "--cost-source", paramLabel = "C1.npy", description = "gw, fused-gw: n x n cost between source points.")
    Path costSource;

    @Option(names = "--cost-target", paramLabel = "C2.npy", description = "gw, fused-gw: m x m cost between target points.")
    Path costTarget;

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
            description = "Solver: sinkhorn, emd, gw, fused-gw, partial, sliced or divergence (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--epsilon", paramLabel = "E",
            description = "Entropic regularization (absolute unless --epsilon-scale says otherwise). Sinkhorn default: 0.05 relative to the mean cost.")
    Double epsilon;

    @Option(names = "--epsilon-scale", paramLabel = "S", defaultValue = "absolute",
            description = "What --epsilon is relative to: absolute, max (largest cost) or mean (mean cost).")
    String epsilonScale;

    @Option(names = "--domain", paramLabel = "D", defaultValue = "auto",
            description = "Sinkhorn domain: auto, kernel or log (default: ${DEFAULT-VALUE}).")
    String domain;

    @Option(names = "--tol", paramLabel = "T", defaultValue = "1e-9",
            description = "Stopping tolerance (Sinkhorn: L1 marginal error; gw: Frobenius change of the plan); 0 runs exactly --max-iter iterations (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--max-iter", paramLabel = "N", description = "Iteration cap (default: 10000 for sinkhorn, the method's own otherwise).")
    Integer maxIterations;

    @Option(names = "--precision", paramLabel = "P", defaultValue = "double",
            description = "Kernel storage in the kernel domain: double or float (default: ${DEFAULT-VALUE}).")
    String precision;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.5",
            description = "fused-gw: weight of the structure term in [0, 1] (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--loss", paramLabel = "L", defaultValue = "square",
            description = "gw, fused-gw: square or kl (default: ${DEFAULT-VALUE}).")
    String loss;

    @Option(names = "--mass", paramLabel = "M", description = "partial: the mass to transport, in (0, min(|a|, |b|)].")
    Double mass;

    @Option(names = "--projections", paramLabel = "K", defaultValue = "50",
            description = "sliced: number of random directions (default: ${DEFAULT-VALUE}).")
    int projections;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "sliced: seed of the directions (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--p", paramLabel = "P", defaultValue = "2", description = "sliced: order of the Wasserstein distance, 1 or 2 (default: ${DEFAULT-VALUE}).")
    int order;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Threads (0 = all processors).")
    int threads;

    @Option(names = "--plan-out", paramLabel = "P.npy", description = "Write the n x m plan here (float64 NPY).")
    Path planOut;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (threads < 0) {
            throw new IllegalArgumentException("--threads must be >= 0, got " + threads);
        }
        if (maxIterations != null && maxIterations < 1) {
            throw new IllegalArgumentException("--max-iter must be >= 1, got " + maxIterations);
        }
        long start = System.nanoTime();
        JsonLine line = switch (method) {
            case "sinkhorn" -> SinkhornMethod.run(this);
            case "emd" -> EmdMethod.run(this);
            case "gw", "fused-gw" -> GromovMethod.run(this, "fused-gw".equals(method));
            case "partial" -> PartialMethod.run(this);
            case "sliced" -> SlicedMethod.run(this);
            case "divergence" -> DivergenceMethod.run(this);
            default -> throw new IllegalArgumentException("unknown method '" + method
                    + "'; expected sinkhorn, emd, gw, fused-gw, partial, sliced or divergence");
        };
        spec.commandLine().getOut().println(line.put("seconds", (System.nanoTime() - start) / 1e9));
        return 0;
    }

    /** @return the Sinkhorn options from --epsilon, --epsilon-scale, --domain, --tol, --max-iter, --precision, --threads */
    SinkhornOptions sinkhornOptions(double defaultRelativeEpsilon) {
        EpsilonScale scale = switch (epsilonScale) {
            case "absolute" -> EpsilonScale.ABSOLUTE;
            case "max" -> EpsilonScale.MAX_COST;
            case "mean" -> EpsilonScale.MEAN_COST;
            default -> throw new IllegalArgumentException("--epsilon-scale must be absolute, max or mean, got '" + epsilonScale + "'");
        };
        SinkhornOptions o = epsilon == null
                ? SinkhornOptions.relativeEpsilon(defaultRelativeEpsilon, EpsilonScale.MEAN_COST)
                : SinkhornOptions.relativeEpsilon(epsilon, scale);
        KernelPrecision p = switch (precision) {
            case "double" -> KernelPrecision.DOUBLE;
            case "float" -> KernelPrecision.FLOAT;
            default -> throw new IllegalArgumentException("--precision must be double or float, got '" + precision + "'");
        };
        return o.withDomain(domain()).withTolerance(tolerance).withMaxIterations(maxIterations == null ? 10_000 : maxIterations)
                .withPrecision(p).withParallelism(threads);
    }

    Domain domain() {
        return switch (domain) {
            case "auto" -> Domain.AUTO;
            case "kernel" -> Domain.KERNEL;
            case "log" -> Domain.LOG;
            default -> throw new IllegalArgumentException("--domain must be auto, kernel or log, got '" + domain + "'");
        };
    }

    /** The --cost matrix or the cost between --source and --target points, as for sinkhorn. */
    Geometry loadGeometry() throws IOException {
        if (costInput == null) {
            throw new IllegalArgumentException("method " + method + " needs --cost C.npy or --source X.npy --target Y.npy");
        }
        if (costInput.cost != null) {
            Matrix c = Inputs.matrix("--cost", costInput.cost);
            return Geometry.dense(c.rows(), c.cols(), RawAccess.data(c));
        }
        Matrix[] xy = loadPoints();
        Geometry online = Geometry.pointCloud(xy[0], xy[1], CostFunction.byName(metric));
        return switch (geometry) {
            case "online" -> online;
            case "dense" -> online.toDense();
            case "auto" -> fitsComfortably(xy[0].rows(), xy[1].rows()) ? online.toDense() : online;
            default -> throw new IllegalArgumentException("--geometry must be auto, dense or online, got '" + geometry + "'");
        };
    }

    /** The --source and --target points, of the same dimension. */
    Matrix[] loadPoints() throws IOException {
        if (costInput == null || costInput.points == null) {
            throw new IllegalArgumentException("method " + method + " needs --source X.npy --target Y.npy");
        }
        Matrix x = Inputs.matrix("--source", costInput.points.source);
        Matrix y = Inputs.matrix("--target", costInput.points.target);
        if (x.cols() != y.cols()) {
            throw new IllegalArgumentException("--source points have dimension " + x.cols() + " but --target points have "
                    + y.cols());
        }
        return new Matrix[] {x, y};
    }

    void writePlan(TransportPlan plan) throws IOException {
        if (planOut != null) {
            NpyWriter.write(planOut, RawAccess.wrap(plan.rows(), plan.cols(), plan.toRowMajor()));
        }
    }

    /** A dense cost (plus a plan and a kernel of the same size) uses at most a quarter of the heap. */
    static boolean fitsComfortably(long n, long m) {
        return 3 * 8 * n * m <= Runtime.getRuntime().maxMemory() / 4;
    }
}
