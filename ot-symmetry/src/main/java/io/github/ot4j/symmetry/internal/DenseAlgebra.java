package io.github.ot4j.symmetry.internal;

import io.github.ot4j.internal.linalg.DenseProducts;
import org.ojalgo.matrix.decomposition.Cholesky;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.decomposition.LU;
import org.ojalgo.matrix.decomposition.QR;
import org.ojalgo.matrix.decomposition.SingularValue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * The dense linear algebra of {@code ot-symmetry} on row-major {@code double[]} arrays: products go
 * through ot-core's {@link DenseProducts} seam, decompositions (SVD, QR, Cholesky, LU, symmetric
 * eigen) through ojAlgo. Nothing here is hand-written beyond copying between layouts.
 * Arguments are not checked (callers validate). Not part of the API.
 */
public final class DenseAlgebra {

    /**
     * A thin singular value decomposition {@code A = U diag(s) Vᵀ}.
     *
     * @param u {@code rows × r} left singular vectors, row-major
     * @param s {@code r} singular values, descending
     * @param v {@code cols × r} right singular vectors, row-major
     * @param rank {@code r = min(rows, cols)}
     */
    public record Svd(double[] u, double[] s, double[] v, int rank) {
    }

    /**
     * A symmetric eigendecomposition {@code A = V diag(values) Vᵀ}.
     *
     * @param values eigenvalues, descending
     * @param vectors {@code d × d} row-major; column {@code k} is the eigenvector of {@code values[k]}
     */
    public record SymmetricEigen(double[] values, double[] vectors) {
    }

    private DenseAlgebra() {
    }

