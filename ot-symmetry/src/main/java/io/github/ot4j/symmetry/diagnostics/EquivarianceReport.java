package io.github.ot4j.symmetry.diagnostics;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.symmetry.align.OrthogonalMap;

/**
 * How close two embeddings {@code F = f(X)} and {@code F' = f(g X)} (one row per input) are to
 * being related by an orthogonal map, as {@link EquivarianceDiagnostics} measures it. All
 * residuals are relative Frobenius norms, so they are comparable across embeddings and scales:
 * 0 means exact, and 1 is as bad as predicting 0.
 *
 * @param orthogonalMap the best orthogonal map {@code Q = argmin |F' - F Qᵀ|_F} over {@code O(k)}
 *     (Procrustes), so that {@code f(g x) ≈ Q f(x)}
 * @param orthogonalResidual {@code |F' - F Qᵀ|_F / |F'|_F}
 * @param linearMap the best unconstrained linear map {@code A = argmin |F' - F Aᵀ|_F}
 *     (least squares, minimum-norm when {@code F} is rank deficient)
 * @param linearResidual {@code |F' - F Aᵀ|_F / |F'|_F}; never above {@code orthogonalResidual}
 * @param gramDiscrepancy CARE's criterion as a relative norm:
 *     {@code |F Fᵀ - F' F'ᵀ|_F / |F Fᵀ|_F}. It is 0 exactly when every inner product
 *     {@code <f(x_i), f(x_j)>} is preserved, which (for embeddings spanning their space) happens
 *     exactly when an orthogonal map relates them
 * @param meanSquaredGramDiscrepancy the unnormalized CARE loss
 *     {@code (1/n²) Σ_ij (<f(x_i), f(x_j)> - <f(g x_i), f(g x_j)>)²}
 */
public record EquivarianceReport(OrthogonalMap orthogonalMap, double orthogonalResidual, Matrix linearMap,
                                 double linearResidual, double gramDiscrepancy, double meanSquaredGramDiscrepancy) {

    /**
     * Validates.
     *
     * @param orthogonalMap the best orthogonal map {@code Q = argmin |F' - F Qᵀ|_F} over {@code O(k)}
     *     (Procrustes), so that {@code f(g x) ≈ Q f(x)}
     * @param orthogonalResidual {@code |F' - F Qᵀ|_F / |F'|_F}
     * @param linearMap the best unconstrained linear map {@code A = argmin |F' - F Aᵀ|_F}
     *     (least squares, minimum-norm when {@code F} is rank deficient)
     * @param linearResidual {@code |F' - F Aᵀ|_F / |F'|_F}; never above {@code orthogonalResidual}
     * @param gramDiscrepancy CARE's criterion as a relative norm:
     *     {@code |F Fᵀ - F' F'ᵀ|_F / |F Fᵀ|_F}. It is 0 exactly when every inner product
     *     {@code <f(x_i), f(x_j)>} is preserved, which (for embeddings spanning their space) happens
     *     exactly when an orthogonal map relates them
     * @param meanSquaredGramDiscrepancy the unnormalized CARE loss
     *     {@code (1/n²) Σ_ij (<f(x_i), f(x_j)> - <f(g x_i), f(g x_j)>)²}
     * @throws IllegalArgumentException if a map is null or a number is NaN or negative
     */
    public EquivarianceReport {
        if (orthogonalMap == null || linearMap == null) {
            throw new IllegalArgumentException("orthogonalMap and linearMap must not be null");
        }
        if (!(orthogonalResidual >= 0) || !(linearResidual >= 0) || !(gramDiscrepancy >= 0)
                || !(meanSquaredGramDiscrepancy >= 0)) {
            throw new IllegalArgumentException("residuals must be >= 0, got " + orthogonalResidual + ", "
                    + linearResidual + ", " + gramDiscrepancy + ", " + meanSquaredGramDiscrepancy);
        }
    }

    /**
     * How much of the residual comes from insisting on an orthogonal map: large when the
     * embeddings are related by a linear map that is far from orthogonal (e.g. a scaling).
     *
     * @return {@code orthogonalResidual - linearResidual}, {@code >= 0} up to rounding
     */
    public double orthogonalityGap() {
        return orthogonalResidual - linearResidual;
    }
}
