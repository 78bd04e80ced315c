package io.github.ot4j.map;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.result.TransportPlan;

/**
 * The barycentric projection of a plan: each source point {@code i} is sent to the average of
 * the target points it sends mass to, {@code T(x_i) = Σ_j P_ij y_j / Σ_j P_ij}
 * (Ferradans et al. 2014, arXiv:1307.5551; POT's {@code SinkhornTransport.transform}). Defined
 * for the points the plan was computed on; use {@link EntropicMap} for new points.
 */
public final class BarycentricMap {

    private BarycentricMap() {
    }

    /**
     * Maps every source point of the plan.
     *
     * @param plan an {@code n × m} plan
     * @param target the {@code m} target points, one per row
     * @return {@code n} mapped points; a source row with no mass (zero weight) is mapped to the
     *     plan's weighted mean of all targets
     * @throws IllegalArgumentException if the target has the wrong number of rows
     */
    public static Matrix sourceToTarget(TransportPlan plan, Matrix target) {
        if (plan == null || target == null) {
            throw new IllegalArgumentException("plan and target must not be null");
        }
        if (target.rows() != plan.cols()) {
            throw new IllegalArgumentException("target has " + target.rows() + " points but the plan has "
                    + plan.cols() + " columns");
        }
        Matrix sum = plan.pullBack(target);
        return normalize(RawAccess.data(sum), plan.rowMarginal(), sum.rows(), sum.cols(), plan::columnMarginal, target);
    }

    /**
     * Maps every target point back onto the source: {@code Σ_i P_ij x_i / Σ_i P_ij} (POT's
     * {@code inverse_transform}).
     *
     * @param plan an {@code n × m} plan
     * @param source the {@code n} source points
     * @return {@code m} mapped points
     */
    public static Matrix targetToSource(TransportPlan plan, Matrix source) {
        if (plan == null || source == null) {
            throw new IllegalArgumentException("plan and source must not be null");
        }
        if (source.rows() != plan.rows()) {
            throw new IllegalArgumentException("source has " + source.rows() + " points but the plan has "
                    + plan.rows() + " rows");
        }
        Matrix sum = plan.pushForward(source);
        return normalize(RawAccess.data(sum), plan.columnMarginal(), sum.rows(), sum.cols(), plan::rowMarginal, source);
    }

    /**
     * Divides each row of {@code sum} by its mass; rows without mass get the mean of the other
     * side's points weighted by the other marginal (computed only when needed).
     */
    private static Matrix normalize(double[] sum, double[] mass, int rows, int cols,
                                    java.util.function.Supplier<double[]> otherMarginal, Matrix otherPoints) {
        double[] out = new double[rows * cols];
        double[] fallback = null;
        for (int i = 0; i < rows; i++) {
            if (mass[i] > 0) {
                for (int c = 0; c < cols; c++) {
                    out[i * cols + c] = sum[i * cols + c] / mass[i];
                }
            } else {
                if (fallback == null) {
                    fallback = weightedMean(otherMarginal.get(), otherPoints);
                }
                System.arraycopy(fallback, 0, out, i * cols, cols);
            }
        }
        return RawAccess.wrap(rows, cols, out);
    }

    private static double[] weightedMean(double[] weights, Matrix points) {
        int d = points.cols();
        double[] p = RawAccess.data(points);
        double[] mean = new double[d];
        double total = 0;
        for (int k = 0; k < weights.length; k++) {
            total += weights[k];
            for (int c = 0; c < d; c++) {
                mean[c] += weights[k] * p[k * d + c];
            }
        }
        for (int c = 0; c < d; c++) {
            mean[c] /= total;
        }
        return mean;
    }
}
