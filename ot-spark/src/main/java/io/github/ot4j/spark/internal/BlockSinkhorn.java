package io.github.ot4j.spark.internal;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.Kernels;
import io.github.ot4j.internal.Vectorization;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The executor side of the distributed log-domain Sinkhorn: for one block of source rows and the
 * broadcast target and potential {@code g}, computes the rows' potentials
 * {@code f_i = epsilon log a_i - epsilon LSE_j((g_j - C_ij) / epsilon)} and, in the same pass
 * over the cost rows (matrix-free, one row of {@code m} costs at a time), the block's
 * contribution to the column log-sum-exps {@code LSE_i((f_i - C_ij) / epsilon)}. The arithmetic
 * is ot-core's {@code LogSinkhorn} row update with the row maximum as the shift (its fallback;
 * its fast path shifts by the previous {@code f_i}), so a row's {@code f_i} agrees with
 * ot-core's to rounding.
 */
public final class BlockSinkhorn {

    private BlockSinkhorn() {
    }

    /**
     * What every task of one solve needs besides the block and {@code g}.
     *
     * @param epsilon the absolute regularization
     * @param uniformWeight {@code 1 / n} when the input has no weight column
     * @param cost the ground cost
     */
    public record Params(double epsilon, double uniformWeight, ShippedCost cost) implements Serializable {
    }

    private static Geometry geometry(SourceBlock block, PointSet target, Params p) {
        return Geometry.pointCloud(block.points(), target.points(), p.cost().get());
    }

    /**
     * Row half-step for row {@code i}: POT's max-shifted log-sum-exp, as ot-core's
     * {@code LogSinkhorn} computes it when a row is far from its marginal.
     *
     * @param a the row's weight
     * @param g target potential
     * @param costs the row's costs (all {@code m})
     * @param eps epsilon
     * @param inv {@code 1 / epsilon}
     * @param kernels the kernels
     * @return {@code f_i}
     */
    static double rowPotential(double a, double[] g, double[] costs, double eps, double inv, Kernels kernels) {
        if (a == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        int m = g.length;
        double max = kernels.maxDifference(g, 0, costs, m);
        double s = kernels.sumExpDifference(g, 0, costs, max, inv, m);
        return 1.0 * (eps * Math.log(a) - max - eps * Math.log(s));
    }

    /**
     * One iteration's pass over a block.
     *
     * @param block the rows
     * @param target the target points
     * @param g the current target potential
     * @param p solve parameters
     * @param coldStart true for the first pass, which uses {@code f = 0} (ot-core's cold start)
     *     instead of updating {@code f}
     * @param exact true for the two-pass (local max, then sum) computation
     * @return the block's partial column log-sum-exps
     */
    public static ColumnPartial pass(SourceBlock block, PointSet target, double[] g, Params p, boolean coldStart,
                                     boolean exact) {
        int n = block.size();
        if (n == 0) {
            return ColumnPartial.empty();
        }
        Kernels kernels = Vectorization.kernels();
        Geometry geometry = geometry(block, target, p);
        int m = target.size();
        double eps = p.epsilon();
        double inv = 1 / eps;
        double[] buf = new double[m];
        double[] acc = new double[m];
        double[] f = new double[n];
        long nonFinite = 0;
        if (!exact) {
            for (int i = 0; i < n; i++) {
                geometry.costRow(i, buf);
                double fi = coldStart ? 0 : rowPotential(block.weight(i, p.uniformWeight()), g, buf, eps, inv, kernels);
                if (Double.isNaN(fi) || fi == Double.POSITIVE_INFINITY) {
                    nonFinite++;
                }
                if (fi == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                kernels.accumulateExp(fi, g, buf, inv, acc, 0, m);
            }
            return ColumnPartial.of(null, acc, nonFinite);
        }
        double[] colMax = new double[m];
        Arrays.fill(colMax, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            geometry.costRow(i, buf);
            double fi = coldStart ? 0 : rowPotential(block.weight(i, p.uniformWeight()), g, buf, eps, inv, kernels);
            if (Double.isNaN(fi) || fi == Double.POSITIVE_INFINITY) {
                nonFinite++;
            }
            f[i] = fi;
            if (fi != Double.NEGATIVE_INFINITY) {
                kernels.maxAccumulate(fi, buf, colMax, 0, m);
            }
        }
        double[] negMax = new double[m];
        for (int j = 0; j < m; j++) {
            negMax[j] = -colMax[j];
        }
        for (int i = 0; i < n; i++) {
            if (f[i] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            geometry.costRow(i, buf);
            kernels.accumulateExp(f[i], negMax, buf, inv, acc, 0, m);
        }
        return ColumnPartial.of(negMax, acc, nonFinite);
    }

    /**
     * The block's potentials {@code f = F(g)}, as ot-core computes them from the same {@code g}.
     *
     * @param block the rows
     * @param target the target points
     * @param g the target potential
     * @param p solve parameters
     * @return one {@code f_i} per row of the block
     */
    public static double[] potentials(SourceBlock block, PointSet target, double[] g, Params p) {
        int n = block.size();
        double[] f = new double[n];
        if (n == 0) {
            return f;
        }
        Kernels kernels = Vectorization.kernels();
        Geometry geometry = geometry(block, target, p);
        double[] buf = new double[target.size()];
        double inv = 1 / p.epsilon();
        for (int i = 0; i < n; i++) {
            geometry.costRow(i, buf);
            f[i] = rowPotential(block.weight(i, p.uniformWeight()), g, buf, p.epsilon(), inv, kernels);
        }
        return f;
    }

    /**
     * The block's share of the transport cost {@code Σ_ij P_ij C_ij} with
     * {@code P_ij = exp((f_i + g_j - C_ij) / epsilon)} and {@code f = F(g)}.
     *
     * @param block the rows
     * @param target the target points
     * @param g the target potential
     * @param p solve parameters
     * @return the partial sum
     */
    public static double transportCost(SourceBlock block, PointSet target, double[] g, Params p) {
        int n = block.size();
        if (n == 0) {
            return 0;
        }
        Kernels kernels = Vectorization.kernels();
        Geometry geometry = geometry(block, target, p);
        int m = target.size();
        double[] buf = new double[m];
        double eps = p.epsilon();
        double inv = 1 / eps;
        double total = 0;
        for (int i = 0; i < n; i++) {
            geometry.costRow(i, buf);
            double fi = rowPotential(block.weight(i, p.uniformWeight()), g, buf, eps, inv, kernels);
            if (fi == Double.NEGATIVE_INFINITY) {
                continue;
            }
            double row = 0;
            for (int j = 0; j < m; j++) {
                if (g[j] != Double.NEGATIVE_INFINITY) {
                    row += Math.exp((fi + g[j] - buf[j]) * inv) * buf[j];
                }
            }
            total += row;
        }
        return total;
    }

    /**
     * Minimum, maximum and sum of the block's costs, for an epsilon relative to the cost.
     *
     * @param block the rows
     * @param target the target points
     * @param p solve parameters (epsilon unused)
     * @return {@code {min, max, sum}}
     */
    public static double[] costStatistics(SourceBlock block, PointSet target, Params p) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int n = block.size();
        if (n > 0) {
            Geometry geometry = geometry(block, target, p);
            double[] buf = new double[target.size()];
            for (int i = 0; i < n; i++) {
                geometry.costRow(i, buf);
                double rowSum = 0;
                for (double c : buf) {
                    min = Math.min(min, c);
                    max = Math.max(max, c);
                    rowSum += c;
                }
                sum += rowSum;
            }
        }
        return new double[] {min, max, sum};
    }
}
