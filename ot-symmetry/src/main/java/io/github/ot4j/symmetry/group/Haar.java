package io.github.ot4j.symmetry.group;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.symmetry.internal.DenseAlgebra;

import java.util.random.RandomGenerator;

/**
 * Samples from the Haar (uniform) measure on the compact groups {@code O(d)} and {@code SO(d)}:
 * {@code SO(2)} (planar rotations), {@code SO(3)} (rotations of space) and {@code O(d)} are the
 * common cases.
 *
 * <p>Algorithm (Mezzadri 2007, "How to generate random matrices from the classical compact
 * groups", Notices AMS 54(5), arXiv:math-ph/0609050): draw {@code Z} with i.i.d. standard normal
 * entries, factor {@code Z = Q R} (ojAlgo's Householder QR), and return
 * {@code Q diag(sign(R_ii))}. The sign fix makes the factorization unique and the result exactly
 * Haar-distributed on {@code O(d)}; without it, {@code Q} inherits the QR routine's sign convention
 * and is not uniform. For {@code SO(d)}, a sample with determinant {@code -1} has its first column
 * negated; this maps the Haar measure of the {@code det = -1} coset onto that of {@code SO(d)}, so
 * the result is Haar on {@code SO(d)}.
 *
 * <p>Randomness comes only from the generator passed in: the same seed gives the same matrices.
 * Generators are not thread-safe; use one per thread (e.g. {@code SplittableRandom.split()}).
 */
public final class Haar {

    private Haar() {
    }

    /**
     * A Haar-random orthogonal matrix ({@code det = ±1}).
     *
     * @param d dimension, at least 1
     * @param random the source of randomness; advanced by {@code d²} normal draws
     * @return a {@code d × d} orthogonal matrix
     * @throws IllegalArgumentException if {@code d < 1} or {@code random} is null
     */
    public static Matrix orthogonal(int d, RandomGenerator random) {
        return sample(OrthogonalGroup.ORTHOGONAL, d, random);
    }

    /**
     * A Haar-random rotation ({@code det = +1}).
     *
     * @param d dimension, at least 1 ({@code SO(1) = {1}})
     * @param random the source of randomness; advanced by {@code d²} normal draws
     * @return a {@code d × d} rotation matrix
     * @throws IllegalArgumentException if {@code d < 1} or {@code random} is null
     */
    public static Matrix specialOrthogonal(int d, RandomGenerator random) {
        return sample(OrthogonalGroup.SPECIAL_ORTHOGONAL, d, random);
    }

    /**
     * A Haar-random element of {@code O(d)} or {@code SO(d)}.
     *
     * @param group which group
     * @param d dimension, at least 1
     * @param random the source of randomness; advanced by {@code d²} normal draws
     * @return a {@code d × d} orthogonal matrix, with determinant +1 for {@code SPECIAL_ORTHOGONAL}
     * @throws IllegalArgumentException if an argument is null or {@code d < 1}
     */
    public static Matrix sample(OrthogonalGroup group, int d, RandomGenerator random) {
        if (group == null || random == null) {
            throw new IllegalArgumentException("group and random must not be null");
        }
        if (d < 1) {
            throw new IllegalArgumentException("d must be >= 1, got " + d);
        }
        return RawAccess.wrap(d, d, sampleRaw(group, d, random));
    }

    /**
     * Row-major form of {@link #sample}, for library code; arguments are not checked.
     *
     * @param group which group
     * @param d dimension
     * @param random randomness
     * @return {@code d × d} row-major
     */
    static double[] sampleRaw(OrthogonalGroup group, int d, RandomGenerator random) {
        double[] z = new double[d * d];
        for (int k = 0; k < z.length; k++) {
            z[k] = random.nextGaussian();
        }
        double[][] qr = DenseAlgebra.qr(z, d);
        double[] q = qr[0];
        double[] diag = qr[1];
        for (int j = 0; j < d; j++) {
            if (diag[j] < 0) {
                for (int i = 0; i < d; i++) {
                    q[i * d + j] = -q[i * d + j];
                }
            }
        }
        if (group == OrthogonalGroup.SPECIAL_ORTHOGONAL && DenseAlgebra.determinant(q, d) < 0) {
            for (int i = 0; i < d; i++) {
                q[i * d] = -q[i * d];
            }
        }
        return q;
    }
}
