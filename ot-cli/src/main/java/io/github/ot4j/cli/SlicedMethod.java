package io.github.ot4j.cli;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.solver.SlicedOptions;
import io.github.ot4j.solver.SlicedResult;
import io.github.ot4j.solver.SlicedWasserstein;

/** {@code ot4j solve --method sliced}: sliced and max-sliced Wasserstein between two point clouds. */
final class SlicedMethod {
    private SlicedMethod() {
    }

    static JsonLine run(SolveCommand c) throws Exception {
        Matrix[] xy = c.loadPoints();
        if (c.order != 1 && c.order != 2) {
            throw new IllegalArgumentException("--p must be 1 or 2, got " + c.order);
        }
        SlicedOptions o = SlicedOptions.random(c.order, c.seed).withProjections(c.projections).withParallelism(c.threads);
        SlicedResult r = new SlicedWasserstein(o).compute(xy[0], xy[1], Inputs.vector("--a", c.a), Inputs.vector("--b", c.b));
        return new JsonLine()
                .put("method", "sliced")
                .put("n", xy[0].rows())
                .put("m", xy[1].rows())
                .put("dimension", xy[0].cols())
                .put("p", c.order)
                .put("projections", c.projections)
                .put("seed", c.seed)
                .put("cost", r.distance())
                .put("max_sliced", r.maxSliced());
    }
}
