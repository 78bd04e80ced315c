package io.github.ot4j.cli;

import io.github.ot4j.problem.PartialProblem;
import io.github.ot4j.solver.ExactPartialTransport;
import io.github.ot4j.solver.PartialTransportResult;

/** The exact partial transport solve of the CLI (network simplex on the problem with dummy points). */
final class ExactPartial {
    private ExactPartial() {
    }

    static PartialTransportResult solve(PartialProblem problem) {
        return new ExactPartialTransport().solve(problem);
    }
}
