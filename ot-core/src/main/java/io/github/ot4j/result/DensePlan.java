package io.github.ot4j.result;

import io.github.ot4j.internal.Checks;

/** A transport plan stored densely, row-major. */
public final class DensePlan implements TransportPlan {

    static {
        io.github.ot4j.internal.RawAccess.registerDensePlanWrapper(DensePlan::new, p -> p.data);
    }

    private final int rows;
    private final int cols;
    private final double[] data;

    private DensePlan(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /**
     * Copies a row-major plan.
     *
     * @param rows n
     * @param cols m
     * @param rowMajor {@code n * m} finite, non-negative entries
     * @return the plan
     * @throws IllegalArgumentException on a bad shape or a negative or non-finite entry
     */
    public static DensePlan of(int rows, int cols, double[] rowMajor) {
        if (rows < 1 || cols < 1 || rowMajor == null || (long) rows * cols != rowMajor.length) {
            throw new IllegalArgumentException("plan has " + (rowMajor == null ? 0 : rowMajor.length)
                    + " values but shape " + rows + " x " + cols);
        }
        double[] copy = rowMajor.clone();
        Checks.requireFinite("plan", copy, cols);
        for (int k = 0; k < copy.length; k++) {
            if (copy[k] < 0) {
                throw new IllegalArgumentException("plan[" + (k / cols) + "][" + (k % cols) + "] is negative: " + copy[k]);
            }
        }
        return new DensePlan(rows, cols, copy);
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
    public double get(int i, int j) {
        java.util.Objects.checkIndex(i, rows);
        java.util.Objects.checkIndex(j, cols);
        return data[i * cols + j];
    }

    @Override
    public void row(int i, double[] out) {
        System.arraycopy(data, i * cols, out, 0, cols);
    }

    @Override
    public double[] toRowMajor() {
        return data.clone();
    }

    @Override
    public DensePlan toDense() {
        return this;
    }

    @Override
    public String toString() {
        return "DensePlan[" + rows + " x " + cols + "]";
    }
}
