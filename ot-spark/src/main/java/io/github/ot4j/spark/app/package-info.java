/** Ready-to-submit Spark applications built on ot-spark (for {@code spark-submit}). */
package io.github.ot4j.spark.app;
