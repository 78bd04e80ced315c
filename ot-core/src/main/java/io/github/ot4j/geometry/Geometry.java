package io.github.ot4j.geometry;

/**
 * The cost side of an optimal-transport problem: an {@code n × m} cost matrix {@code C}, seen as
 * an operator that produces rows on demand.
 *
 * <p>Solvers talk to geometries only through {@link #costRow(int, int, int, double[])}, so the
 * same Sinkhorn loop serves a stored matrix ({@link DenseGeometry}, memory {@code O(nm)}) and a
 * matrix-free point cloud ({@link PointCloudGeometry}, memory {@code O((n + m) d)}, each row
 * recomputed when needed). Implementations must be immutable and thread-safe: solvers read rows
 * from several threads at once. Costs must be finite.
 *
 * <p>The split of geometry, problem and solver follows OTT-JAX (Cuturi et al., 2022,
 * arXiv:2201.12324).
 */
public interface Geometry {

    /** @return number of source points (rows of C), at least 1 */
    int rows();

    /** @return number of target points (columns of C), at least 1 */
    int cols();

    /**
     * @param i row, in {@code [0, rows)}
     * @param j column, in {@code [0, cols)}
     * @return {@code C[i][j]}
     */
    double cost(int i, int j);

    /**
     * Writes {@code out[j - from] = C[i][j]} for {@code j in [from, to)}. This is the hot seam:
     * implementations allocate nothing.
     *
     * @param i row, in {@code [0, rows)}
     * @param from first column
     * @param to end column (exclusive), {@code from < to <= cols}
     * @param out destination, length at least {@code to - from}
     */
    void costRow(int i, int from, int to, double[] out);

    /**
     * Writes row {@code i} of C into {@code out[0 .. cols)}.
     *
     * @param i row
     * @param out destination, length at least {@code cols()}
     */
    default void costRow(int i, double[] out) {
        costRow(i, 0, cols(), out);
    }

    /**
     * @return true when rows are recomputed on demand instead of stored; solvers then avoid
     *     materializing anything of size {@code n × m}
     */
    default boolean isMatrixFree() {
        return false;
    }

    /**
     * Minimum, maximum and mean of the cost entries, used to scale epsilon. Computed by a full
     * pass over C the first time (implementations cache it).
     *
     * @return the statistics
     */
    CostStatistics statistics();

    /** @return the transposed geometry ({@code m × n}) */
    default Geometry transpose() {
        return new TransposedGeometry(this);
    }

    /** @return this geometry with its cost matrix stored densely */
    default DenseGeometry toDense() {
        int n = rows();
        int m = cols();
        double[] data = new double[Math.multiplyExact(n, m)];
        double[] row = new double[m];
        for (int i = 0; i < n; i++) {
            costRow(i, row);
            System.arraycopy(row, 0, data, i * m, m);
        }
        return DenseGeometry.of(n, m, data);
    }

    /**
     * A stored cost matrix, copied.
     *
     * @param costs {@code n × m} finite costs
     * @return the geometry
     * @throws IllegalArgumentException if the array is empty, ragged or holds a non-finite value
     */
    static DenseGeometry dense(double[][] costs) {
        return DenseGeometry.of(costs);
    }

    /**
     * A stored cost matrix, copied from a row-major array.
     *
     * @param rows n
     * @param cols m
     * @param rowMajor {@code n * m} finite costs
     * @return the geometry
     */
    static DenseGeometry dense(int rows, int cols, double[] rowMajor) {
        return DenseGeometry.of(rows, cols, rowMajor);
    }

    /**
     * A matrix-free geometry between two point sets.
     *
     * @param x source points, one per row
     * @param y target points, one per row, same dimension
     * @param cost the ground cost
     * @return the geometry
     */
    static PointCloudGeometry pointCloud(Matrix x, Matrix y, CostFunction cost) {
        return new PointCloudGeometry(x, y, cost);
    }

    /**
     * A matrix-free geometry between two point sets, copied from arrays.
     *
     * @param x source points, one per row
     * @param y target points, one per row, same dimension
     * @param cost the ground cost
     * @return the geometry
     */
    static PointCloudGeometry pointCloud(double[][] x, double[][] y, CostFunction cost) {
        return new PointCloudGeometry(Matrix.of("x", x), Matrix.of("y", y), cost);
    }
}
