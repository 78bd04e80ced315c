package io.github.ot4j.info.kde;

import io.github.ot4j.info.internal.KernelMath;

/**
 * A bandwidth choice for the Gaussian kernels of InfoOT's kernel density estimates: a
 * {@link BandwidthRule} and its number ({@code h} for data-driven rules, {@code σ} for
 * {@link BandwidthRule#FIXED}).
 *
 * @param rule how {@code σ} is derived from distances
 * @param value the multiplier {@code h} (or {@code σ} for FIXED); finite and {@code > 0}
 */
public record Bandwidth(BandwidthRule rule, double value) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if {@code rule} is null or {@code value} is not finite and positive
     */
    public Bandwidth {
        if (rule == null) {
            throw new IllegalArgumentException("rule must not be null");
        }
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("bandwidth must be > 0 and finite, got " + value);
        }
    }

    /**
     * The original InfoOT rule {@code σ = h sqrt(mean(D²)/2)}.
     *
     * @param h the multiplier ({@code 0.5} in the paper's experiments), {@code > 0}
     * @return the bandwidth
     */
    public static Bandwidth reference(double h) {
        return new Bandwidth(BandwidthRule.REFERENCE, h);
    }

    /**
     * The median heuristic {@code σ = h · median(D)}.
     *
     * @param h the multiplier, {@code > 0}
     * @return the bandwidth
     */
    public static Bandwidth median(double h) {
        return new Bandwidth(BandwidthRule.MEDIAN, h);
    }

    /**
     * A fixed {@code σ}.
     *
     * @param sigma the kernel width, {@code > 0}
     * @return the bandwidth
     */
    public static Bandwidth fixed(double sigma) {
        return new Bandwidth(BandwidthRule.FIXED, sigma);
    }

    /**
     * Resolves {@code σ} for a distance matrix.
     *
     * @param distances {@code rows × cols} distances, row-major; not modified
     * @param rows rows
     * @param cols columns
     * @param square whether this is a self-distance matrix (its diagonal is excluded by the median rule)
     * @return {@code σ > 0}
     * @throws IllegalArgumentException if the rule gives {@code σ <= 0} (all distances zero)
     */
    public double sigma(double[] distances, int rows, int cols, boolean square) {
        double s;
        switch (rule) {
            case REFERENCE:
                s = value * KernelMath.rootHalfMeanSquare(distances);
                break;
            case MEDIAN:
                s = value * KernelMath.median(distances, rows, cols, square);
                break;
            default:
                s = value;
        }
        if (!(s > 0) || !Double.isFinite(s)) {
            throw new IllegalArgumentException("bandwidth rule " + rule + " with h = " + value + " gives sigma = " + s
                    + " (are all points identical?)");
        }
        return s;
    }
}
