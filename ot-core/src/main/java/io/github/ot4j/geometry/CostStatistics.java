package io.github.ot4j.geometry;

/**
 * Summary of a cost matrix's entries.
 *
 * @param min smallest entry
 * @param max largest entry
 * @param mean mean entry
 */
public record CostStatistics(double min, double max, double mean) {

    /**
     * Scans a geometry row by row.
     *
     * @param g the geometry
     * @return its statistics
     */
    static CostStatistics scan(Geometry g) {
        int n = g.rows();
        int m = g.cols();
        double[] row = new double[m];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            g.costRow(i, row);
            double rowSum = 0;
            for (int j = 0; j < m; j++) {
                double c = row[j];
                if (c < min) {
                    min = c;
                }
                if (c > max) {
                    max = c;
                }
                rowSum += c;
            }
            sum += rowSum;
        }
        return new CostStatistics(min, max, sum / ((double) n * m));
    }

    /** @return {@code max - min} */
    public double range() {
        return max - min;
    }
}
