package io.github.ot4j.cli;

import io.github.ot4j.problem.QuadraticProblem;
import io.github.ot4j.solver.GromovWassersteinResult;

/** The exact (conditional-gradient) Gromov-Wasserstein solve of the CLI. */
final class ExactGromov {
    private ExactGromov() {
    }

    static GromovWassersteinResult solve(QuadraticProblem problem, SolveCommand c) {
        throw new IllegalArgumentException("exact " + c.method + " needs the network simplex, which this build lacks; "
                + "pass --epsilon E for the entropic solver");
    }
}
