package io.github.ot4j.solver;

import io.github.ot4j.result.StopReason;

/**
 * What a Sinkhorn engine hands back: final potentials and how the loop ended.
 *
 * @param f source potential
 * @param g target potential
 * @param reason stop reason
 * @param iterations iterations run
 * @param finalError last error
 * @param trace every measured error
 */
record EngineResult(double[] f, double[] g, StopReason reason, int iterations, double finalError, double[] trace) {
}