    /**
     * @param a row-major {@code rows × cols}
     * @param rows rows
     * @param cols columns
     * @return an ojAlgo store holding a copy
     */
    public static R064Store store(double[] a, int rows, int cols) {
        R064Store s = R064Store.FACTORY.make(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                s.set(i, j, a[i * cols + j]);
            }
        }
        return s;
    }

    /**
     * @param s an ojAlgo matrix
     * @return its entries, row-major
     */
    public static double[] rowMajor(MatrixStore<Double> s) {
        int rows = s.getRowDim();
        int cols = s.getColDim();
        double[] out = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i * cols + j] = s.doubleValue(i, j);
            }
        }
        return out;
    }

    /**
     * {@code A B}.
     *
     * @param a {@code n × k}
     * @param b {@code k × m}
     * @param n rows of A
     * @param k inner dimension
     * @param m columns of B
     * @return {@code n × m}
     */
    public static double[] multiply(double[] a, double[] b, int n, int k, int m) {
        double[] c = new double[n * m];
        DenseProducts.multiply(a, b, c, n, k, m);
        return c;
    }

    /**
     * {@code A Bᵀ}.
     *
     * @param a {@code n × k}
     * @param b {@code m × k}
     * @param n rows of A
     * @param k columns of A and B
     * @param m rows of B
     * @return {@code n × m}
     */
    public static double[] multiplyTransposeB(double[] a, double[] b, int n, int k, int m) {
        double[] c = new double[n * m];
        DenseProducts.multiplyTransposeB(a, b, c, n, k, m);
        return c;
    }

    /**
     * {@code Aᵀ B}.
     *
     * @param a {@code k × n}
     * @param b {@code k × m}
     * @param n columns of A
     * @param k rows of A and B
     * @param m columns of B
     * @return {@code n × m}
     */
    public static double[] multiplyTransposeA(double[] a, double[] b, int n, int k, int m) {
        double[] c = new double[n * m];
        DenseProducts.multiplyTransposeA(a, b, c, n, k, m);
        return c;
    }

    /**
     * Thin SVD through ojAlgo.
     *
     * @param a row-major {@code rows × cols}
     * @param rows rows
     * @param cols columns
     * @return the decomposition
     * @throws ArithmeticException if ojAlgo reports failure
     */
    public static Svd svd(double[] a, int rows, int cols) {
        R064Store m = store(a, rows, cols);
        SingularValue<Double> svd = SingularValue.R064.make(m);
        if (!svd.decompose(m)) {
            throw new ArithmeticException("singular value decomposition failed for a " + rows + " x " + cols + " matrix");
        }
        int r = Math.min(rows, cols);
        double[] u = take(svd.getU(), rows, r);
        double[] v = take(svd.getV(), cols, r);
        double[] s = new double[r];
        for (int k = 0; k < r; k++) {
            s[k] = svd.getSingularValues().doubleValue(k);
        }
        return new Svd(u, s, v, r);
    }

    private static double[] take(MatrixStore<Double> s, int rows, int cols) {
        double[] out = new double[rows * cols];
        int c = Math.min(cols, s.getColDim());
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < c; j++) {
                out[i * cols + j] = s.doubleValue(i, j);
            }
        }
        return out;
    }

    /**
     * The orthogonal polar factor: the maximizer of {@code tr(Rᵀ M)} over {@code O(d)}, or over
     * {@code SO(d)} when {@code special} (Kabsch/Umeyama determinant fix: the sign of the column
     * belonging to the smallest singular value is flipped when {@code det(U Vᵀ) < 0}).
     *
     * @param m row-major {@code d × d}
     * @param d dimension
     * @param special restrict to determinant +1
     * @return {@code R}, row-major {@code d × d}
     */
    public static double[] orthogonalFactor(double[] m, int d, boolean special) {
        Svd svd = svd(m, d, d);
        double[] u = svd.u();
        if (special && determinant(multiplyTransposeB(u, svd.v(), d, d, d), d) < 0) {
            u = u.clone();
            for (int i = 0; i < d; i++) {
                u[i * d + d - 1] = -u[i * d + d - 1];
            }
        }
        return multiplyTransposeB(u, svd.v(), d, d, d);
    }

    /**
     * QR of a square matrix through ojAlgo (Householder).
     *
     * @param a row-major {@code d × d}
     * @param d dimension
     * @return {@code {Q, diag(R)}}: Q row-major {@code d × d} and the {@code d} diagonal entries of R
     */
    public static double[][] qr(double[] a, int d) {
        R064Store m = store(a, d, d);
        QR<Double> qr = QR.R064.make(m);
        if (!qr.decompose(m)) {
            throw new ArithmeticException("QR decomposition failed for a " + d + " x " + d + " matrix");
        }
        double[] q = take(qr.getQ(), d, d);
        MatrixStore<Double> r = qr.getR();
        double[] diag = new double[d];
        for (int k = 0; k < d; k++) {
            diag[k] = r.doubleValue(k, k);
        }
        return new double[][] {q, diag};
    }

    /**
     * The {@code R} factor of a thin QR of a tall or wide matrix, through ojAlgo.
     *
     * @param a row-major {@code rows × cols}
     * @param rows rows
     * @param cols columns
     * @return R, row-major {@code min(rows, cols) × cols}
     */
    public static double[] qrR(double[] a, int rows, int cols) {
        R064Store m = store(a, rows, cols);
        QR<Double> qr = QR.R064.make(m);
        if (!qr.decompose(m)) {
            throw new ArithmeticException("QR decomposition failed for a " + rows + " x " + cols + " matrix");
        }
        MatrixStore<Double> r = qr.getR();
        int k = Math.min(rows, cols);
        double[] out = new double[k * cols];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < cols; j++) {
                out[i * cols + j] = r.doubleValue(i, j);
            }
        }
        return out;
    }

    /**
     * Solves {@code A X = B} for a symmetric positive definite A by Cholesky, falling back to LU
     * with pivoting when the factorization reports A is not numerically positive definite.
     *
     * @param a row-major {@code n × n}
     * @param n size
     * @param b row-major {@code n × k}
     * @param k right-hand sides
     * @return X, row-major {@code n × k}
     * @throws ArithmeticException if A is singular
     */
    public static double[] solveSymmetric(double[] a, int n, double[] b, int k) {
        R064Store m = store(a, n, n);
        R064Store rhs = store(b, n, k);
        Cholesky<Double> cholesky = Cholesky.R064.make(m);
        if (cholesky.decompose(m) && cholesky.isSPD()) {
            return rowMajor(cholesky.getSolution(rhs));
        }
        LU<Double> lu = LU.R064.make(m);
        if (!lu.decompose(m) || !lu.isSolvable()) {
            throw new ArithmeticException("the " + n + " x " + n + " system is singular");
        }
        return rowMajor(lu.getSolution(rhs));
    }

    /**
     * @param a row-major {@code d × d}
     * @param d dimension
     * @return {@code det A}, by LU
     */
    public static double determinant(double[] a, int d) {
        R064Store m = store(a, d, d);
        LU<Double> lu = LU.R064.make(m);
        lu.decompose(m);
        return lu.getDeterminant();
    }

    /**
     * Eigendecomposition of a symmetric matrix, eigenvalues descending.
     *
     * @param a row-major symmetric {@code d × d}
     * @param d dimension
     * @return values and vectors
     */
    public static SymmetricEigen symmetricEigen(double[] a, int d) {
        R064Store m = store(a, d, d);
        Eigenvalue<Double> eigen = Eigenvalue.R064.make(m, true);
        if (!eigen.decompose(m)) {
            throw new ArithmeticException("eigendecomposition failed for a " + d + " x " + d + " matrix");
        }
        double[] values = new double[d];
        for (int k = 0; k < d; k++) {
            values[k] = eigen.getEigenvalues().get(k).getReal();
        }
        double[] vectors = take(eigen.getV(), d, d);
        // Sort descending ourselves rather than rely on the decomposition's ordering.
        Integer[] order = new Integer[d];
        for (int k = 0; k < d; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(values[q], values[p]));
        double[] sortedValues = new double[d];
        double[] sortedVectors = new double[d * d];
        for (int k = 0; k < d; k++) {
            int src = order[k];
            sortedValues[k] = values[src];
            for (int i = 0; i < d; i++) {
                sortedVectors[i * d + k] = vectors[i * d + src];
            }
        }
        return new SymmetricEigen(sortedValues, sortedVectors);
    }

    /**
     * @param a row-major {@code d × d}
     * @param d dimension
     * @return {@code max |Aᵀ A - I|} entrywise
     */
    public static double orthogonalityError(double[] a, int d) {
        double worst = 0;
        for (int p = 0; p < d; p++) {
            for (int q = p; q < d; q++) {
                double s = 0;
                for (int i = 0; i < d; i++) {
                    s += a[i * d + p] * a[i * d + q];
                }
                double e = Math.abs(s - (p == q ? 1 : 0));
                if (!(e <= worst)) {
                    worst = e;
                }
            }
        }
        return worst;
    }

    /**
     * @param a row-major {@code rows × cols}
     * @return the transpose, row-major {@code cols × rows}
     * @param rows rows
     * @param cols columns
     */
    public static double[] transpose(double[] a, int rows, int cols) {
        double[] out = new double[a.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j * rows + i] = a[i * cols + j];
            }
        }
        return out;
    }
}
