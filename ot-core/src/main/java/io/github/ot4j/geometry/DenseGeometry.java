package io.github.ot4j.geometry;

import io.github.ot4j.internal.Checks;

/**
 * A cost matrix stored densely, row-major. Memory {@code 8 n m} bytes; rows are read, not
 * recomputed, so this is the fastest geometry when it fits.
 */
public final class DenseGeometry implements Geometry {

    static {
        io.github.ot4j.internal.RawAccess.registerDenseGeometryAccess(g -> g.costs, DenseGeometry::new);
    }

    private final int rows;
    private final int cols;
    private final double[] costs;
    private final CostStatistics statistics;

    private DenseGeometry(int rows, int cols, double[] costs) {
        this.rows = rows;
        this.cols = cols;
        this.costs = costs;
        this.statistics = CostStatistics.scan(this);
    }

    static DenseGeometry of(double[][] costs) {
        Matrix m = Matrix.of("cost", costs);
        return new DenseGeometry(m.rows(), m.cols(), io.github.ot4j.internal.RawAccess.data(m));
    }

    static DenseGeometry of(int rows, int cols, double[] rowMajor) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("cost must be at least 1 x 1, got " + rows + " x " + cols);
        }
        if (rowMajor == null || (long) rows * cols != rowMajor.length) {
            throw new IllegalArgumentException("cost has " + (rowMajor == null ? 0 : rowMajor.length)
                    + " values but " + rows + " x " + cols + " needs " + ((long) rows * cols));
        }
        double[] copy = rowMajor.clone();
        Checks.requireFinite("cost", copy, cols);
        return new DenseGeometry(rows, cols, copy);
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public double cost(int i, int j) {
        return costs[i * cols + j];
    }

    @Override
    public void costRow(int i, int from, int to, double[] out) {
        System.arraycopy(costs, i * cols + from, out, 0, to - from);
    }

    @Override
    public CostStatistics statistics() {
        return statistics;
    }

    @Override
    public DenseGeometry toDense() {
        return this;
    }

    /** @return the cost matrix as a new rectangular array */
    public double[][] toArray() {
        return RawMatrix.toArray(costs, rows, cols);
    }

    /** @return a row-major copy of the costs */
    public double[] toRowMajor() {
        return costs.clone();
    }

    /** @return the costs as a matrix (a copy) */
    public Matrix toMatrix() {
        return Matrix.of("cost", rows, cols, costs);
    }

    @Override
    public String toString() {
        return "DenseGeometry[" + rows + " x " + cols + "]";
    }
}
