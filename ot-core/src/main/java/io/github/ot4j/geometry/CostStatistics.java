package io.github.ot4j.geometry;

import io.github.ot4j.internal.Blocks;
import io.github.ot4j.internal.RawAccess;

/**
 * Summary of a cost matrix's entries.
 *
 * @param min smallest entry
 * @param max largest entry
 * @param mean mean entry
 */
public record CostStatistics(double min, double max, double mean) {

    /**
     * Scans a geometry on all processors (see {@link #scan(Geometry, int)}).
     *
     * @param g the geometry
     * @return its statistics
     */
    static CostStatistics scan(Geometry g) {
        return scan(g, 0);
    }

    /**
     * Scans a geometry. Every outer iteration of {@code MirrorDescent} wraps a new dense cost,
     * so this pass over {@code n m} entries must not run on one thread while the rest of the
     * iteration runs on all: rows are cut into fixed blocks of about {@link Blocks#SIZE}
     * entries, each block's minimum, maximum and sum is taken by one thread, and the block
     * results are combined in block order, so the statistics do not depend on the number of
     * threads. A dense geometry's array is read in place; others are read row by row (the same
     * per-row arithmetic, so both give the same statistics for the same costs).
     *
     * @param g the geometry
     * @param parallelism requested threads, 0 for all processors
     * @return its statistics
     */
    static CostStatistics scan(Geometry g, int parallelism) {
        int n = g.rows();
        int m = g.cols();
        double[] dense = g instanceof DenseGeometry d ? RawAccess.costs(d) : null;
        int rowsPerBlock = Blocks.rowsPerBlock(m);
        int blocks = Blocks.count(n, rowsPerBlock);
        double[] mins = new double[blocks];
        double[] maxs = new double[blocks];
        double[] sums = new double[blocks];
        Blocks.run(parallelism, (long) n * m, n, rowsPerBlock, (b, from, to) -> {
            double[] acc = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0};
            double[] row = dense == null ? new double[m] : null;
            for (int i = from; i < to; i++) {
                if (dense == null) {
                    g.costRow(i, row);
                    accumulate(row, 0, m, acc);
                } else {
                    accumulate(dense, i * m, m, acc);
                }
            }
            mins[b] = acc[0];
            maxs[b] = acc[1];
            sums[b] = acc[2];
        });
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int b = 0; b < blocks; b++) {
            min = Math.min(min, mins[b]);
            max = Math.max(max, maxs[b]);
            sum += sums[b];
        }
        return new CostStatistics(min, max, sum / ((double) n * m));
    }

    /**
     * Folds {@code x[off, off + len)} into {@code acc = {min, max, sum}}; the row sum uses four
     * accumulators to break the dependency chain of one running sum.
     */
    private static void accumulate(double[] x, int off, int len, double[] acc) {
        double min = acc[0];
        double max = acc[1];
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int end = off + len;
        int k = off;
        for (; k + 3 < end; k += 4) {
            double c0 = x[k];
            double c1 = x[k + 1];
            double c2 = x[k + 2];
            double c3 = x[k + 3];
            min = Math.min(min, Math.min(Math.min(c0, c1), Math.min(c2, c3)));
            max = Math.max(max, Math.max(Math.max(c0, c1), Math.max(c2, c3)));
            s0 += c0;
            s1 += c1;
            s2 += c2;
            s3 += c3;
        }
        for (; k < end; k++) {
            double c = x[k];
            min = Math.min(min, c);
            max = Math.max(max, c);
            s0 += c;
        }
        acc[0] = min;
        acc[1] = max;
        acc[2] += (s0 + s1) + (s2 + s3);
    }

    /** @return {@code max - min} */
    public double range() {
        return max - min;
    }
}
