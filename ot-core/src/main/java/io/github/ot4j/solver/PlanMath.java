package io.github.ot4j.solver;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.Parallel;
import io.github.ot4j.result.TransportPlan;

/** Plan materialization and the cost and entropy terms of a plan. */
final class PlanMath {

    private PlanMath() {
    }

    /** @return true if every entry of the {@code n × m} array is finite and non-negative */
    static boolean finiteNonNegative(double[] x, int n, int m, int parallelism) {
        int chunks = Sinkhorn.chunksFor(parallelism, n, m);
        boolean[] ok = new boolean[chunks];
        Parallel.run(chunks, c -> {
            int from = Parallel.start(c, chunks, n) * m;
            int to = Parallel.start(c + 1, chunks, n) * m;
            boolean good = true;
            for (int k = from; k < to; k++) {
                double v = x[k];
                // NaN fails the comparison; +inf fails the bound
                good &= v >= 0 && v <= Double.MAX_VALUE;
            }
            ok[c] = good;
        });
        for (boolean b : ok) {
            if (!b) {
                return false;
            }
        }
        return true;
    }

    /** {@code out[i m + j] = exp((f_i + g_j - C_ij) / eps)}. */
    static void fromPotentials(Geometry geometry, double[] f, double[] g, double eps, double[] out, int parallelism) {
        int n = geometry.rows();
        int m = geometry.cols();
        int chunks = Sinkhorn.chunksFor(parallelism, n, m);
        double inv = 1 / eps;
        Parallel.run(chunks, c -> {
            double[] row = new double[m];
            int from = Parallel.start(c, chunks, n);
            int to = Parallel.start(c + 1, chunks, n);
            for (int i = from; i < to; i++) {
                geometry.costRow(i, row);
                double fi = f[i];
                int off = i * m;
                for (int j = 0; j < m; j++) {
                    out[off + j] = Math.exp((fi + g[j] - row[j]) * inv);
                }
            }
        });
    }

    /**
     * The transport cost and the entropic term of a plan of the form
     * {@code P_ij = exp((f_i + g_j - C_ij) / eps)}. Because {@code log P_ij} is known, the
     * generalized {@code KL(P | a bᵀ) = Σ P log(P / (a_i b_j)) - Σ P + Σa Σb} reduces to
     * {@code Σ_i r_i (f_i / eps - log a_i) + Σ_j c_j (g_j / eps - log b_j) - <P, C> / eps - Σ P + Σa Σb}
     * with the row and column marginals r, c: one pass over the plan and no logarithm per entry.
     *
     * @return {@code {<P, C>, KL(P | a bᵀ), rowMarginal..., columnMarginal...}} packed as
     *     {@code {cost, kl}} plus the marginals written into {@code rows} and {@code cols}
     */
    static double[] costAndEntropy(Geometry geometry, TransportPlan plan, double[] dense, double[] a, double[] b,
                                   double[] f, double[] g, double eps, double[] rows, double[] cols, int parallelism) {
        int n = geometry.rows();
        int m = geometry.cols();
        int chunks = Sinkhorn.chunksFor(parallelism, n, m);
        double[] cost = new double[chunks];
        double[][] colParts = new double[chunks][m];
        Parallel.run(chunks, c -> {
            double[] row = new double[m];
            double[] p = new double[m];
            double[] colPart = colParts[c];
            int from = Parallel.start(c, chunks, n);
            int to = Parallel.start(c + 1, chunks, n);
            double cs = 0;
            for (int i = from; i < to; i++) {
                geometry.costRow(i, row);
                if (dense != null) {
                    System.arraycopy(dense, i * m, p, 0, m);
                } else {
                    plan.row(i, p);
                }
                double rs = 0;
                for (int j = 0; j < m; j++) {
                    double pij = p[j];
                    if (pij > 0) {
                        cs += pij * row[j];
                        rs += pij;
                        colPart[j] += pij;
                    }
                }
                rows[i] = rs;
            }
            cost[c] = cs;
        });
        double totalCost = 0;
        java.util.Arrays.fill(cols, 0);
        for (int c = 0; c < chunks; c++) {
            totalCost += cost[c];
            for (int j = 0; j < m; j++) {
                cols[j] += colParts[c][j];
            }
        }
        double mass = 0;
        double massA = 0;
        double massB = 0;
        double kl = -totalCost / eps;
        for (int i = 0; i < n; i++) {
            massA += a[i];
            mass += rows[i];
            if (rows[i] > 0) {
                kl += rows[i] * (f[i] / eps - Math.log(a[i]));
            }
        }
        for (int j = 0; j < m; j++) {
            massB += b[j];
            if (cols[j] > 0) {
                kl += cols[j] * (g[j] / eps - Math.log(b[j]));
            }
        }
        return new double[] {totalCost, kl - mass + massA * massB};
    }

    /** Generalized KL divergence {@code Σ x log(x / y) - x + y}. */
    static double generalizedKl(double[] x, double[] y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            if (x[k] > 0) {
                s += x[k] * Math.log(x[k] / y[k]);
            }
            s += y[k] - x[k];
        }
        return s;
    }
}
