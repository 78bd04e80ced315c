package io.github.ot4j.solver;

/**
 * A progress report from an iterative solver.
 *
 * @param stage what is running, e.g. "sinkhorn" or "mirror-descent"
 * @param iteration iterations done so far
 * @param maxIterations the cap
 * @param error the latest measured error (NaN if none yet)
 */
public record Progress(String stage, int iteration, int maxIterations, double error) {
}
