package io.github.ot4j.symmetry.align;

import io.github.ot4j.geometry.CostStatistics;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.geometry.PointCloudGeometry;

/**
 * The geometry of an {@link OrbitCost} between two point sets: {@code C_ij = min_g c(x_i, g y_j)}.
 * Holds the orbit of the targets ({@code |G| m} points) as a point-cloud geometry under the base
 * cost, so memory is {@code O((n + |G| m) d)} and a row costs {@code |G|} base rows. Immutable
 * and thread-safe (each thread gets its own scratch row). Build it with
 * {@link OrbitCost#geometry(Matrix, Matrix)}.
 */
public final class OrbitGeometry implements Geometry {

    private final OrbitCost cost;
    private final PointCloudGeometry orbits;
    private final int n;
    private final int m;
    private final int order;
    private final ThreadLocal<double[]> scratch;
    private volatile CostStatistics statistics;

    OrbitGeometry(Matrix x, Matrix y, OrbitCost cost) {
        this.cost = cost;
        this.orbits = Geometry.pointCloud(x, cost.group().symmetrize(y), cost.base());
        this.n = x.rows();
        this.m = y.rows();
        this.order = cost.group().order();
        this.scratch = ThreadLocal.withInitial(() -> new double[m]);
    }

    /** @return the orbit cost */
    public OrbitCost orbitCost() {
        return cost;
    }

    @Override
    public int rows() {
        return n;
    }

    @Override
    public int cols() {
        return m;
    }

    @Override
    public double cost(int i, int j) {
        double best = Double.POSITIVE_INFINITY;
        for (int g = 0; g < order; g++) {
            best = Math.min(best, orbits.cost(i, g * m + j));
        }
        return best;
    }

    /**
     * @param i source index
     * @param j target index
     * @return the group element {@code g} minimizing {@code c(x_i, g y_j)} (the smallest index
     *     among ties)
     */
    public int bestElement(int i, int j) {
        java.util.Objects.checkIndex(i, n);
        java.util.Objects.checkIndex(j, m);
        double best = Double.POSITIVE_INFINITY;
        int arg = 0;
        for (int g = 0; g < order; g++) {
            double c = orbits.cost(i, g * m + j);
            if (c < best) {
                best = c;
                arg = g;
            }
        }
        return arg;
    }

    @Override
    public void costRow(int i, int from, int to, double[] out) {
        orbits.costRow(i, from, to, out);
        if (order == 1) {
            return;
        }
        double[] buf = scratch.get();
        int len = to - from;
        for (int g = 1; g < order; g++) {
            orbits.costRow(i, g * m + from, g * m + to, buf);
            for (int j = 0; j < len; j++) {
                if (buf[j] < out[j]) {
                    out[j] = buf[j];
                }
            }
        }
    }

    @Override
    public boolean isMatrixFree() {
        return true;
    }

    @Override
    public CostStatistics statistics() {
        CostStatistics s = statistics;
        if (s == null) {
            double[] row = new double[m];
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                costRow(i, row);
                for (int j = 0; j < m; j++) {
                    min = Math.min(min, row[j]);
                    max = Math.max(max, row[j]);
                    sum += row[j];
                }
            }
            if (!Double.isFinite(min) || !Double.isFinite(max) || !Double.isFinite(sum)) {
                throw new IllegalArgumentException("the " + cost.name() + " cost between these points is not finite");
            }
            s = new CostStatistics(min, max, sum / ((double) n * m));
            statistics = s;
        }
        return s;
    }

    @Override
    public String toString() {
        return "OrbitGeometry[" + n + " x " + m + ", " + cost.name() + "]";
    }
}
