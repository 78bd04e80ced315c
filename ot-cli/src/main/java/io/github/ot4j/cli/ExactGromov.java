package io.github.ot4j.cli;

import io.github.ot4j.problem.QuadraticProblem;
import io.github.ot4j.solver.GromovWasserstein;
import io.github.ot4j.solver.GromovWassersteinOptions;
import io.github.ot4j.solver.GromovWassersteinResult;

/** The exact (conditional-gradient) Gromov-Wasserstein solve of the CLI. */
final class ExactGromov {
    private ExactGromov() {
    }

    static GromovWassersteinResult solve(QuadraticProblem problem, SolveCommand c) {
        GromovWassersteinOptions o = GromovWassersteinOptions.defaults().withTolerance(c.tolerance);
        if (c.maxIterations != null) {
            o = o.withMaxIterations(c.maxIterations);
        }
        try (Progress progress = Progress.start(c.method, o.maxIterations(), c.quiet)) {
            return new GromovWasserstein(o).solve(problem, null, progress.listener());
        }
    }
}
