package io.github.ot4j.symmetry.diagnostics;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Checks;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.symmetry.align.OrthogonalMap;
import io.github.ot4j.symmetry.align.Procrustes;
import io.github.ot4j.symmetry.group.FiniteGroup;
import io.github.ot4j.symmetry.group.OrthogonalGroup;
import io.github.ot4j.symmetry.internal.DenseAlgebra;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Measures how equivariant an embedding is: given {@code F = f(X)} and {@code F' = f(g X)} for a
 * transformation {@code g} of the inputs, does {@code g} act on the embedding space as an
 * orthogonal map, {@code f(g x) = Q_g f(x)}? This is the structure CARE trains for (Gupta,
 * Robinson, Lim, Villar &amp; Jegelka, "Structuring Representation Geometry with Rotationally
 * Equivariant Contrastive Learning", ICLR 2024, arXiv:2306.13924), whose loss compares inner
 * products: {@code <f(g x), f(g x')> = <f(x), f(x')>} for all pairs.
 *
 * <p>The report ({@link EquivarianceReport}) gives the best orthogonal map (Procrustes) and its
 * residual, CARE's Gram-matrix discrepancy, and the best unconstrained linear map with its residual
 * for comparison: a small linear but large orthogonal residual says {@code g} acts linearly but
 * not isometrically (e.g. it rescales the embedding).
 *
 * <p>Numerics: the Gram discrepancy {@code |F Fᵀ - F' F'ᵀ|_F} is computed from the {@code R}
 * factor of a QR decomposition of {@code [F F']} ({@code O(n k²)}, no {@code n × n} matrix), which
 * keeps it at rounding level (about {@code 1e-16} relative) when the embeddings differ by an
 * orthogonal map; expanding it into traces of {@code k × k} products would leave about
 * {@code 1e-8} from cancellation.
 */
public final class EquivarianceDiagnostics {

    private EquivarianceDiagnostics() {
    }

    /**
     * Compares two embeddings of the same inputs, row {@code i} of each belonging to input
     * {@code i}.
     *
     * @param embedding {@code n × k}, rows {@code f(x_i)}
     * @param transformed {@code n × k}, rows {@code f(g x_i)}
     * @return the report
     * @throws IllegalArgumentException if an argument is null or the shapes differ
     */
    public static EquivarianceReport compare(Matrix embedding, Matrix transformed) {
        if (embedding == null || transformed == null) {
            throw new IllegalArgumentException("embedding and transformed must not be null");
        }
        if (embedding.rows() != transformed.rows() || embedding.cols() != transformed.cols()) {
            throw new IllegalArgumentException("embedding is " + embedding.rows() + " x " + embedding.cols()
                    + " but transformed is " + transformed.rows() + " x " + transformed.cols());
        }
        int n = embedding.rows();
        int k = embedding.cols();
        double[] f = RawAccess.data(embedding);
        double[] h = RawAccess.data(transformed);
        double hNorm = frobenius(h);

        OrthogonalMap q = Procrustes.fit(embedding, transformed, OrthogonalGroup.ORTHOGONAL).map();
        double orthogonalResidual = relative(residual(f, h, RawAccess.data(q.matrix()), n, k), hNorm);

        double[] a = leastSquaresMap(f, h, n, k);
        double linearResidual = relative(residual(f, h, a, n, k), hNorm);

        double[] gram = gramDiscrepancy(f, h, n, k);
        double gramRelative = relative(gram[0], gram[1]);
        double meanSquared = gram[0] * gram[0] / ((double) n * n);
        return new EquivarianceReport(q, orthogonalResidual, RawAccess.wrap(k, k, a), linearResidual, gramRelative,
                meanSquared);
    }

    /**
     * Evaluates an embedding on the inputs and on their images under every group element, and
     * compares each pair with {@link #compare(Matrix, Matrix)}.
     *
     * @param embedding the map {@code f: R^d -> R^k}; called once per input and element, must
     *     return finite vectors of one length {@code k}, and must not modify its argument
     * @param x {@code n × d} inputs
     * @param group a group acting on {@code R^d}
     * @return one report per element, in element order (element 0, the identity, compares
     *     {@code f(X)} with itself)
     * @throws IllegalArgumentException if an argument is null, the inputs do not have the group's
     *     dimension, or the embedding returns vectors of varying length or non-finite values
     */
    public static List<EquivarianceReport> perElement(Function<double[], double[]> embedding, Matrix x,
                                                      FiniteGroup group) {
        if (embedding == null || group == null) {
            throw new IllegalArgumentException("embedding and group must not be null");
        }
        group.requirePoints("x", x);
        Matrix base = embed(embedding, x);
        List<EquivarianceReport> out = new ArrayList<>(group.order());
        for (int g = 0; g < group.order(); g++) {
            Matrix moved = embed(embedding, group.apply(g, x));
            if (moved.cols() != base.cols()) {
                throw new IllegalArgumentException("the embedding returned " + moved.cols() + " values for inputs moved by element "
                        + g + " but " + base.cols() + " for the original inputs");
            }
            out.add(compare(base, moved));
        }
        return List.copyOf(out);
    }

    private static Matrix embed(Function<double[], double[]> embedding, Matrix x) {
        int n = x.rows();
        double[] first = null;
        double[] out = null;
        int k = -1;
        for (int i = 0; i < n; i++) {
            double[] e = embedding.apply(x.row(i));
            if (e == null || e.length == 0) {
                throw new IllegalArgumentException("the embedding returned no values for input " + i);
            }
            if (first == null) {
                first = e;
                k = e.length;
                out = new double[n * k];
            } else if (e.length != k) {
                throw new IllegalArgumentException("the embedding returned " + e.length + " values for input " + i
                        + " but " + k + " for input 0");
            }
            System.arraycopy(e, 0, out, i * k, k);
        }
        Checks.requireFinite("embedding output", out, k);
        return RawAccess.wrap(n, k, out);
    }

    /** {@code |H - F Mᵀ|_F} for a {@code k × k} map M. */
    private static double residual(double[] f, double[] h, double[] map, int n, int k) {
        double[] predicted = DenseAlgebra.multiplyTransposeB(f, map, n, k, k);
        double s = 0;
        for (int i = 0; i < predicted.length; i++) {
            double t = h[i] - predicted[i];
            s += t * t;
        }
        return Math.sqrt(s);
    }

    /** The minimum-norm least-squares {@code A} with {@code F Aᵀ ≈ H}: {@code Aᵀ = V S⁺ Uᵀ H}. */
    private static double[] leastSquaresMap(double[] f, double[] h, int n, int k) {
        DenseAlgebra.Svd svd = DenseAlgebra.svd(f, n, k);
        int r = svd.rank();
        double[] s = svd.s();
        double cutoff = Math.max(n, k) * Math.ulp(1.0) * (r > 0 ? s[0] : 0);
        double[] uth = DenseAlgebra.multiplyTransposeA(svd.u(), h, r, n, k); // r × k
        for (int p = 0; p < r; p++) {
            double inv = s[p] > cutoff ? 1 / s[p] : 0;
            for (int c = 0; c < k; c++) {
                uth[p * k + c] *= inv;
            }
        }
        double[] at = DenseAlgebra.multiply(svd.v(), uth, k, r, k); // Aᵀ, k × k
        return DenseAlgebra.transpose(at, k, k);
    }

    /** {@code {|F Fᵀ - H Hᵀ|_F, |F Fᵀ|_F}} from the R factor of {@code [F H]}. */
    private static double[] gramDiscrepancy(double[] f, double[] h, int n, int k) {
        int w = 2 * k;
        double[] stacked = new double[n * w];
        for (int i = 0; i < n; i++) {
            System.arraycopy(f, i * k, stacked, i * w, k);
            System.arraycopy(h, i * k, stacked, i * w + k, k);
        }
        double[] r = DenseAlgebra.qrR(stacked, n, w);
        int p = Math.min(n, w);
        double[] rf = new double[p * k];
        double[] rh = new double[p * k];
        for (int i = 0; i < p; i++) {
            System.arraycopy(r, i * w, rf, i * k, k);
            System.arraycopy(r, i * w + k, rh, i * k, k);
        }
        double[] gf = DenseAlgebra.multiplyTransposeB(rf, rf, p, k, p);
        double[] gh = DenseAlgebra.multiplyTransposeB(rh, rh, p, k, p);
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < gf.length; i++) {
            double t = gf[i] - gh[i];
            diff += t * t;
            norm += gf[i] * gf[i];
        }
        return new double[] {Math.sqrt(diff), Math.sqrt(norm)};
    }

    private static double frobenius(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** {@code value / reference}, or {@code value} itself when the reference is 0. */
    private static double relative(double value, double reference) {
        return reference > 0 ? value / reference : value;
    }
}
