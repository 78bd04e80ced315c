package io.github.ot4j.datasets.tasks;

/**
 * The scores of one single-cell alignment.
 *
 * @param task the task name
 * @param foscttm mean FOSCTTM, in {@code [0, 1]}, lower is better (see {@link Foscttm})
 * @param perCellFoscttm the per-cell values; cloned in and out
 * @param labelTransferAccuracy 5-NN label-transfer accuracy, in {@code [0, 1]} (see
 *     {@link KnnClassifier#labelTransferAccuracy})
 */
public record SingleCellResult(String task, double foscttm, double[] perCellFoscttm, double labelTransferAccuracy) {

    /**
     * @param task the task name
     * @param foscttm mean FOSCTTM, in {@code [0, 1]}, lower is better (see {@link Foscttm})
     * @param perCellFoscttm the per-cell values; cloned in and out
     * @param labelTransferAccuracy 5-NN label-transfer accuracy, in {@code [0, 1]} (see {@link KnnClassifier#labelTransferAccuracy})
     * @throws IllegalArgumentException if a value is outside {@code [0, 1]} or an array is null
     */
    public SingleCellResult {
        if (task == null || perCellFoscttm == null) {
            throw new IllegalArgumentException("task and perCellFoscttm must not be null");
        }
        if (!(foscttm >= 0 && foscttm <= 1)) {
            throw new IllegalArgumentException("foscttm must be in [0, 1], got " + foscttm);
        }
        if (!(labelTransferAccuracy >= 0 && labelTransferAccuracy <= 1)) {
            throw new IllegalArgumentException("labelTransferAccuracy must be in [0, 1], got " + labelTransferAccuracy);
        }
        perCellFoscttm = perCellFoscttm.clone();
    }

    /** @return a copy of perCellFoscttm */
    @Override
    public double[] perCellFoscttm() {
        return perCellFoscttm.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SingleCellResult r && r.task.equals(task) && Double.compare(r.foscttm, foscttm) == 0
                && java.util.Arrays.equals(r.perCellFoscttm, perCellFoscttm)
                && Double.compare(r.labelTransferAccuracy, labelTransferAccuracy) == 0;
    }

    @Override
    public int hashCode() {
        return task.hashCode() * 31 + Double.hashCode(foscttm);
    }

    @Override
    public String toString() {
        return "SingleCellResult[" + task + ", foscttm=" + foscttm + ", labelTransfer=" + labelTransferAccuracy + "]";
    }
}
