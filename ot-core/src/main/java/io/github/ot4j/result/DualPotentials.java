package io.github.ot4j.result;

import io.github.ot4j.internal.Checks;

/**
 * Dual potentials {@code (f, g)} of an entropic transport problem at regularization
 * {@code epsilon}: the plan is {@code P_ij = exp((f_i + g_j - C_ij) / epsilon)}. Also usable as
 * a warm start. Arrays are copied in and out.
 *
 * @param f source potential, one entry per row
 * @param g target potential, one entry per column
 */
public record DualPotentials(double[] f, double[] g) {

    /** Validates and copies; entries may be {@code -inf} (zero rows) but not NaN or {@code +inf}. */
    public DualPotentials {
        if (f == null || g == null) {
            throw new IllegalArgumentException("f and g must not be null");
        }
        f = f.clone();
        g = g.clone();
        requireNoNaN("f", f);
        requireNoNaN("g", g);
    }

    private static void requireNoNaN(String name, double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i]) || v[i] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + v[i]);
            }
        }
    }

    /**
     * Zero potentials, the usual cold start.
     *
     * @param n rows
     * @param m columns
     * @return the potentials
     */
    public static DualPotentials zeros(int n, int m) {
        Checks.requireAtLeast("n", n, 1);
        Checks.requireAtLeast("m", m, 1);
        return new DualPotentials(new double[n], new double[m]);
    }

    @Override
    public double[] f() {
        return f.clone();
    }

    @Override
    public double[] g() {
        return g.clone();
    }

    /**
     * The linear part of the dual objective, {@code <a, f> + <b, g>}.
     *
     * @param a source weights
     * @param b target weights
     * @return the value
     */
    public double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < f.length; i++) {
            if (a[i] > 0) {
                s += a[i] * f[i];
            }
        }
        for (int j = 0; j < g.length; j++) {
            if (b[j] > 0) {
                s += b[j] * g[j];
            }
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DualPotentials p && java.util.Arrays.equals(p.f, f) && java.util.Arrays.equals(p.g, g);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(f) + java.util.Arrays.hashCode(g);
    }

    @Override
    public String toString() {
        return "DualPotentials[n=" + f.length + ", m=" + g.length + "]";
    }
}
