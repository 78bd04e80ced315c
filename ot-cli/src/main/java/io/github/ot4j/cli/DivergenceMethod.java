package io.github.ot4j.cli;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.solver.SinkhornDivergence;
import io.github.ot4j.solver.SinkhornDivergenceResult;
import io.github.ot4j.solver.SinkhornOptions;

import java.util.Locale;

/** {@code ot4j solve --method divergence}: the Sinkhorn divergence of two point clouds and its three terms. */
final class DivergenceMethod {
    private DivergenceMethod() {
    }

    static JsonLine run(SolveCommand c) throws Exception {
        Matrix[] xy = c.loadPoints();
        if (c.epsilon == null) {
            throw new IllegalArgumentException("method divergence needs --epsilon E");
        }
        SinkhornOptions o = c.sinkhornOptions(0.05);
        SinkhornDivergenceResult r = new SinkhornDivergence(o).compute(xy[0], xy[1], Inputs.vector("--a", c.a),
                Inputs.vector("--b", c.b), CostFunction.byName(c.metric));
        boolean converged = r.isConverged();
        int iterations = r.cross().convergence().iterations() + r.source().convergence().iterations()
                + r.target().convergence().iterations();
        return new JsonLine()
                .put("method", "divergence")
                .put("n", xy[0].rows())
                .put("m", xy[1].rows())
                .put("metric", c.metric)
                .put("domain", r.cross().domain().name().toLowerCase(Locale.ROOT))
                .put("epsilon", r.cross().epsilon())
                .put("cost", r.divergence())
                .put("unclamped", r.unclamped())
                .put("cross_term", r.crossTerm())
                .put("source_term", r.sourceTerm())
                .put("target_term", r.targetTerm())
                .put("iterations", iterations)
                .put("stop_reason", converged ? "CONVERGED" : firstFailure(r));
    }

    private static String firstFailure(SinkhornDivergenceResult r) {
        if (!r.cross().isConverged()) {
            return r.cross().convergence().reason().name();
        }
        if (!r.source().isConverged()) {
            return r.source().convergence().reason().name();
        }
        return r.target().convergence().reason().name();
    }
}
