package io.github.ot4j.problem;

/**
 * The loss {@code L(c1, c2)} that compares an intra-source cost with an intra-target cost in
 * Gromov-Wasserstein, {@code GW(T) = Σ_{i,j,k,l} L(C1_ik, C2_jl) T_ij T_kl}.
 *
 * <p>Both are decomposed as {@code L(a, b) = f1(a) + f2(b) - h1(a) h2(b)}, which reduces the
 * four-index sum to two dense matrix products (Peyré, Cuturi &amp; Solomon 2016, Proposition 1,
 * "Gromov-Wasserstein averaging of kernel and distance matrices", ICML).
 */
public enum GromovLoss {
    /**
     * {@code L(a, b) = (a - b)²}: {@code f1(a) = a²}, {@code f2(b) = b²}, {@code h1(a) = a},
     * {@code h2(b) = 2b} (POT's {@code 'square_loss'}).
     */
    SQUARE,
    /**
     * {@code L(a, b) = a log(a / b) - a + b}: {@code f1(a) = a log(a + 1e-15) - a},
     * {@code f2(b) = b}, {@code h1(a) = a}, {@code h2(b) = log(b + 1e-15)} (POT's
     * {@code 'kl_loss'}, with its {@code 1e-15} guard). Both cost matrices must be non-negative.
     */
    KL;

    /** The guard POT adds inside the logarithms of the KL loss. */
    static final double LOG_GUARD = 1e-15;

    /**
     * @param a an intra-source cost
     * @return {@code f1(a)}
     */
    public double f1(double a) {
        return this == SQUARE ? a * a : a * Math.log(a + LOG_GUARD) - a;
    }

    /**
     * @param b an intra-target cost
     * @return {@code f2(b)}
     */
    public double f2(double b) {
        return this == SQUARE ? b * b : b;
    }

    /**
     * @param a an intra-source cost
     * @return {@code h1(a)}
     */
    public double h1(double a) {
        return a;
    }

    /**
     * @param b an intra-target cost
     * @return {@code h2(b)}
     */
    public double h2(double b) {
        return this == SQUARE ? 2 * b : Math.log(b + LOG_GUARD);
    }

    /**
     * @param a an intra-source cost
     * @param b an intra-target cost
     * @return {@code L(a, b) = f1(a) + f2(b) - h1(a) h2(b)}
     */
    public double loss(double a, double b) {
        return f1(a) + f2(b) - h1(a) * h2(b);
    }
}
