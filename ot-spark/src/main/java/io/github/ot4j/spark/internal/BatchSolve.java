package io.github.ot4j.spark.internal;

import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornResult;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The one place where a Spark task solves its batch of small problems. Today a loop over
 * {@link Sinkhorn#solve(LinearProblem)}; when ot-core's batched solver lands, this body becomes
 * one call to it. Only a small summary of each result is kept, so a batch never holds more than
 * one plan at a time.
 */
public final class BatchSolve {

    private BatchSolve() {
    }

    /**
     * Solves every problem and summarizes each result, in input order.
     *
     * @param solver the configured solver
     * @param problems the batch
     * @param summary what to keep of each result, given its position in the batch
     * @param <T> the summary type
     * @return one summary per problem, in input order
     */
    public static <T> List<T> sinkhorn(Sinkhorn solver, List<LinearProblem> problems,
                                       BiFunction<Integer, SinkhornResult, T> summary) {
        List<T> out = new ArrayList<>(problems.size());
        for (int k = 0; k < problems.size(); k++) {
            out.add(summary.apply(k, solver.solve(problems.get(k))));
        }
        return out;
    }
}
