package io.github.ot4j.symmetry.kernel;

/**
 * The profile {@code φ} of a radial kernel {@code k(x, y) = φ(|x - y| / h)}. Every profile here is
 * positive definite on {@code R^d} for every {@code d} (each is a completely monotone function of
 * {@code r²}, or a Matérn kernel; Schoenberg 1938, Rasmussen &amp; Williams 2006, ch. 4), so the
 * kernels are valid for kernel ridge regression in any dimension.
 */
public enum RadialProfile {
    /** {@code exp(-r² / 2)}. */
    GAUSSIAN,
    /** {@code exp(-r)}. */
    LAPLACIAN,
    /** Matérn ν = 3/2: {@code (1 + √3 r) exp(-√3 r)}. */
    MATERN_3_2,
    /** Matérn ν = 5/2: {@code (1 + √5 r + 5 r² / 3) exp(-√5 r)}. */
    MATERN_5_2,
    /** Inverse multiquadric {@code (1 + r²)^(-1/2)}. */
    INVERSE_MULTIQUADRIC;

    private static final double SQRT3 = Math.sqrt(3);
    private static final double SQRT5 = Math.sqrt(5);

    /**
     * @param r2 squared scaled distance {@code r² = |x - y|² / h²}, {@code >= 0}
     * @return {@code φ(r)}, in {@code (0, 1]}
     */
    public double evaluate(double r2) {
        switch (this) {
            case GAUSSIAN:
                return Math.exp(-0.5 * r2);
            case LAPLACIAN:
                return Math.exp(-Math.sqrt(r2));
            case MATERN_3_2: {
                double s = SQRT3 * Math.sqrt(r2);
                return (1 + s) * Math.exp(-s);
            }
            case MATERN_5_2: {
                double s = SQRT5 * Math.sqrt(r2);
                return (1 + s + 5 * r2 / 3) * Math.exp(-s);
            }
            default:
                return 1 / Math.sqrt(1 + r2);
        }
    }
}
