/**
 * Executor-side code and driver helpers of ot-spark (parsing, validation, block layout, the
 * per-partition Sinkhorn pass, the batch-solve seam). Not part of the API.
 */
package io.github.ot4j.spark.internal;
