package io.github.ot4j.geometry;

/** The transpose of another geometry; rows are gathered column by column. */
final class TransposedGeometry implements Geometry {
    private final Geometry base;

    TransposedGeometry(Geometry base) {
        this.base = base;
    }

    @Override
    public int rows() {
        return base.cols();
    }

    @Override
    public int cols() {
        return base.rows();
    }

    @Override
    public double cost(int i, int j) {
        return base.cost(j, i);
    }

    @Override
    public void costRow(int i, int from, int to, double[] out) {
        for (int j = from; j < to; j++) {
            out[j - from] = base.cost(j, i);
        }
    }

    @Override
    public boolean isMatrixFree() {
        return base.isMatrixFree();
    }

    @Override
    public CostStatistics statistics() {
        return base.statistics();
    }

    @Override
    public Geometry transpose() {
        return base;
    }
}
