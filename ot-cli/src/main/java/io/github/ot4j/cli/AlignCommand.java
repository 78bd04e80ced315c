package io.github.ot4j.cli;

import io.github.ot4j.datasets.io.NpyWriter;
import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.info.Compatibility;
import io.github.ot4j.info.FusedInfoOt;
import io.github.ot4j.info.InfoOt;
import io.github.ot4j.info.InfoOtModel;
import io.github.ot4j.info.InfoOtOptions;
import io.github.ot4j.info.kde.Bandwidth;
import io.github.ot4j.info.kde.BandwidthRule;
import io.github.ot4j.info.da.Coupling;
import io.github.ot4j.info.da.Couplings;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.result.TransportPlan;
import io.github.ot4j.solver.SinkhornOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ot4j align}: couple two point sets (InfoOT, fused InfoOT or Sinkhorn), write the plan and
 * the projected source, optionally project new points, and print one JSON summary line.
 */
@Command(name = "align", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Align a source point set with a target point set (InfoOT, fused InfoOT, Sinkhorn, EMD).",
        description = {"Align a source point set with a target point set and print one JSON line.",
            "infoot maximizes the kernel mutual information (source and target may differ in dimension);",
            "fused-infoot adds the Euclidean cost; sinkhorn (entropic) and emd (exact) use the squared Euclidean cost."},
        footer = {"", "Examples:",
            "  ot4j align --method infoot --source atac.npy --target rna.npy --bandwidth 0.5 --epsilon 0.05 \\",
            "             --projection barycentric --projection-out atac_in_rna.npy",
            "  ot4j align --method fused-infoot --source Xs.npy --source-labels ys.npy --target Xt.npy \\",
            "             --projection conditional --project-new Xnew.npy --new-out Znew.npy",
            "  ot4j align --method infoot --source a.npy --target b.npy --compat original   (mirror the original code)"})
