package io.github.ot4j.spark.internal;

import java.io.Serializable;

/**
 * One partition's (or a merged group's) contribution to the column log-sum-exps of a
 * distributed log-domain Sinkhorn iteration:
 * {@code LSE_j = log(sum_j) - shift_j / epsilon}, with
 * {@code sum_j = Σ_i exp((f_i + shift_j - C_ij) / epsilon)} over the rows seen so far.
 *
 * <p>In the fast pass every partition uses the broadcast {@code g} as the shift ({@code shift}
 * is then null): every term is a plan entry, so nothing overflows, and merging is a plain sum.
 * In the exact pass each partition uses its own column maxima ({@code shift_j = -max_i(f_i -
 * C_ij)}, every {@code sum_j >= 1}), and two partials are merged stably as (max, sum) pairs:
 * the sum with the smaller maximum is rescaled by {@code exp(-Δ / epsilon) <= 1}. Merging
 * mutates and returns one of its arguments, as Spark's aggregate functions may.
 */
public final class ColumnPartial implements Serializable {

    private static final long serialVersionUID = 1L;

    private double[] shift;
    private double[] sum;
    private long nonFinite;

    private ColumnPartial(double[] shift, double[] sum, long nonFinite) {
        this.shift = shift;
        this.sum = sum;
        this.nonFinite = nonFinite;
    }

    /** @return the neutral element (no rows) */
    public static ColumnPartial empty() {
        return new ColumnPartial(null, null, 0);
    }

    /**
     * @param shift per-column shifts, or null for "the broadcast g"
     * @param sum per-column sums
     * @param nonFinite rows whose potential came out NaN or {@code +inf}
     * @return the partial
     */
    public static ColumnPartial of(double[] shift, double[] sum, long nonFinite) {
        return new ColumnPartial(shift, sum, nonFinite);
    }

    /** @return true if no rows contributed */
    public boolean isEmpty() {
        return sum == null;
    }

    /** @return the shifts, or null when they are the broadcast g */
    public double[] shift() {
        return shift;
    }

    /** @return the sums */
    public double[] sum() {
        return sum;
    }

    /** @return how many rows had a NaN or {@code +inf} potential */
    public long nonFinite() {
        return nonFinite;
    }

    /**
     * Merges two partials of the same pass.
     *
     * @param x one partial (may be modified and returned)
     * @param y another (may be modified and returned)
     * @param invEpsilon {@code 1 / epsilon}
     * @return the merged partial
     */
    public static ColumnPartial merge(ColumnPartial x, ColumnPartial y, double invEpsilon) {
        if (y.sum == null) {
            x.nonFinite += y.nonFinite;
            return x;
        }
        if (x.sum == null) {
            y.nonFinite += x.nonFinite;
            return y;
        }
        x.nonFinite += y.nonFinite;
        double[] s = x.sum;
        double[] t = y.sum;
        if (x.shift == null || y.shift == null) {
            for (int j = 0; j < s.length; j++) {
                s[j] += t[j];
            }
            return x;
        }
        double[] a = x.shift;
        double[] b = y.shift;
        for (int j = 0; j < s.length; j++) {
            if (a[j] == b[j]) {
                s[j] += t[j];
            } else if (b[j] < a[j]) {
                // y has the larger maximum (-shift): rescale x's sum to y's shift.
                s[j] = s[j] * Math.exp((b[j] - a[j]) * invEpsilon) + t[j];
                a[j] = b[j];
            } else {
                s[j] += t[j] * Math.exp((a[j] - b[j]) * invEpsilon);
            }
        }
        return x;
    }
}
