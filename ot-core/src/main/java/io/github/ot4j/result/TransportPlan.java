package io.github.ot4j.result;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;

/**
 * A transport plan {@code P} ({@code n × m}, non-negative) seen as an operator. Plans may be
 * stored ({@link DensePlan}) or computed row by row from dual potentials ({@link EntropicPlan}),
 * so large plans never need to be materialized: apply them with {@link #pullBack(double[])} and
 * {@link #pushForward(double[])}, and ask for {@link #toRowMajor()} only when the dense matrix is
 * really needed. Implementations are immutable and thread-safe.
 */
public interface TransportPlan {

    /** @return number of source points */
    int rows();

    /** @return number of target points */
    int cols();

    /**
     * @param i source index
     * @param j target index
     * @return {@code P[i][j]}
     */
    double get(int i, int j);

    /**
     * Writes row {@code i} of P into {@code out[0 .. cols)}.
     *
     * @param i source index
     * @param out destination, length at least {@code cols()}
     */
    void row(int i, double[] out);

    /** @return {@code P 1}, the mass leaving each source point */
    default double[] rowMarginal() {
        int n = rows();
        int m = cols();
        double[] row = new double[m];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            row(i, row);
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += row[j];
            }
            out[i] = s;
        }
        return out;
    }

    /** @return {@code Pᵀ 1}, the mass arriving at each target point */
    default double[] columnMarginal() {
        int n = rows();
        int m = cols();
        double[] row = new double[m];
        double[] out = new double[m];
        for (int i = 0; i < n; i++) {
            row(i, row);
            for (int j = 0; j < m; j++) {
                out[j] += row[j];
            }
        }
        return out;
    }

    /** @return the total mass {@code Σ P_ij} */
    default double mass() {
        double s = 0;
        for (double v : rowMarginal()) {
            s += v;
        }
        return s;
    }

    /**
     * {@code P y}: for each source point, the plan-weighted sum of target values.
     *
     * @param y one value per target point; not modified
     * @return one value per source point
     */
    default double[] pullBack(double[] y) {
        requireLength("y", y, cols(), "columns");
        int n = rows();
        int m = cols();
        double[] row = new double[m];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            row(i, row);
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += row[j] * y[j];
            }
            out[i] = s;
        }
        return out;
    }

    /**
     * {@code Pᵀ x}: for each target point, the plan-weighted sum of source values.
     *
     * @param x one value per source point; not modified
     * @return one value per target point
     */
    default double[] pushForward(double[] x) {
        requireLength("x", x, rows(), "rows");
        int n = rows();
        int m = cols();
        double[] row = new double[m];
        double[] out = new double[m];
        for (int i = 0; i < n; i++) {
            row(i, row);
            double xi = x[i];
            for (int j = 0; j < m; j++) {
                out[j] += row[j] * xi;
            }
        }
        return out;
    }

    /**
     * {@code P Y} for a matrix with one row per target point.
     *
     * @param y {@code m × k}
     * @return {@code n × k}
     */
    default Matrix pullBack(Matrix y) {
        if (y == null || y.rows() != cols()) {
            throw new IllegalArgumentException("y has " + (y == null ? 0 : y.rows()) + " rows but the plan has "
                    + cols() + " columns");
        }
        int n = rows();
        int m = cols();
        int k = y.cols();
        double[] yd = RawAccess.data(y);
        double[] row = new double[m];
        double[] out = new double[n * k];
        for (int i = 0; i < n; i++) {
            row(i, row);
            int o = i * k;
            for (int j = 0; j < m; j++) {
                double p = row[j];
                if (p != 0) {
                    int yo = j * k;
                    for (int c = 0; c < k; c++) {
                        out[o + c] += p * yd[yo + c];
                    }
                }
            }
        }
        return RawAccess.wrap(n, k, out);
    }

    /**
     * {@code Pᵀ X} for a matrix with one row per source point.
     *
     * @param x {@code n × k}
     * @return {@code m × k}
     */
    default Matrix pushForward(Matrix x) {
        if (x == null || x.rows() != rows()) {
            throw new IllegalArgumentException("x has " + (x == null ? 0 : x.rows()) + " rows but the plan has "
                    + rows() + " rows");
        }
        int n = rows();
        int m = cols();
        int k = x.cols();
        double[] xd = RawAccess.data(x);
        double[] row = new double[m];
        double[] out = new double[m * k];
        for (int i = 0; i < n; i++) {
            row(i, row);
            int xo = i * k;
            for (int j = 0; j < m; j++) {
                double p = row[j];
                if (p != 0) {
                    int o = j * k;
                    for (int c = 0; c < k; c++) {
                        out[o + c] += p * xd[xo + c];
                    }
                }
            }
        }
        return RawAccess.wrap(m, k, out);
    }

    /**
     * The transport cost {@code <P, C> = Σ P_ij C_ij} under any cost of the same shape.
     *
     * @param cost the cost
     * @return the value
     */
    default double cost(Geometry cost) {
        if (cost == null || cost.rows() != rows() || cost.cols() != cols()) {
            throw new IllegalArgumentException("cost is " + (cost == null ? "null" : cost.rows() + " x " + cost.cols())
                    + " but the plan is " + rows() + " x " + cols());
        }
        int n = rows();
        int m = cols();
        double[] row = new double[m];
        double[] c = new double[m];
        double s = 0;
        for (int i = 0; i < n; i++) {
            row(i, row);
            cost.costRow(i, c);
            double r = 0;
            for (int j = 0; j < m; j++) {
                r += row[j] * c[j];
            }
            s += r;
        }
        return s;
    }

    /** @return the plan as a new row-major array of {@code n * m} entries */
    default double[] toRowMajor() {
        int n = rows();
        int m = cols();
        double[] out = new double[Math.multiplyExact(n, m)];
        double[] row = new double[m];
        for (int i = 0; i < n; i++) {
            row(i, row);
            System.arraycopy(row, 0, out, i * m, m);
        }
        return out;
    }

    /** @return the plan as a new rectangular array */
    default double[][] toArray() {
        int n = rows();
        double[][] out = new double[n][cols()];
        for (int i = 0; i < n; i++) {
            row(i, out[i]);
        }
        return out;
    }

    /** @return the plan stored densely */
    default DensePlan toDense() {
        return DensePlan.of(rows(), cols(), toRowMajor());
    }

    private static void requireLength(String name, double[] v, int expected, String what) {
        if (v == null || v.length != expected) {
            throw new IllegalArgumentException(name + " has " + (v == null ? 0 : v.length) + " entries but the plan has "
                    + expected + " " + what);
        }
    }
}