final class AlignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "infoot",
            description = "infoot, fused-infoot, sinkhorn or emd (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--source", paramLabel = "Xs.npy", required = true, description = "n x d_s source points.")
    Path source;

    @Option(names = "--target", paramLabel = "Xt.npy", required = true, description = "m x d_t target points.")
    Path target;

    @Option(names = "--source-labels", paramLabel = "ys.npy",
            description = "Source labels (fused-infoot: label-aware source kernel).")
    Path sourceLabels;

    @Option(names = "--bandwidth", paramLabel = "H",
            description = "Kernel bandwidth multiplier h (or sigma with --bandwidth-rule fixed). Default 0.5.")
    Double bandwidth;

    @Option(names = "--bandwidth-rule", paramLabel = "RULE", defaultValue = "reference",
            description = "reference (h*sqrt(mean(D^2)/2), the original), median (h*median distance) or fixed (default: ${DEFAULT-VALUE}).")
    String bandwidthRule;

    @Option(names = "--epsilon", paramLabel = "E",
            description = "Entropic regularization. Default: 0.05 (infoot), 1 (fused-infoot, sinkhorn).")
    Double epsilon;

    @Option(names = "--lambda", paramLabel = "L", description = "Weight of the MI term in fused-infoot (default 100).")
    Double lambda;

    @Option(names = "--iterations", paramLabel = "N",
            description = "Outer iterations. Default: 100 (infoot), 50 (fused-infoot).")
    Integer iterations;

    @Option(names = "--kernel-rank", paramLabel = "R", defaultValue = "0",
            description = "0 = exact kernels (default); R > 0 = rank-R pivoted-Cholesky kernel factors (faster, approximate).")
    int kernelRank;

    @Option(names = "--inner-tol", paramLabel = "T",
            description = "L1 marginal tolerance of each inner Sinkhorn solve (default 1e-5; ignored with --compat).")
    Double innerTolerance;

    @Option(names = "--inexact-inner", paramLabel = "F", defaultValue = "0",
            description = "Inexact inner solves: stop each at max(inner-tol, F * mass moved by the last outer step); "
                    + "0.1 is ~10x fewer inner iterations, may change the local optimum (default: ${DEFAULT-VALUE}).")
    double inexactInner;

    @Option(names = "--compat", paramLabel = "MODE", defaultValue = "none",
            description = "none (ot4j's converged inner loop, default), original (mirror the original code exactly) or original-log.")
    String compat;

    @Option(names = "--plan-out", paramLabel = "P.npy", description = "Write the n x m plan here.")
    Path planOut;

    @Option(names = "--projection", paramLabel = "KIND", defaultValue = "barycentric",
            description = "barycentric or conditional (InfoOT methods) projection of the source (default: ${DEFAULT-VALUE}).")
    String projection;

    @Option(names = "--projection-out", paramLabel = "Z.npy", description = "Write the projected source (n x d_t) here.")
    Path projectionOut;

    @Option(names = "--project-new", paramLabel = "Xnew.npy", description = "New source-space points to project.")
    Path projectNew;

    @Option(names = "--new-out", paramLabel = "Znew.npy", description = "Where to write the projected new points.")
    Path newOut;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if ((projectNew == null) != (newOut == null)) {
            throw new IllegalArgumentException("--project-new and --new-out must be given together");
        }
        boolean conditional = switch (projection) {
            case "barycentric" -> false;
            case "conditional" -> true;
            default -> throw new IllegalArgumentException("--projection must be barycentric or conditional, got '"
                    + projection + "'");
        };
        long start = System.nanoTime();
        Matrix xs = Inputs.matrix("--source", source);
        Matrix xt = Inputs.matrix("--target", target);
        int[] ys = Inputs.labels("--source-labels", sourceLabels);
        Matrix xNew = projectNew == null ? null : Inputs.matrix("--project-new", projectNew);
        if (xNew != null && xNew.cols() != xs.cols()) {
            throw new IllegalArgumentException("--project-new points have dimension " + xNew.cols()
                    + " but --source points have dimension " + xs.cols());
        }
        JsonLine json = new JsonLine().put("method", method).put("n", xs.rows()).put("m", xt.rows())
                .put("source_dim", xs.cols()).put("target_dim", xt.cols());
        TransportPlan plan;
        Matrix projected;
        Matrix projectedNew = null;
        switch (method) {
            case "infoot", "fused-infoot" -> {
                boolean fused = method.equals("fused-infoot");
                if (!fused && ys != null) {
                    throw new IllegalArgumentException("--source-labels is only used by fused-infoot");
                }
                InfoOtOptions o = options(fused);
                InfoOtModel model;
                try (Progress progress = Progress.start(method, o.maxIterations(), quiet)) {
                    model = fused ? new FusedInfoOt(o).fit(xs, ys, xt, progress.listener())
                            : new InfoOt(o).fit(xs, xt, progress.listener());
                }
                plan = model.plan();
                projected = conditional ? model.conditionalProjection() : model.barycentricProjection();
                if (xNew != null) {
                    projectedNew = model.project(xNew);
                }
                int[] inner = model.result().innerIterations();
                json.put("bandwidth_rule", o.bandwidth().rule().name().toLowerCase(Locale.ROOT))
                        .put("bandwidth", o.bandwidth().value())
                        .put("sigma_source", model.sourceBandwidth())
                        .put("sigma_target", model.targetBandwidth())
                        .put("epsilon", o.epsilon());
                if (fused) {
                    json.put("lambda", o.lambda());
                }
                json.put("compat", compat).put("kernel_rank", o.kernelRank())
                        .put("iterations", model.convergence().iterations())
                        .put("stop_reason", model.convergence().reason().name())
                        .put("last_step", model.convergence().finalError())
                        .put("inner_iterations", Arrays.stream(inner).sum())
                        .put("inner_converged", model.result().innerConverged())
                        .put("mutual_information", model.mutualInformation());
            }
            case "sinkhorn", "emd" -> {
                if (conditional) {
                    throw new IllegalArgumentException("--projection conditional needs an InfoOT method; " + method
                            + " has only barycentric");
                }
                Coupling c;
                if (method.equals("emd")) {
                    c = Couplings.emd(CostFunction.squaredEuclidean()).fit(xs, ys, xt);
                } else {
                    double eps = epsilon == null ? 1.0 : epsilon;
                    c = Couplings.sinkhorn(SinkhornOptions.epsilon(eps), CostFunction.squaredEuclidean()).fit(xs, ys, xt);
                    json.put("epsilon", eps);
                }
                plan = c.plan();
                projected = c.transformSource();
                if (xNew != null) {
                    projectedNew = c.transform(xNew);
                }
                json.put("cost", "sqeuclidean");
            }
            default -> throw new IllegalArgumentException("--method must be infoot, fused-infoot, sinkhorn or emd, got '"
                    + method + "'");
        }
        if (planOut != null) {
            NpyWriter.write(planOut, RawAccess.wrap(plan.rows(), plan.cols(), plan.toRowMajor()));
        }
        if (projectionOut != null) {
            NpyWriter.write(projectionOut, projected);
        }
        if (projectedNew != null) {
            NpyWriter.write(newOut, projectedNew);
        }
        json.put("projection", projection).put("seconds", (System.nanoTime() - start) / 1e9);
        spec.commandLine().getOut().println(json);
        return 0;
    }

    private InfoOtOptions options(boolean fused) {
        InfoOtOptions o = fused ? InfoOtOptions.fused() : InfoOtOptions.infoOt();
        BandwidthRule rule = switch (bandwidthRule) {
            case "reference" -> BandwidthRule.REFERENCE;
            case "median" -> BandwidthRule.MEDIAN;
            case "fixed" -> BandwidthRule.FIXED;
            default -> throw new IllegalArgumentException("--bandwidth-rule must be reference, median or fixed, got '"
                    + bandwidthRule + "'");
        };
        if (bandwidth != null && !(bandwidth > 0)) {
            throw new IllegalArgumentException("--bandwidth must be > 0, got " + bandwidth);
        }
        o = o.withBandwidth(new Bandwidth(rule, bandwidth == null ? 0.5 : bandwidth));
        if (epsilon != null) {
            if (!(epsilon > 0)) {
                throw new IllegalArgumentException("--epsilon must be > 0, got " + epsilon);
            }
            o = o.withEpsilon(epsilon);
        }
        if (lambda != null) {
            if (!(lambda >= 0)) {
                throw new IllegalArgumentException("--lambda must be >= 0, got " + lambda);
            }
            o = o.withLambda(lambda);
        }
        if (iterations != null) {
            if (iterations < 1) {
                throw new IllegalArgumentException("--iterations must be >= 1, got " + iterations);
            }
            o = o.withMaxIterations(iterations);
        }
        if (kernelRank < 0) {
            throw new IllegalArgumentException("--kernel-rank must be >= 0, got " + kernelRank);
        }
        Compatibility c = switch (compat) {
            case "none" -> Compatibility.NONE;
            case "original" -> Compatibility.ORIGINAL;
            case "original-log" -> Compatibility.ORIGINAL_LOG;
            default -> throw new IllegalArgumentException("--compat must be none, original or original-log, got '"
                    + compat + "'");
        };
        if (innerTolerance != null) {
            if (!(innerTolerance > 0)) {
                throw new IllegalArgumentException("--inner-tol must be > 0, got " + innerTolerance);
            }
            o = o.withInnerTolerance(innerTolerance);
        }
        if (!(inexactInner >= 0) || !Double.isFinite(inexactInner)) {
            throw new IllegalArgumentException("--inexact-inner must be >= 0, got " + inexactInner);
        }
        return o.withKernelRank(kernelRank).withCompatibility(c).withInnerToleranceFactor(inexactInner);
    }
}
