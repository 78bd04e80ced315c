/**
 * Benchmark tasks: a data set, a protocol and a metric, run with any alignment method the caller
 * supplies, so this module does not depend on the solvers.
 *
 * <ul>
 *   <li>Single-cell alignment ({@link io.github.ot4j.datasets.tasks.SingleCellTask}): SNARE-seq and
 *       scGEM, scored by {@link io.github.ot4j.datasets.tasks.Foscttm} and 5-NN label transfer.</li>
 *   <li>Domain adaptation ({@link io.github.ot4j.datasets.tasks.DomainAdaptationTask}):
 *       Office-Caltech10 (DeCAF6, SURF) under the full-target protocol or InfoOT's 90/10 target
 *       split ({@link io.github.ot4j.datasets.tasks.DaProtocol}), scored by 1-NN accuracy
 *       ({@link io.github.ot4j.datasets.tasks.KnnClassifier}).</li>
 *   <li>Retrieval ({@link io.github.ot4j.datasets.tasks.RetrievalTask}): InfoOT's 90/10 source
 *       split, scored by {@link io.github.ot4j.datasets.tasks.PrecisionAtK}.</li>
 * </ul>
 *
 * <p>Methods plug in as {@link io.github.ot4j.datasets.tasks.AlignmentMethod} (project the source
 * into the target's space) or {@link io.github.ot4j.datasets.tasks.RetrievalMethod} (score queries
 * against the target). Real data are read from a
 * {@link io.github.ot4j.datasets.tasks.DataDirectory}; absent files raise a
 * {@link io.github.ot4j.datasets.tasks.MissingDataException} saying what to put where. The metric
 * definitions follow the datasets README ({@code ../shared/datasets/README.md}, section 5).
 */
package io.github.ot4j.datasets.tasks;
