package io.github.ot4j.spark;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.map.EntropicMap;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.solver.Domain;
import io.github.ot4j.solver.EpsilonScale;
import io.github.ot4j.solver.EpsilonSchedule;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Distributed log-domain Sinkhorn against ot-core's single-machine log-domain Sinkhorn on the same
 * matrix-free point-cloud problem. Potentials are compared after removing the additive constant
 * ({@code f + c, g - c} is the same plan): {@code f_i + g_0} and {@code g_j - g_0}.
 */
class DistributedSinkhornTest {

    /** Agreement of the potentials: the iterates differ only in the order of the column sums. */
    private static final double POTENTIALS = 1e-9;
    private static SparkSession spark;
    private static JavaSparkContext jsc;

    @BeforeAll
    static void start() {
        spark = SparkTests.session("DistributedSinkhornTest");
        jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static SinkhornResult oneMachine(SinkhornOptions options, Matrix x, Matrix y, double[] a, double[] b) {
        Geometry g = Geometry.pointCloud(x, y, CostFunction.squaredEuclidean());
        return new Sinkhorn(options.withDomain(Domain.LOG)).solve(LinearProblem.of(g, a, b));
    }

    /** f from the result's Dataset, in source row order. */
    private static double[] collectF(DistributedSinkhornResult r, int n) {
        double[] f = new double[n];
        Arrays.fill(f, Double.NaN);
        for (Row row : r.f().collectAsList()) {
            f[(int) row.getLong(0)] = row.getDouble(1);
        }
        return f;
    }

    private static void assertSamePotentials(SinkhornResult expected, DistributedSinkhornResult actual, int n) {
        double[] fe = expected.potentials().f();
        double[] ge = expected.potentials().g();
        double[] fa = collectF(actual, n);
        double[] ga = actual.g();
        assertEquals(ge.length, ga.length);
        double maxF = 0;
        double maxG = 0;
        for (int i = 0; i < n; i++) {
            maxF = Math.max(maxF, Math.abs((fe[i] + ge[0]) - (fa[i] + ga[0])));
        }
        for (int j = 0; j < ge.length; j++) {
            maxG = Math.max(maxG, Math.abs((ge[j] - ge[0]) - (ga[j] - ga[0])));
        }
        assertTrue(maxF <= POTENTIALS, "max |Δf| = " + maxF);
        assertTrue(maxG <= POTENTIALS, "max |Δg| = " + maxG);
    }

    @Test
    void fourPartitionsMatchOneMachineOnTwoThousandPoints() {
        Random random = new Random(42);
        int n = 2000;
        Matrix x = SparkTests.uniform(random, n, 2);
        Matrix y = SparkTests.gaussian(random, 800, 2, 0.5);
        SinkhornOptions options = SinkhornOptions.epsilon(0.1);
        SinkhornResult expected = oneMachine(options, x, y, null, null);
        assertTrue(expected.isConverged(), expected.convergence().toString());

        Dataset<Row> source = SparkData.points(spark, x, null, 4);
        assertEquals(4, source.javaRDD().getNumPartitions());
        try (DistributedSinkhornResult r = new DistributedSinkhorn(options, CostFunction.squaredEuclidean())
                .solve(source, PointColumns.DEFAULT, y, null)) {
            assertEquals(StopReason.CONVERGED, r.convergence().reason());
            assertEquals(expected.convergence().iterations(), r.convergence().iterations());
            assertEquals(expected.convergence().finalError(), r.convergence().finalError(), 1e-12);
            assertEquals(n, r.sourceCount());
            assertEquals(expected.epsilon(), r.epsilon(), 0.0);
            assertSamePotentials(expected, r, n);
            // Same potentials, same entropic map and transport cost.
            Matrix probe = SparkTests.uniform(new Random(5), 50, 2);
            Matrix mappedHere = EntropicMap.of(expected).apply(probe);
            Matrix mappedThere = r.entropicMap().apply(probe);
            for (int i = 0; i < probe.rows(); i++) {
                assertArrayEquals(mappedHere.row(i), mappedThere.row(i), 1e-9);
            }
            List<Row> projected = r.project(SparkData.points(spark, probe, null, 3), PointColumns.DEFAULT)
                    .collectAsList();
            assertEquals(50, projected.size());
            for (Row row : projected) {
                double[] p = toArray(row.getList(1));
                assertArrayEquals(mappedThere.row((int) row.getLong(0)), p, 1e-12);
            }
            assertEquals(expected.transportCost(), r.transportCost(), 1e-9 * expected.transportCost());
        }
    }

    private static double[] toArray(List<Object> values) {
        double[] out = new double[values.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = (Double) values.get(k);
        }
        return out;
    }

    /** Four partitions: empty, one point, the rest, empty. */
    private static Dataset<Row> unevenPartitions(Matrix x, double[] weights) {
        Dataset<Row> all = SparkData.points(spark, x, weights, 1);
        List<Row> rows = all.collectAsList();
        JavaRDD<Row> empty = jsc.parallelize(new ArrayList<Row>(), 1);
        JavaRDD<Row> one = jsc.parallelize(rows.subList(0, 1), 1);
        JavaRDD<Row> rest = jsc.parallelize(rows.subList(1, rows.size()), 1);
        JavaRDD<Row> rdd = empty.union(one).union(rest).union(jsc.parallelize(new ArrayList<Row>(), 1));
        return spark.createDataFrame(rdd, all.schema());
    }

    @Test
    void emptyPartitionsAndAOnePointPartitionWork() {
        Random random = new Random(11);
        int n = 301;
        Matrix x = SparkTests.gaussian(random, n, 3, 0);
        Matrix y = SparkTests.gaussian(random, 200, 3, 1);
        double[] a = SparkTests.weights(random, n);
        double[] b = SparkTests.weights(random, 200);
        Dataset<Row> source = unevenPartitions(x, a);
        List<Integer> sizes = source.javaRDD().glom().map(List::size).collect();
        assertEquals(List.of(0, 1, n - 1, 0), sizes);
        // Epsilon relative to the largest cost exercises the distributed statistics pass too.
        SinkhornOptions options = SinkhornOptions.relativeEpsilon(0.02, EpsilonScale.MAX_COST);
        SinkhornResult expected = oneMachine(options, x, y, a, b);
        assertTrue(expected.isConverged());
        try (DistributedSinkhornResult r = new DistributedSinkhorn(options, CostFunction.squaredEuclidean())
                .solve(source, PointColumns.DEFAULT.withWeight("weight"), y, b)) {
            assertTrue(r.isConverged());
            assertEquals(expected.epsilon(), r.epsilon(), 1e-15 * expected.epsilon());
            assertEquals(expected.convergence().iterations(), r.convergence().iterations());
            assertSamePotentials(expected, r, n);
        }
    }

    @Test
    void onePointInTotalAndRepartitioningWork() {
        Matrix x = Matrix.of(new double[][] {{0.5, 0.5}});
        Matrix y = SparkTests.uniform(new Random(2), 30, 2);
        SinkhornOptions options = SinkhornOptions.epsilon(0.05);
        SinkhornResult expected = oneMachine(options, x, y, null, null);
        try (DistributedSinkhornResult r = new DistributedSinkhorn(options, CostFunction.squaredEuclidean())
                .withPartitions(3).solve(SparkData.points(spark, x, null, 1), PointColumns.DEFAULT, y, null)) {
            assertTrue(r.isConverged());
            assertSamePotentials(expected, r, 1);
        }
    }

    @Test
    void notConvergingIsReportedAsData() {
        Random random = new Random(8);
        Matrix x = SparkTests.uniform(random, 100, 2);
        Matrix y = SparkTests.uniform(random, 90, 2);
        SinkhornOptions options = SinkhornOptions.epsilon(0.01).withMaxIterations(7).withCheckEvery(3);
        SinkhornResult expected = oneMachine(options, x, y, null, null);
        try (DistributedSinkhornResult r = new DistributedSinkhorn(options, CostFunction.squaredEuclidean())
                .solve(SparkData.points(spark, x, null, 2), PointColumns.DEFAULT, y, null)) {
            assertEquals(StopReason.MAX_ITERATIONS, r.convergence().reason());
            assertFalse(r.isConverged());
            assertEquals(7, r.convergence().iterations());
            assertArrayEquals(expected.convergence().errorTrace(), r.convergence().errorTrace(), 1e-12);
            assertThrows(io.github.ot4j.result.NotConvergedException.class, r::requireConverged);
        }
    }

    @Test
    void aListenerSeesProgressOnTheDriverAndCanCancel() {
        Random random = new Random(13);
        Matrix x = SparkTests.uniform(random, 60, 2);
        Matrix y = SparkTests.uniform(random, 40, 2);
        List<io.github.ot4j.solver.Progress> seen = new ArrayList<>();
        try (DistributedSinkhornResult r = new DistributedSinkhorn(SinkhornOptions.epsilon(0.01).withCheckEvery(2),
                CostFunction.squaredEuclidean()).solve(SparkData.points(spark, x, null, 2), PointColumns.DEFAULT, y,
                null, p -> {
                    seen.add(p);
                    return seen.size() < 3;
                })) {
            assertEquals(StopReason.CANCELLED, r.convergence().reason());
            assertEquals(3, seen.size());
            assertEquals(List.of(1, 3, 5), seen.stream().map(io.github.ot4j.solver.Progress::iteration).toList());
            assertEquals(5, r.convergence().iterations());
        }
    }

    /** A cost that turns NaN far from the origin, to check that a NaN is never reported as converged. */
    private static final class NanBeyondOne implements CostFunction, java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public double cost(double[] x, double[] y) {
            return x[0] > 0.9 ? Double.NaN : (x[0] - y[0]) * (x[0] - y[0]) + (x[1] - y[1]) * (x[1] - y[1]);
        }
    }

