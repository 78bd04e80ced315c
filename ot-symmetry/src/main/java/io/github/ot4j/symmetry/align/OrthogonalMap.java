package io.github.ot4j.symmetry.align;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.symmetry.group.FiniteGroup;
import io.github.ot4j.symmetry.internal.DenseAlgebra;

/**
 * An orthogonal linear map {@code x ↦ R x} of {@code R^d} ({@code Rᵀ R = I}). Applied to a point
 * set with one point per row, it maps {@code X} to {@code X Rᵀ}.
 *
 * @param matrix the {@code d × d} matrix {@code R}
 */
public record OrthogonalMap(Matrix matrix) {

    /**
     * Validates.
     *
     * @param matrix the {@code d × d} matrix {@code R}
     * @throws IllegalArgumentException if the matrix is null, not square, or not orthogonal to
     *     within {@link FiniteGroup#ORTHOGONALITY_TOLERANCE} entrywise
     */
    public OrthogonalMap {
        if (matrix == null) {
            throw new IllegalArgumentException("matrix must not be null");
        }
        if (matrix.rows() != matrix.cols()) {
            throw new IllegalArgumentException("matrix is " + matrix.rows() + " x " + matrix.cols()
                    + " but an orthogonal map is square");
        }
        double err = DenseAlgebra.orthogonalityError(RawAccess.data(matrix), matrix.rows());
        if (!(err <= FiniteGroup.ORTHOGONALITY_TOLERANCE)) {
            throw new IllegalArgumentException("matrix is not orthogonal: max |RᵀR - I| = " + err + " > "
                    + FiniteGroup.ORTHOGONALITY_TOLERANCE);
        }
    }

    /**
     * @param d dimension, at least 1
     * @return the identity map of {@code R^d}
     */
    public static OrthogonalMap identity(int d) {
        if (d < 1) {
            throw new IllegalArgumentException("d must be >= 1, got " + d);
        }
        double[] m = new double[d * d];
        for (int i = 0; i < d; i++) {
            m[i * d + i] = 1;
        }
        return new OrthogonalMap(RawAccess.wrap(d, d, m));
    }

    /** @return {@code d} */
    public int dimension() {
        return matrix.rows();
    }

    /** @return {@code det R}, +1 for a rotation and -1 for a rotation composed with a reflection */
    public double determinant() {
        return DenseAlgebra.determinant(RawAccess.data(matrix), dimension());
    }

    /** @return the inverse map {@code Rᵀ} */
    public OrthogonalMap inverse() {
        return new OrthogonalMap(matrix.transpose());
    }

    /**
     * @param x a point of {@code R^d}; not modified
     * @return {@code R x}
     * @throws IllegalArgumentException if {@code x} does not have {@code d} entries
     */
    public double[] apply(double[] x) {
        int d = dimension();
        if (x == null || x.length != d) {
            throw new IllegalArgumentException("x has " + (x == null ? 0 : x.length) + " entries but the map acts on R^" + d);
        }
        return DenseAlgebra.multiplyTransposeB(x, RawAccess.data(matrix), 1, d, d);
    }

    /**
     * @param points {@code n × d}, one point per row
     * @return {@code X Rᵀ}: row {@code i} is {@code R x_i}
     * @throws IllegalArgumentException if the points do not have dimension {@code d}
     */
    public Matrix apply(Matrix points) {
        int d = dimension();
        if (points == null || points.cols() != d) {
            throw new IllegalArgumentException("points have dimension " + (points == null ? 0 : points.cols())
                    + " but the map acts on R^" + d);
        }
        int n = points.rows();
        return RawAccess.wrap(n, d, DenseAlgebra.multiplyTransposeB(RawAccess.data(points), RawAccess.data(matrix), n, d, d));
    }

    /**
     * @param other a map of the same dimension
     * @return {@code max |R - R'|} entrywise
     */
    public double distance(OrthogonalMap other) {
        if (other == null || other.dimension() != dimension()) {
            throw new IllegalArgumentException("other must be a map of R^" + dimension());
        }
        double[] a = RawAccess.data(matrix);
        double[] b = RawAccess.data(other.matrix);
        double worst = 0;
        for (int k = 0; k < a.length; k++) {
            worst = Math.max(worst, Math.abs(a[k] - b[k]));
        }
        return worst;
    }
}
