package io.github.ot4j.cli;

/** {@code ot4j solve --method sliced}: sliced and max-sliced Wasserstein between two point clouds. */
final class SlicedMethod {
    private SlicedMethod() {
    }

    static JsonLine run(SolveCommand c) throws Exception {
        c.loadPoints();
        throw new IllegalArgumentException("method sliced needs the exact 1-D Wasserstein distance, which this build lacks");
    }
}
