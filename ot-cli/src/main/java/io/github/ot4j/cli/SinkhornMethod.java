package io.github.ot4j.cli;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;

import java.util.Locale;

/** {@code ot4j solve --method sinkhorn}. */
final class SinkhornMethod {
    private SinkhornMethod() {
    }

    static JsonLine run(SolveCommand c) throws Exception {
        Geometry g = c.loadGeometry();
        LinearProblem problem = LinearProblem.of(g, Inputs.vector("--a", c.a), Inputs.vector("--b", c.b));
        SinkhornOptions options = c.sinkhornOptions(0.05);
        SinkhornResult r;
        try (Progress progress = Progress.start("sinkhorn", options.maxIterations(), c.quiet)) {
            r = new Sinkhorn(options).solve(problem, null, progress.listener());
        }
        c.writePlan(r.plan());
        return new JsonLine()
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
                .put("marginal_error", r.convergence().finalError());
    }
}
