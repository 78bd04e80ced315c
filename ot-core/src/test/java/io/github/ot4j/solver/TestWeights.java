package io.github.ot4j.solver;

/** Weight helpers shared by the solver tests. */
final class TestWeights {

    private TestWeights() {
    }

    /** @return {@code w} divided by its sum (a new array) */
    static double[] normalize(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x;
        }
        double[] out = w.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] /= s;
        }
        return out;
    }
}
