package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostStatistics;
import io.github.ot4j.geometry.Geometry;

/**
 * A dense geometry over a solver-owned array, without the copy and validation of
 * {@code DenseGeometry}: used for the linearized costs of {@link MirrorDescent}, which change
 * every outer iteration. Infinite entries (from {@code -ε log 0}) are allowed.
 */
final class ArrayGeometry implements Geometry {
    private final int rows;
    private final int cols;
    private final double[] costs;
    private final CostStatistics statistics;

    ArrayGeometry(int rows, int cols, double[] costs) {
        this.rows = rows;
        this.cols = cols;
        this.costs = costs;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double c : costs) {
            min = Math.min(min, c);
            max = Math.max(max, c);
            sum += c;
        }
        this.statistics = new CostStatistics(min, max, sum / costs.length);
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
}
