package io.github.ot4j.cli;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.ExactResult;
import io.github.ot4j.solver.NetworkSimplex;
import io.github.ot4j.solver.NetworkSimplexOptions;

/** {@code ot4j solve --method emd}: exact OT by the network simplex (POT's {@code ot.emd}). */
final class EmdMethod {
    private EmdMethod() {
    }

    static JsonLine run(SolveCommand c) throws Exception {
        if (c.epsilon != null) {
            throw new IllegalArgumentException("method emd is exact and takes no --epsilon (use --method sinkhorn for entropic OT)");
        }
        Geometry g = c.loadGeometry();
        LinearProblem problem = LinearProblem.of(g, Inputs.vector("--a", c.a), Inputs.vector("--b", c.b));
        NetworkSimplexOptions options = NetworkSimplexOptions.defaults();
        if (c.maxIterations != null) {
            options = options.withMaxIterations(c.maxIterations);
        }
        ExactResult r;
        try (Progress progress = Progress.start("emd", options.maxIterations(), c.quiet)) {
            r = new NetworkSimplex(options).solve(problem, progress.listener());
        }
        c.writePlan(r.plan());
        return new JsonLine()
                .put("method", "emd")
                .put("n", g.rows())
                .put("m", g.cols())
                .put("cost", r.cost())
                .put("nonzeros", r.plan().nonZeros())
                .put("iterations", r.convergence().iterations())
                .put("stop_reason", r.convergence().reason().name())
                .put("marginal_error", r.convergence().finalError());
    }
}
