package io.github.ot4j.spark.internal;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Names the Spark jobs ot4j starts (visible in the Spark UI and to listeners), so that users and
 * tests can tell a validation pass from a solve.
 */
public final class Jobs {

    /** Prefix of every job description ot4j sets. */
    public static final String PREFIX = "ot4j: ";
    /** Description of the cheap passes that check the input before anything is solved. */
    public static final String VALIDATE = PREFIX + "validate input";
    /** Prefix of the descriptions of jobs that solve transport problems. */
    public static final String SOLVE = PREFIX + "solve ";

    private Jobs() {
    }

    /**
     * @param spark the session
     * @return its Java context
     */
    public static JavaSparkContext context(SparkSession spark) {
        return JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    /**
     * Sets (or clears, with null) the description of the jobs this thread starts next.
     *
     * @param jsc the context
     * @param description the text
     */
    public static void describe(JavaSparkContext jsc, String description) {
        jsc.setJobDescription(description);
    }

    /**
     * @param jsc the context
     * @return the caller's current job description (to restore when ot4j is done), or null
     */
    public static String current(JavaSparkContext jsc) {
        return jsc.getLocalProperty("spark.job.description");
    }
}
