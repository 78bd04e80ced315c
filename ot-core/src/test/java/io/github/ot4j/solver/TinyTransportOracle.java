package io.github.ot4j.solver;

/**
 * An independent exact method for tiny transportation problems: enumerates every set of
 * {@code n + m - 1} cells, keeps those that form a spanning tree of the bipartite graph (solved
 * by peeling leaves), and returns the least cost over the feasible (non-negative) ones. Every
 * vertex of the transport polytope is such a basic solution, so this is the LP optimum.
 * {@code n m <= 20}.
 */
final class TinyTransportOracle {

    private TinyTransportOracle() {
    }

    /**
     * @param a source weights
     * @param b target weights, same mass
     * @param cost row-major {@code n × m}
     * @return the optimal cost
     */
    static double optimalCost(double[] a, double[] b, double[] cost) {
        int n = a.length;
        int m = b.length;
        int cells = n * m;
        if (cells > 20) {
            throw new IllegalArgumentException("too large for enumeration: " + n + " x " + m);
        }
        int basis = n + m - 1;
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < (1 << cells); mask++) {
            if (Integer.bitCount(mask) != basis) {
                continue;
            }
            double[] x = solveTree(a, b, mask);
            if (x == null) {
                continue;
            }
            double c = 0;
            boolean feasible = true;
            for (int e = 0; e < cells; e++) {
                if (x[e] < -1e-12) {
                    feasible = false;
                    break;
                }
                c += x[e] * cost[e];
            }
            if (feasible) {
                best = Math.min(best, c);
            }
        }
        return best;
    }

    /** Flows on the cells of {@code mask} if they form a spanning tree, else null. */
    private static double[] solveTree(double[] a, double[] b, int mask) {
        int n = a.length;
        int m = b.length;
        double[] ra = a.clone();
        double[] rb = b.clone();
        double[] x = new double[n * m];
        int left = mask;
        boolean progress = true;
        while (left != 0 && progress) {
            progress = false;
            for (int i = 0; i < n && !progress; i++) {
                int only = -1;
                int count = 0;
                for (int j = 0; j < m; j++) {
                    if ((left >> (i * m + j) & 1) != 0) {
                        count++;
                        only = j;
                    }
                }
                if (count == 1) {
                    x[i * m + only] = ra[i];
                    rb[only] -= ra[i];
                    ra[i] = 0;
                    left &= ~(1 << (i * m + only));
                    progress = true;
                }
            }
            for (int j = 0; j < m && !progress; j++) {
                int only = -1;
                int count = 0;
                for (int i = 0; i < n; i++) {
                    if ((left >> (i * m + j) & 1) != 0) {
                        count++;
                        only = i;
                    }
                }
                if (count == 1) {
                    x[only * m + j] = rb[j];
                    ra[only] -= rb[j];
                    rb[j] = 0;
                    left &= ~(1 << (only * m + j));
                    progress = true;
                }
            }
        }
        if (left != 0) {
            return null; // contains a cycle
        }
        for (double r : ra) {
            if (Math.abs(r) > 1e-12) {
                return null; // disconnected: the peeled flows do not meet the marginals
            }
        }
        for (double r : rb) {
            if (Math.abs(r) > 1e-12) {
                return null;
            }
        }
        return x;
    }
}
