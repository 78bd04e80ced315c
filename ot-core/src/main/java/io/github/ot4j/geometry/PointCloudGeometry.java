package io.github.ot4j.geometry;

import io.github.ot4j.internal.RawAccess;

/**
 * A matrix-free geometry between two point sets: {@code C[i][j] = c(x_i, y_j)} is recomputed
 * each time a row is needed, so memory stays {@code O((n + m) d)} and problems with
 * {@code n = 10^5} points fit on one machine. Built-in costs use a vectorizable row kernel over
 * a column-major copy of the targets; user costs are evaluated point by point.
 *
 * <p>Each Sinkhorn iteration then costs {@code O(n m d)} arithmetic instead of {@code O(n m)}
 * memory reads; for small {@code n m} a {@link DenseGeometry} ({@link #toDense()}) is faster.
 */
public final class PointCloudGeometry implements Geometry {

    private final Matrix x;
    private final Matrix y;
    private final CostFunction cost;
    private final int n;
    private final int m;
    private final int d;
    private final double[] xs;
    private final double[] ys;
    private final double[] yt;
    private final double[] aux;
    private volatile CostStatistics statistics;

    PointCloudGeometry(Matrix x, Matrix y, CostFunction cost) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("source and target points must not be null");
        }
        if (cost == null) {
            throw new IllegalArgumentException("cost must not be null");
        }
        CostFunction.requireSameDimension(x, y);
        this.x = x;
        this.y = y;
        this.cost = cost;
        this.n = x.rows();
        this.m = y.rows();
        this.d = x.cols();
        this.xs = RawAccess.data(x);
        this.ys = RawAccess.data(y);
        if (cost instanceof BuiltinCost builtin) {
            this.yt = RawMatrix.transpose(ys, m, d);
            this.aux = builtin.auxiliary(yt, m, d);
        } else {
            this.yt = null;
            this.aux = null;
        }
    }

    /** @return the source points */
    public Matrix source() {
        return x;
    }

    /** @return the target points */
    public Matrix target() {
        return y;
    }

    /** @return the ground cost */
    public CostFunction costFunction() {
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
        return cost.cost(xs, i * d, ys, j * d, d);
    }

    @Override
    public void costRow(int i, int from, int to, double[] out) {
        if (yt != null) {
            ((BuiltinCost) cost).costRow(xs, i * d, yt, aux, m, d, from, to, out);
        } else {
            for (int j = from; j < to; j++) {
                out[j - from] = cost.cost(xs, i * d, ys, j * d, d);
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
            s = CostStatistics.scan(this);
            if (!Double.isFinite(s.min()) || !Double.isFinite(s.max()) || !Double.isFinite(s.mean())) {
                throw new IllegalArgumentException("the " + cost.name() + " cost between these points is not finite");
            }
            statistics = s;
        }
        return s;
    }

    @Override
    public Geometry transpose() {
        return new PointCloudGeometry(y, x, symmetricOrSwapped());
    }

    private CostFunction symmetricOrSwapped() {
        if (cost instanceof BuiltinCost) {
            return cost;
        }
        CostFunction c = cost;
        return CostFunction.of(c.name() + "ᵀ", (a, b) -> c.cost(b, a));
    }

    @Override
    public String toString() {
        return "PointCloudGeometry[" + n + " x " + m + ", d=" + d + ", " + cost.name() + "]";
    }
}
