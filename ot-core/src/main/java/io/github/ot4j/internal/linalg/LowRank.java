package io.github.ot4j.internal.linalg;

/**
 * Exact low-rank factorizations {@code A = U Vᵀ} of dense matrices, found by Gaussian
 * elimination with complete pivoting (cross approximation): step k takes the largest entry of
 * the residual as pivot and subtracts the rank-one cross through it, so after k steps the
 * residual vanishes on k rows and columns; a matrix of rank r is reproduced after r steps up to
 * round-off. The residual is kept in full, so the accuracy of the result is checked, not
 * estimated. Squared Euclidean distance matrices of points in d dimensions have rank at most
 * {@code d + 2}, which is what makes Gromov-Wasserstein on point clouds cheap (the idea behind
 * Scetbon, Peyré &amp; Cuturi 2022, arXiv:2106.01128).
 *
 * <p>Cost: {@code O(k n m)} for k steps, and {@code n m} doubles of workspace. Not part of the API.
 */
public final class LowRank {

    private LowRank() {
    }

    /**
     * A factorization {@code A ≈ U Vᵀ} with {@code |A - U Vᵀ|_max <= relativeTolerance · |A|_max},
     * or null if none of rank at most {@code maxRank} exists by this method.
     *
     * @param a row-major {@code n × m} matrix; not modified
     * @param n rows
     * @param m columns
     * @param maxRank largest rank to try, {@code >= 0}
     * @param relativeTolerance accepted residual relative to the largest entry, {@code >= 0}
     * @return {@code {U (n × r, row-major), V (m × r, row-major)}} with {@code r = U.length / n},
     *     or null
     */
    public static double[][] factor(double[] a, int n, int m, int maxRank, double relativeTolerance) {
        double[] r = a.clone();
        double scale = maxAbs(r);
        double limit = relativeTolerance * scale;
        int cap = Math.min(maxRank, Math.min(n, m));
        double[] us = new double[n * cap];
        double[] vs = new double[m * cap];
        int rank = 0;
        int[] pivot = argMaxAbs(r, m);
        while (Math.abs(r[pivot[0] * m + pivot[1]]) > limit) {
            if (rank == cap) {
                return null;
            }
            int pi = pivot[0];
            int pj = pivot[1];
            double p = r[pi * m + pj];
            double[] col = new double[n];
            double[] row = new double[m];
            for (int i = 0; i < n; i++) {
                col[i] = r[i * m + pj] / p;
            }
            System.arraycopy(r, pi * m, row, 0, m);
            double best = -1;
            int bi = 0;
            int bj = 0;
            for (int i = 0; i < n; i++) {
                double ci = col[i];
                int off = i * m;
                if (ci != 0) {
                    for (int j = 0; j < m; j++) {
                        r[off + j] -= ci * row[j];
                    }
                }
                for (int j = 0; j < m; j++) {
                    double v = Math.abs(r[off + j]);
                    if (v > best) {
                        best = v;
                        bi = i;
                        bj = j;
                    }
                }
            }
            // exact zeros on the pivot cross (round-off would leave ~eps there)
            for (int i = 0; i < n; i++) {
                r[i * m + pj] = 0;
            }
            java.util.Arrays.fill(r, pi * m, pi * m + m, 0);
            if (bi == pi || bj == pj) {
                int[] again = argMaxAbs(r, m);
                bi = again[0];
                bj = again[1];
            }
            for (int i = 0; i < n; i++) {
                us[i * cap + rank] = col[i];
            }
            for (int j = 0; j < m; j++) {
                vs[j * cap + rank] = row[j];
            }
            rank++;
            pivot = new int[] {bi, bj};
        }
        double[] u = new double[n * rank];
        double[] v = new double[m * rank];
        for (int i = 0; i < n; i++) {
            System.arraycopy(us, i * cap, u, i * rank, rank);
        }
        for (int j = 0; j < m; j++) {
            System.arraycopy(vs, j * cap, v, j * rank, rank);
        }
        return new double[][] {u, v};
    }

    private static double maxAbs(double[] x) {
        double s = 0;
        for (double v : x) {
            s = Math.max(s, Math.abs(v));
        }
        return s;
    }

    private static int[] argMaxAbs(double[] r, int m) {
        double best = -1;
        int at = 0;
        for (int k = 0; k < r.length; k++) {
            double v = Math.abs(r[k]);
            if (v > best) {
                best = v;
                at = k;
            }
        }
        return new int[] {at / m, at % m};
    }
}
