package io.github.ot4j.cli;

import io.github.ot4j.problem.PartialProblem;
import io.github.ot4j.solver.PartialTransportResult;

/** The exact partial transport solve of the CLI. */
final class ExactPartial {
    private ExactPartial() {
    }

    static PartialTransportResult solve(PartialProblem problem) {
        throw new IllegalArgumentException("exact partial transport needs the network simplex, which this build lacks; "
                + "pass --epsilon E for the entropic solver");
    }
}
