package io.github.ot4j.datasets.tasks;

import java.util.Arrays;

/**
 * Precision at k of one retrieval run.
 *
 * @param task the task name
 * @param seed the split seed
 * @param ks the cut-offs; cloned in and out
 * @param precision P@k for each cut-off, in {@code [0, 1]}; cloned in and out
 */
public record RetrievalResult(String task, int seed, int[] ks, double[] precision) {

    /**
     * @param task the task name
     * @param seed the split seed
     * @param ks the cut-offs; cloned in and out
     * @param precision P@k for each cut-off, in {@code [0, 1]}; cloned in and out
     * @throws IllegalArgumentException if an argument is null, the arrays differ in length, or a
     *     precision is outside {@code [0, 1]}
     */
    public RetrievalResult {
        if (task == null || ks == null || precision == null) {
            throw new IllegalArgumentException("task, ks and precision must not be null");
        }
        if (ks.length != precision.length) {
            throw new IllegalArgumentException("ks has " + ks.length + " entries but precision has " + precision.length);
        }
        ks = ks.clone();
        precision = precision.clone();
        for (int c = 0; c < precision.length; c++) {
            if (!(precision[c] >= 0 && precision[c] <= 1)) {
                throw new IllegalArgumentException("precision[" + c + "] must be in [0, 1], got " + precision[c]);
            }
        }
    }

    /** @return a copy of ks */
    @Override
    public int[] ks() {
        return ks.clone();
    }

    /** @return a copy of precision */
    @Override
    public double[] precision() {
        return precision.clone();
    }

    /**
     * @param k a cut-off of this result
     * @return P@k in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code k} was not evaluated
     */
    public double precisionAt(int k) {
        for (int c = 0; c < ks.length; c++) {
            if (ks[c] == k) {
                return precision[c];
            }
        }
        throw new IllegalArgumentException("k = " + k + " was not evaluated; ks = " + Arrays.toString(ks));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetrievalResult r && r.task.equals(task) && r.seed == seed && Arrays.equals(r.ks, ks)
                && Arrays.equals(r.precision, precision);
    }

    @Override
    public int hashCode() {
        return (task.hashCode() * 31 + seed) * 31 + Arrays.hashCode(precision);
    }

    @Override
    public String toString() {
        return "RetrievalResult[" + task + ", seed " + seed + ", ks " + Arrays.toString(ks) + ", P@k "
                + Arrays.toString(precision) + "]";
    }
}
