package io.github.ot4j.cli;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.problem.PartialProblem;
import io.github.ot4j.solver.EntropicPartialOptions;
import io.github.ot4j.solver.EntropicPartialTransport;
import io.github.ot4j.solver.PartialTransportResult;

/** {@code ot4j solve --method partial --mass M}: entropic with {@code --epsilon}, exact without. */
final class PartialMethod {
    private PartialMethod() {
    }

    static JsonLine run(SolveCommand c) throws Exception {
        if (c.mass == null) {
            throw new IllegalArgumentException("method partial needs --mass M");
        }
        Geometry g = c.loadGeometry();
        PartialProblem problem = PartialProblem.of(g, Inputs.vector("--a", c.a), Inputs.vector("--b", c.b), c.mass);
        PartialTransportResult r;
        String variant;
        if (c.epsilon != null) {
            EntropicPartialOptions o = EntropicPartialOptions.epsilon(c.epsilon).withTolerance(c.tolerance);
            if (c.maxIterations != null) {
                o = o.withMaxIterations(c.maxIterations);
            }
            r = new EntropicPartialTransport(o).solve(problem);
            variant = "entropic";
        } else {
            r = ExactPartial.solve(problem);
            variant = "exact";
        }
        c.writePlan(r.plan());
        JsonLine line = new JsonLine()
                .put("method", "partial")
                .put("variant", variant)
                .put("n", g.rows())
                .put("m", g.cols())
                .put("mass", c.mass);
        if (c.epsilon != null) {
            line.put("epsilon", c.epsilon);
        }
        return line.put("cost", r.cost())
                .put("iterations", r.convergence().iterations())
                .put("stop_reason", r.convergence().reason().name())
                .put("error", r.convergence().finalError());
    }
}