    @Test
    void aNanCostDivergesInsteadOfConverging() {
        Random random = new Random(21);
        Matrix x = SparkTests.uniform(random, 200, 2);
        Matrix y = SparkTests.uniform(random, 50, 2);
        try (DistributedSinkhornResult r = new DistributedSinkhorn(SinkhornOptions.epsilon(0.1), new NanBeyondOne())
                .solve(SparkData.points(spark, x, null, 3), PointColumns.DEFAULT, y, null)) {
            assertEquals(StopReason.DIVERGED, r.convergence().reason());
            assertFalse(r.isConverged());
            assertTrue(Arrays.stream(r.g()).noneMatch(Double::isNaN), "the last finite g is returned");
        }
    }

    // ---- bad input ----

    private static Dataset<Row> pointsWith(Object[] badPoint) {
        Dataset<Row> good = SparkData.points(spark, SparkTests.uniform(new Random(1), 20, 2), null, 2);
        List<Row> rows = new ArrayList<>(good.collectAsList());
        rows.set(7, RowFactory.create(7L, badPoint[0]));
        return spark.createDataFrame(jsc.parallelize(rows, 2), good.schema());
    }

    private static void assertRejectedBeforeSolving(Dataset<Row> source, String message) {
        SparkTests.JobRecorder jobs = new SparkTests.JobRecorder();
        spark.sparkContext().addSparkListener(jobs);
        try {
            DistributedSinkhorn solver = new DistributedSinkhorn(SinkhornOptions.epsilon(0.1),
                    CostFunction.squaredEuclidean());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> solver.solve(source, PointColumns.DEFAULT, SparkTests.uniform(new Random(3), 5, 2), null));
            assertEquals(message, e.getMessage());
            assertEquals(0, jobs.solveJobs(spark), "no solve job may start on bad input: " + jobs.drained(spark));
        } finally {
            spark.sparkContext().removeSparkListener(jobs);
        }
    }

    @Test
    void raggedDimensionIsRejectedNamingTheRow() {
        assertRejectedBeforeSolving(pointsWith(new Object[] {new double[] {0.1, 0.2, 0.3}}),
                "source row 7: point has 3 coordinates but the target points have 2");
    }

    @Test
    void nanCoordinateIsRejectedNamingTheRow() {
        assertRejectedBeforeSolving(pointsWith(new Object[] {new double[] {0.1, Double.NaN}}),
                "source row 7: point[1] is NaN");
    }

    @Test
    void badOptionsAndMassesAreRejected() {
        CostFunction cost = CostFunction.squaredEuclidean();
        assertThrows(IllegalArgumentException.class,
                () -> new DistributedSinkhorn(SinkhornOptions.epsilon(0.1).withDomain(Domain.KERNEL), cost));
        assertThrows(IllegalArgumentException.class, () -> new DistributedSinkhorn(SinkhornOptions.epsilon(0.1)
                .withSchedule(EpsilonSchedule.geometric(0.5, 10)), cost));
        assertThrows(IllegalArgumentException.class,
                () -> new DistributedSinkhorn(SinkhornOptions.epsilon(0.1), cost).withPartitions(-1));
        Dataset<Row> source = SparkData.points(spark, SparkTests.uniform(new Random(4), 10, 2), null, 2);
        DistributedSinkhorn solver = new DistributedSinkhorn(SinkhornOptions.epsilon(0.1), cost);
        IllegalArgumentException mass = assertThrows(IllegalArgumentException.class, () -> solver.solve(source,
                PointColumns.DEFAULT, SparkTests.uniform(new Random(4), 3, 2), new double[] {1, 1, 1}));
        assertTrue(mass.getMessage().startsWith("the source has total mass"), mass.getMessage());
        IllegalArgumentException column = assertThrows(IllegalArgumentException.class, () -> solver.solve(source,
                new PointColumns("id", "point", "w"), SparkTests.uniform(new Random(4), 3, 2), null));
        assertTrue(column.getMessage().startsWith("the weight column 'w' is not in the input"), column.getMessage());
    }
}
