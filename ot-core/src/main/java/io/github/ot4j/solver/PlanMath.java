package io.github.ot4j.solver;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.Parallel;
import io.github.ot4j.result.TransportPlan;

/** Plan materialization and the cost and entropy terms of a plan. */
final class PlanMath {

    private PlanMath() {
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
     * @return {@code {<P, C>, KL(P | a bᵀ)}} with the generalized KL
     *     {@code Σ P log(P / (a_i b_j)) - Σ P + Σa Σb}
     */
    static double[] costAndEntropy(Geometry geometry, TransportPlan plan, double[] dense, double[] a, double[] b,
                                   int parallelism) {
        int n = geometry.rows();
        int m = geometry.cols();
        int chunks = Sinkhorn.chunksFor(parallelism, n, m);
        double[] cost = new double[chunks];
        double[] kl = new double[chunks];
        double[] logB = new double[m];
        for (int j = 0; j < m; j++) {
            logB[j] = Math.log(b[j]);
        }
        Parallel.run(chunks, c -> {
            double[] row = new double[m];
            double[] p = new double[m];
            int from = Parallel.start(c, chunks, n);
            int to = Parallel.start(c + 1, chunks, n);
            double cs = 0;
            double ks = 0;
            for (int i = from; i < to; i++) {
                geometry.costRow(i, row);
                if (dense != null) {
                    System.arraycopy(dense, i * m, p, 0, m);
                } else {
                    plan.row(i, p);
                }
                double logAi = Math.log(a[i]);
                for (int j = 0; j < m; j++) {
                    double pij = p[j];
                    if (pij > 0) {
                        cs += pij * row[j];
                        ks += pij * (Math.log(pij) - logAi - logB[j]) - pij;
                    }
                }
            }
            cost[c] = cs;
            kl[c] = ks;
        });
        double totalCost = 0;
        double totalKl = 0;
        for (int c = 0; c < chunks; c++) {
            totalCost += cost[c];
            totalKl += kl[c];
        }
        double massA = 0;
        double massB = 0;
        for (double v : a) {
            massA += v;
        }
        for (double v : b) {
            massB += v;
        }
        return new double[] {totalCost, totalKl + massA * massB};
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
