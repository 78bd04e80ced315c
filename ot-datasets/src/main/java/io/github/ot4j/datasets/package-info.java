/**
 * Data for ot4j: file readers and writers ({@link io.github.ot4j.datasets.io}), seeded synthetic
 * generators ({@link io.github.ot4j.datasets.synthetic}) and the benchmark tasks with their metrics
 * ({@link io.github.ot4j.datasets.tasks}). {@link io.github.ot4j.datasets.LabeledData} (points with
 * integer class labels) is shared by all three.
 */
package io.github.ot4j.datasets;
