package io.github.ot4j.spark;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.map.BarycentricMap;
import io.github.ot4j.map.EntropicMap;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;
import io.github.ot4j.solver.SinkhornResult;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The many-problems API against ot-core solving the same problems one by one on the driver. The
 * executors run the same code on the same data, so values agree to the last bits; the only
 * allowed difference is the JVM's own: {@code Math.exp} (and the Vector API's exponential) may
 * differ by an ulp between interpreted and JIT-compiled code, so the comparison is relative to
 * {@link #SAME} instead of bitwise.
 */
class SparkPairwiseTest {

    /** Relative tolerance for "the same computation": a few ulps of accumulated exp differences. */
    private static final double SAME = 1e-12;

    private static final int SAMPLES = 20;
    private static SparkSession spark;
    private static List<String> ids;
    private static List<Matrix> clouds;
    private static List<double[]> weights;
    private static Dataset<Row> samples;

    @BeforeAll
    static void start() {
        spark = SparkTests.session("SparkPairwiseTest");
        Random random = new Random(20240901L);
        ids = new ArrayList<>();
        clouds = new ArrayList<>();
        weights = new ArrayList<>();
        for (int k = 0; k < SAMPLES; k++) {
            // Ids are not in input order, so the id ordering is exercised.
            ids.add(String.format("s%02d", (k * 7) % SAMPLES));
            int n = 5 + random.nextInt(26);
            clouds.add(SparkTests.gaussian(random, n, 2, 0.3 * (k % 4)));
            weights.add(k % 3 == 0 ? SparkTests.weights(random, n) : null);
        }
        samples = SparkData.samples(spark, ids, clouds, weights, 3);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static SinkhornResult reference(SinkhornOptions options, GeometryStorage storage, int i, int j) {
        Geometry g = storage.geometry(clouds.get(i), clouds.get(j), CostFunction.squaredEuclidean());
        return new Sinkhorn(options.withParallelism(1)).solve(LinearProblem.of(g, weights.get(i), weights.get(j)));
    }

    /** Position in the input lists of the sample with the k-th smallest id. */
    private static int inputPosition(DistanceMatrix m, int k) {
        return ids.indexOf((String) m.ids().get(k));
    }

    @Test
    void sinkhornCostMatrixEqualsOneMachineSolves() {
        // Large enough that the self-transport solves on the diagonal converge (plain alternating
        // Sinkhorn stalls on x -> x at small epsilon; they are then reported as not converged).
        SinkhornOptions options = SinkhornOptions.epsilon(1.0);
        for (GeometryStorage storage : new GeometryStorage[] {GeometryStorage.DENSE, GeometryStorage.MATRIX_FREE}) {
            Dataset<Row> d = new SparkPairwise(PairwiseOptions.of(PairwiseDistance.SINKHORN_COST, options)
                    .withStorage(storage).withBatchSize(4)).compute(samples, SampleColumns.DEFAULT.withWeights("weights"));
            assertEquals(SAMPLES * SAMPLES, d.count());
            DistanceMatrix m = SparkPairwise.collect(d);
            d.unpersist();
            assertEquals(0, m.notConverged());
            List<Object> sorted = new ArrayList<>(ids);
            sorted.sort(null);
            assertEquals(sorted, m.ids());
            for (int a = 0; a < SAMPLES; a++) {
                for (int b = a; b < SAMPLES; b++) {
                    // Each unordered pair is solved from the sample with the smaller id.
                    SinkhornResult r = reference(options, storage, inputPosition(m, a), inputPosition(m, b));
                    assertSame(r.transportCost(), m.get(a, b), storage + " (" + a + ", " + b + ")");
                    assertEquals(m.get(a, b), m.get(b, a), 0.0, "both orders carry the one solve's value");
                }
            }
        }
    }

    @Test
    void sinkhornDivergenceMatrixEqualsOneMachineFormula() {
        SinkhornOptions options = SinkhornOptions.epsilon(1.0);
        Dataset<Row> d = new SparkPairwise(PairwiseOptions.of(PairwiseDistance.SINKHORN_DIVERGENCE, options)
                .withTasks(5)).compute(samples, SampleColumns.DEFAULT.withWeights("weights"));
        DistanceMatrix m = SparkPairwise.collect(d);
        d.unpersist();
        assertEquals(0, m.notConverged());
        GeometryStorage storage = GeometryStorage.AUTO;
        double[] self = new double[SAMPLES];
        for (int a = 0; a < SAMPLES; a++) {
            int i = inputPosition(m, a);
            self[a] = reference(options, storage, i, i).regularizedCost();
            assertEquals(0.0, m.get(a, a), 0.0);
        }
        for (int a = 0; a < SAMPLES; a++) {
            for (int b = a + 1; b < SAMPLES; b++) {
                double cross = reference(options, storage, inputPosition(m, a), inputPosition(m, b)).regularizedCost();
                double expected = cross - 0.5 * self[a] - 0.5 * self[b];
                assertSame(expected, m.get(a, b), "(" + a + ", " + b + ")");
                assertEquals(m.get(a, b), m.get(b, a), 0.0);
                assertTrue(expected > 0, "the divergence separates distinct samples");
            }
        }
    }

    @Test
    void nonConvergedSolvesAreReportedAsData() {
        Dataset<Row> d = new SparkPairwise(PairwiseOptions.of(PairwiseDistance.SINKHORN_DIVERGENCE,
                SinkhornOptions.epsilon(0.05).withMaxIterations(3))).compute(samples, SampleColumns.DEFAULT);
        DistanceMatrix m = SparkPairwise.collect(d);
        d.unpersist();
        assertEquals(SAMPLES * SAMPLES, m.notConverged());
        assertTrue(Arrays.stream(m.values()).allMatch(Double::isFinite));
    }

    @Test
    void integerIdsEmptyPartitionsAndOneTask() {
        Random random = new Random(7);
        List<Integer> intIds = List.of(30, 4, 12);
        List<Matrix> pts = List.of(SparkTests.gaussian(random, 6, 3, 0), SparkTests.gaussian(random, 9, 3, 1),
                SparkTests.gaussian(random, 4, 3, 2));
        SinkhornOptions options = SinkhornOptions.epsilon(0.5);
        Dataset<Row> d = new SparkPairwise(PairwiseOptions.of(PairwiseDistance.SINKHORN_COST, options).withTasks(1))
                .compute(SparkData.samples(spark, intIds, pts, null, 6), SampleColumns.DEFAULT); // 3 empty partitions
        assertEquals(DataTypes.IntegerType, d.schema().fields()[0].dataType());
        DistanceMatrix m = SparkPairwise.collect(d);
        d.unpersist();
        assertEquals(List.of(4, 12, 30), m.ids());
        Geometry g = GeometryStorage.AUTO.geometry(pts.get(1), pts.get(0), CostFunction.squaredEuclidean());
        double expected = new Sinkhorn(options).solve(LinearProblem.uniform(g)).transportCost();
        assertSame(expected, m.get(0, 2), "(4, 30)");
        assertEquals(3, m.toArray().length);
        assertEquals(m.get(2, 0), m.get(0, 2), 0.0);
    }

    @Test
    void callersJobDescriptionIsRestored() {
        org.apache.spark.api.java.JavaSparkContext jsc =
                org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.setJobDescription("my pipeline");
        try {
            Dataset<Row> d = new SparkPairwise(PairwiseOptions.of(PairwiseDistance.SINKHORN_COST,
                    SinkhornOptions.epsilon(1.0))).compute(samples.limit(3), SampleColumns.DEFAULT);
            d.unpersist();
            assertEquals("my pipeline", jsc.getLocalProperty("spark.job.description"));
        } finally {
            jsc.setJobDescription(null);
        }
    }

    @Test
    void alignmentPlansAndProjectionsEqualOneMachineResults() {
        Random random = new Random(99);
        Matrix reference = SparkTests.gaussian(random, 12, 2, 0.5);
        double[] refWeights = SparkTests.weights(random, 12);
        SinkhornOptions options = SinkhornOptions.epsilon(0.3);
        SparkAlignment alignment = new SparkAlignment(CostFunction.squaredEuclidean(), options);
        SampleColumns columns = SampleColumns.DEFAULT.withWeights("weights");

        Dataset<Row> plans = alignment.plans(samples, columns, reference, refWeights);
        Dataset<Row> bary = alignment.project(samples, columns, reference, refWeights, Projection.BARYCENTRIC);
        Dataset<Row> entropic = alignment.project(samples, columns, reference, refWeights, Projection.ENTROPIC_MAP);
        List<Row> planRows = plans.collectAsList();
        List<Row> baryRows = bary.collectAsList();
        List<Row> entropicRows = entropic.collectAsList();
        assertEquals(SAMPLES, planRows.size());
        assertEquals(SAMPLES, baryRows.size());
        for (int k = 0; k < SAMPLES; k++) {
            String id = planRows.get(k).getString(0);
            int i = ids.indexOf(id);
            Geometry g = GeometryStorage.AUTO.geometry(clouds.get(i), reference, CostFunction.squaredEuclidean());
            SinkhornResult r = new Sinkhorn(options.withParallelism(1))
                    .solve(LinearProblem.of(g, weights.get(i), refWeights));
            assertTrue(planRows.get(k).getBoolean(2));
            double[][] plan = toArray(planRows.get(k).getList(1));
            double[] row = new double[reference.rows()];
            for (int a = 0; a < plan.length; a++) {
                r.plan().row(a, row);
                assertArrayEquals(row, plan[a], SAME * 1e-2);
            }
            double[][] expectedBary = BarycentricMap.sourceToTarget(r.plan(), reference).toArray();
            double[][] expectedEntropic = EntropicMap.of(reference, r.potentials().g(), r.epsilon(),
                    CostFunction.squaredEuclidean()).apply(clouds.get(i)).toArray();
            assertDeepEquals(expectedBary, toArray(find(baryRows, id).getList(1)), SAME * 10);
            assertDeepEquals(expectedEntropic, toArray(find(entropicRows, id).getList(1)), SAME * 10);
            // On the fitted points the two projections agree up to the plan's last half-step.
            assertDeepEquals(expectedBary, expectedEntropic, 1e-6);
        }
        plans.unpersist();
        bary.unpersist();
        entropic.unpersist();
    }

    private static void assertSame(double expected, double actual, String what) {
        assertEquals(expected, actual, SAME * Math.max(1, Math.abs(expected)), what);
    }

    private static Row find(List<Row> rows, String id) {
        return rows.stream().filter(r -> r.getString(0).equals(id)).findFirst().orElseThrow();
    }

    private static void assertDeepEquals(double[][] expected, double[][] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int a = 0; a < expected.length; a++) {
            assertArrayEquals(expected[a], actual[a], tolerance);
        }
    }

    private static double[][] toArray(List<Object> rows) {
        double[][] out = new double[rows.size()][];
        for (int a = 0; a < out.length; a++) {
            Object r = rows.get(a);
            scala.collection.Seq<?> seq = (scala.collection.Seq<?>) r;
            out[a] = new double[seq.length()];
            for (int c = 0; c < out[a].length; c++) {
                out[a][c] = (Double) seq.apply(c);
            }
        }
        return out;
    }

    // ---- bad input: clear IllegalArgumentExceptions before any solve job ----

    private static Dataset<Row> rawSamples(List<Row> rows) {
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("points",
                    DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.DoubleType, true), true), true)
        });
        return spark.createDataFrame(rows, schema);
    }

    private static Row sample(String id, double[]... points) {
        List<List<Double>> pts = new ArrayList<>();
        for (double[] p : points) {
            List<Double> q = new ArrayList<>();
            for (double v : p) {
                q.add(v);
            }
            pts.add(q);
        }
        return RowFactory.create(id, scala.jdk.javaapi.CollectionConverters.asScala(
                pts.stream().map(q -> scala.jdk.javaapi.CollectionConverters.asScala(q).toSeq()).toList()).toSeq());
    }

    private static void assertRejectedBeforeSolving(Dataset<Row> input, String... messageParts) {
        assertRejectedBeforeSolving(input, SampleColumns.DEFAULT, messageParts);
    }

    private static void assertRejectedBeforeSolving(Dataset<Row> input, SampleColumns columns, String... messageParts) {
        SparkTests.JobRecorder jobs = new SparkTests.JobRecorder();
        spark.sparkContext().addSparkListener(jobs);
        try {
            SparkPairwise pairwise = new SparkPairwise(PairwiseOptions.of(PairwiseDistance.SINKHORN_COST,
                    SinkhornOptions.epsilon(0.1)));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> pairwise.compute(input, columns));
            for (String part : messageParts) {
                assertTrue(e.getMessage().contains(part), () -> "'" + e.getMessage() + "' should contain '" + part + "'");
            }
            assertEquals(0, jobs.solveJobs(spark), "no solve job may start on bad input: " + jobs.drained(spark));
        } finally {
            spark.sparkContext().removeSparkListener(jobs);
        }
    }

    @Test
    void raggedPointsAreRejectedNamingTheSampleAndRow() {
        assertRejectedBeforeSolving(rawSamples(List.of(
                sample("a", new double[] {0, 0}, new double[] {1, 1}),
                sample("b", new double[] {0, 0}, new double[] {1, 1}, new double[] {2, 2}, new double[] {3, 3, 3}))),
                "sample 'b'", "points[3] has 3 coordinates but points[0] has 2");
    }

    @Test
    void nanCoordinateIsRejectedNamingTheEntry() {
        assertRejectedBeforeSolving(rawSamples(List.of(
                sample("a", new double[] {0, 0}, new double[] {1, 1}),
                sample("b", new double[] {0, 0}, new double[] {1, Double.NaN}))),
                "sample 'b'", "points[1][1] is NaN");
    }

    @Test
    void samplesOfDifferentDimensionsAreRejected() {
        assertRejectedBeforeSolving(rawSamples(List.of(
                sample("a", new double[] {0, 0}, new double[] {1, 1}),
                sample("b", new double[] {0, 0, 0}))),
                "sample 'b' has dimension 3 but sample 'a' has dimension 2");
    }

    @Test
    void duplicateIdsAndEmptySamplesAreRejected() {
        assertRejectedBeforeSolving(rawSamples(List.of(
                sample("a", new double[] {0, 0}), sample("a", new double[] {1, 1}))), "'a' appears more than once");
        assertRejectedBeforeSolving(rawSamples(List.of(sample("a", new double[] {0, 0}), sample("e"))),
                "sample 'e': points is empty");
    }

    @Test
    void wrongSchemaIsRejectedWithoutAnyJob() {
        SparkTests.JobRecorder jobs = new SparkTests.JobRecorder();
        spark.sparkContext().addSparkListener(jobs);
        try {
            Dataset<Row> flat = spark.createDataFrame(List.of(RowFactory.create("a", new double[] {1, 2})),
                    new StructType(new StructField[] {
                        DataTypes.createStructField("id", DataTypes.StringType, false),
                        DataTypes.createStructField("points", DataTypes.createArrayType(DataTypes.DoubleType), false)}));
            SparkPairwise pairwise = new SparkPairwise(PairwiseOptions.of(PairwiseDistance.SINKHORN_COST,
                    SinkhornOptions.epsilon(0.1)));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> pairwise.compute(flat, SampleColumns.DEFAULT));
            assertEquals("the points column 'points' must be array<array<double>>, got array<double>", e.getMessage());
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                    () -> pairwise.compute(flat, new SampleColumns("id", "cloud", null)));
            assertTrue(missing.getMessage().startsWith("the points column 'cloud' is not in the input"));
            assertEquals(List.of(), jobs.drained(spark));
        } finally {
            spark.sparkContext().removeSparkListener(jobs);
        }
    }

    @Test
    void unequalMassesAndReferenceDimensionAreRejected() {
        Random random = new Random(3);
        Dataset<Row> heavy = SparkData.samples(spark, List.of("a", "b"),
                List.of(SparkTests.gaussian(random, 3, 2, 0), SparkTests.gaussian(random, 3, 2, 0)),
                Arrays.asList(null, new double[] {1, 1, 1}), 1);
        assertRejectedBeforeSolving(heavy, SampleColumns.DEFAULT.withWeights("weights"), "sample 'b' has total mass 3.0");
        SparkAlignment alignment = new SparkAlignment(CostFunction.euclidean(), SinkhornOptions.epsilon(0.1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> alignment.project(samples,
                SampleColumns.DEFAULT, SparkTests.gaussian(random, 4, 3, 0), null, Projection.BARYCENTRIC));
        assertTrue(e.getMessage().endsWith("has dimension 2 but the reference has dimension 3"), e.getMessage());
    }

    @Test
    void nonSerializableCustomCostIsRejected() {
        CostFunction lambda = CostFunction.of("l1-lambda", (x, y) -> Math.abs(x[0] - y[0]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairwiseOptions.of(PairwiseDistance.SINKHORN_COST, SinkhornOptions.epsilon(0.1)).withCost(lambda));
        assertTrue(e.getMessage().contains("must be a built-in cost or implement java.io.Serializable"));
        assertThrows(IllegalArgumentException.class, () -> PairwiseOptions.of(PairwiseDistance.SINKHORN_COST,
                SinkhornOptions.epsilon(0.1)).withBatchSize(0));
    }
}
