package io.github.ot4j.cli;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.GromovLoss;
import io.github.ot4j.problem.QuadraticProblem;
import io.github.ot4j.solver.EntropicGromovOptions;
import io.github.ot4j.solver.EntropicGromovWasserstein;
import io.github.ot4j.solver.GromovWassersteinResult;

/** {@code ot4j solve --method gw|fused-gw}: entropic with {@code --epsilon}, exact without. */
final class GromovMethod {
    private GromovMethod() {
    }

    static JsonLine run(SolveCommand c, boolean fused) throws Exception {
        if (c.costSource == null || c.costTarget == null) {
            throw new IllegalArgumentException("method " + c.method + " needs --cost-source C1.npy and --cost-target C2.npy");
        }
        Matrix c1 = Inputs.matrix("--cost-source", c.costSource);
        Matrix c2 = Inputs.matrix("--cost-target", c.costTarget);
        GromovLoss loss = switch (c.loss) {
            case "square" -> GromovLoss.SQUARE;
            case "kl" -> GromovLoss.KL;
            default -> throw new IllegalArgumentException("--loss must be square or kl, got '" + c.loss + "'");
        };
        double[] a = Inputs.vector("--a", c.a);
        double[] b = Inputs.vector("--b", c.b);
        QuadraticProblem problem;
        if (fused) {
            if (c.costInput == null || c.costInput.cost == null) {
                throw new IllegalArgumentException("method fused-gw needs the feature cost --cost M.npy");
            }
            Geometry m = c.loadGeometry();
            problem = QuadraticProblem.fused(m, c1, c2, a, b, c.alpha).withLoss(loss);
        } else {
            if (c.costInput != null) {
                throw new IllegalArgumentException("method gw takes no --cost, --source or --target (use fused-gw for a feature cost)");
            }
            problem = QuadraticProblem.of(c1, c2, a, b).withLoss(loss);
        }
        GromovWassersteinResult r;
        String variant;
        if (c.epsilon != null) {
            EntropicGromovOptions o = EntropicGromovOptions.epsilon(c.epsilon).withTolerance(c.tolerance);
            o = o.withInner(o.inner().withDomain(c.domain()).withParallelism(c.threads));
            if (c.maxIterations != null) {
                o = o.withMaxIterations(c.maxIterations);
            }
            try (Progress progress = Progress.start(c.method, o.maxIterations(), c.quiet)) {
                r = new EntropicGromovWasserstein(o).solve(problem, null, progress.listener());
            }
            variant = "entropic";
        } else {
            r = ExactGromov.solve(problem, c);
            variant = "exact";
        }
        c.writePlan(r.plan());
        int inner = 0;
        for (int k : r.innerIterations()) {
            inner += k;
        }
        JsonLine line = new JsonLine()
                .put("method", c.method)
                .put("variant", variant)
                .put("n", problem.rows())
                .put("m", problem.cols())
                .put("loss", c.loss);
        if (c.epsilon != null) {
            line.put("epsilon", c.epsilon);
        }
        if (fused) {
            line.put("alpha", c.alpha).put("feature_cost", r.featureCost());
        }
        return line.put("cost", r.value())
                .put("structure_cost", r.structureCost())
                .put("iterations", r.convergence().iterations())
                .put("inner_iterations", inner)
                .put("stop_reason", r.convergence().reason().name())
                .put("error", r.convergence().finalError());
    }
}
