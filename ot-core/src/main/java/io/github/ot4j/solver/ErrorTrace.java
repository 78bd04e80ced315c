package io.github.ot4j.solver;

import java.util.Arrays;

/** A growable list of measured errors, without boxing. */
final class ErrorTrace {
    private double[] values = new double[16];
    private int size;

    void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }

    static double norm(double[] marginal, double[] target, ErrorNorm norm) {
        double s = 0;
        if (norm == ErrorNorm.L1) {
            for (int j = 0; j < target.length; j++) {
                s += Math.abs(marginal[j] - target[j]);
            }
            return s;
        }
        for (int j = 0; j < target.length; j++) {
            double d = marginal[j] - target[j];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
