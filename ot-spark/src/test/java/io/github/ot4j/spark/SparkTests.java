package io.github.ot4j.spark;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.spark.internal.Jobs;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/** Shared test fixtures: one local SparkSession per test class, seeded data, a job recorder. */
final class SparkTests {

    private SparkTests() {
    }

    /**
     * A quiet local session: 2 cores, no UI, few shuffle partitions, loopback only.
     *
     * @param name application name
     * @return the session (stop it in {@code @AfterAll})
     */
    static SparkSession session(String name) {
        return SparkSession.builder()
                .master("local[2]")
                .appName(name)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.adaptive.enabled", "false")
                .getOrCreate();
    }

    /** Records the description of every job started while it is registered. */
    static final class JobRecorder extends SparkListener {
        final List<String> descriptions = new CopyOnWriteArrayList<>();

        @Override
        public void onJobStart(SparkListenerJobStart jobStart) {
            String d = jobStart.properties() == null ? null : jobStart.properties().getProperty("spark.job.description");
            descriptions.add(d == null ? "" : d);
        }

        /**
         * @param spark the session whose events to wait for
         * @return the descriptions recorded so far, after the listener bus has drained
         */
        List<String> drained(SparkSession spark) {
            try {
                spark.sparkContext().listenerBus().waitUntilEmpty(10_000);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the listener bus did not drain", e);
            }
            return List.copyOf(descriptions);
        }

        /**
         * @param spark the session
         * @return how many solve jobs have started
         */
        long solveJobs(SparkSession spark) {
            return drained(spark).stream().filter(d -> d.startsWith(Jobs.SOLVE)).count();
        }
    }

    /**
     * @param random the source
     * @param n points
     * @param d dimension
     * @param shift added to every coordinate
     * @return Gaussian points
     */
    static Matrix gaussian(Random random, int n, int d, double shift) {
        double[] data = new double[n * d];
        for (int k = 0; k < data.length; k++) {
            data[k] = shift + random.nextGaussian();
        }
        return Matrix.of(n, d, data);
    }

    /**
     * @param random the source
     * @param n points
     * @param d dimension
     * @return points uniform in the unit cube
     */
    static Matrix uniform(Random random, int n, int d) {
        double[] data = new double[n * d];
        for (int k = 0; k < data.length; k++) {
            data[k] = random.nextDouble();
        }
        return Matrix.of(n, d, data);
    }

    /**
     * @param random the source
     * @param n entries
     * @return positive weights summing to 1
     */
    static double[] weights(Random random, int n) {
        double[] w = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 0.2 + random.nextDouble();
            s += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= s;
        }
        return w;
    }
}
