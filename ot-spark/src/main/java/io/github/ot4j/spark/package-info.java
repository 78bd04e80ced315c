/**
 * Optimal transport on Apache Spark: pairwise distance matrices between many samples
 * ({@link io.github.ot4j.spark.SparkPairwise}), alignment of every sample to a reference
 * ({@link io.github.ot4j.spark.SparkAlignment}), and distributed log-domain Sinkhorn for one
 * problem whose source point cloud is partitioned across the cluster
 * ({@link io.github.ot4j.spark.DistributedSinkhorn}). Every solve is ot-core's; this package only
 * lays the work out on Spark. Spark itself is a provided dependency.
 */
package io.github.ot4j.spark;
