package io.github.ot4j.internal;

/**
 * Argument checks used at public entry points. Every message names the argument and the value,
 * as the project's error rules require. Not part of the API.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * @param name argument name
     * @param values values to check
     * @throws IllegalArgumentException naming the first NaN or infinite entry
     */
    public static void requireFinite(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + v);
            }
        }
    }

    /**
     * Like {@link #requireFinite(String, double[])} for a row-major matrix, naming the entry as
     * {@code name[i][j]}.
     *
     * @param name argument name
     * @param values row-major values
     * @param cols number of columns
     */
    public static void requireFinite(String name, double[] values, int cols) {
        for (int k = 0; k < values.length; k++) {
            double v = values[k];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + "[" + (k / cols) + "][" + (k % cols) + "] is " + v);
            }
        }
    }

    /**
     * Checks a vector of weights: non-null, the expected length, finite and non-negative, with a
     * positive total.
     *
     * @param name argument name
     * @param w weights
     * @param expectedLength required length
     * @param lengthSource what the length must match, for the message, e.g. "the cost has 6 rows"
     * @return the total mass
     */
    public static double requireWeights(String name, double[] w, int expectedLength, String lengthSource) {
        if (w == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (w.length != expectedLength) {
            throw new IllegalArgumentException(name + " has " + w.length + " entries but " + lengthSource);
        }
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            double v = w[i];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + v);
            }
            if (v < 0) {
                throw new IllegalArgumentException(name + "[" + i + "] is negative: " + v);
            }
            total += v;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException(name + " has zero total mass");
        }
        return total;
    }

    /**
     * @param name argument name
     * @param value value that must be finite and {@code > 0}
     * @return {@code value}
     */
    public static double requirePositive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be > 0 and finite, got " + value);
        }
        return value;
    }

    /**
     * @param name argument name
     * @param value value that must be finite and {@code >= 0}
     * @return {@code value}
     */
    public static double requireNonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be >= 0 and finite, got " + value);
        }
        return value;
    }

    /**
     * @param name argument name
     * @param value value that must be {@code >= min}
     * @param min minimum
     * @return {@code value}
     */
    public static int requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
        return value;
    }
}
