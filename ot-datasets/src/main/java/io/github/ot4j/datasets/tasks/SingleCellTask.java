package io.github.ot4j.datasets.tasks;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.datasets.io.NpyReader;
import io.github.ot4j.geometry.Matrix;

import java.io.IOException;

/**
 * Single-cell multi-omics alignment with known pairs: align domain 1 onto domain 2 with a caller's
 * {@link AlignmentMethod} (no labels are given to the method), then score the projected domain 1
 * against domain 2 with FOSCTTM and 5-NN label-transfer accuracy, as in SCOT (Demetci et al., J.
 * Comput. Biol. 2022) and InfoOT (Chuang et al., ICML 2023). Both domains are preprocessed the
 * same way before the method sees them; SCOT and InfoOT use {@link Preprocessing#L2_ROWS}.
 *
 * @param name display name
 * @param domain1 the domain that is projected, with cell types
 * @param domain2 the reference domain, with cell types; row {@code i} is the same cell as row
 *     {@code i} of {@code domain1}
 */
public record SingleCellTask(String name, LabeledData domain1, LabeledData domain2) {

    /**
     * @param name display name
     * @param domain1 the domain that is projected, with cell types
     * @param domain2 the reference domain, with cell types; row {@code i} is the same cell as row {@code i} of {@code domain1}
     * @throws IllegalArgumentException if an argument is null or the domains have different
     *     numbers of cells
     */
    public SingleCellTask {
        if (name == null || domain1 == null || domain2 == null) {
            throw new IllegalArgumentException("name, domain1 and domain2 must not be null");
        }
        if (domain1.size() != domain2.size()) {
            throw new IllegalArgumentException("domain1 has " + domain1.size() + " cells but domain2 has "
                    + domain2.size() + "; the rows must be paired");
        }
    }

    /**
     * Loads a data set from the data directory.
     *
     * @param dataset which data set
     * @param data the data directory
     * @param preprocessing applied to each domain (SCOT and InfoOT: {@link Preprocessing#L2_ROWS})
     * @return the task
     * @throws MissingDataException if a file is absent (the message says where to get it)
     * @throws IOException if a file cannot be read or is malformed
     * @throws IllegalArgumentException if an argument is null
     */
    public static SingleCellTask load(SingleCellDataset dataset, DataDirectory data, Preprocessing preprocessing)
            throws IOException {
        if (dataset == null || data == null || preprocessing == null) {
            throw new IllegalArgumentException("dataset, data and preprocessing must not be null");
        }
        Matrix x1 = NpyReader.readMatrix(data.require(dataset.domain1File(), dataset.provenance()));
        Matrix x2 = NpyReader.readMatrix(data.require(dataset.domain2File(), dataset.provenance()));
        int[] y = NpyReader.readIntVector(data.require(dataset.labelsFile(), dataset.provenance()));
        return new SingleCellTask(dataset.title(), new LabeledData(preprocessing.apply(x1), y),
                new LabeledData(preprocessing.apply(x2), y));
    }

    /**
     * Runs the method and scores the alignment.
     *
     * @param method projects domain 1 into domain 2's space; called once, without labels
     * @return FOSCTTM and label-transfer accuracy
     * @throws IllegalArgumentException if the method is null or returns a matrix of the wrong shape
     */
    public SingleCellResult evaluate(AlignmentMethod method) {
        if (method == null) {
            throw new IllegalArgumentException("method must not be null");
        }
        Matrix projected = method.projectSource(domain1.features(), null, domain2.features());
        return score(projected);
    }

    /**
     * Scores an already projected domain 1 (for callers that fit once and project several ways).
     *
     * @param projectedDomain1 domain 1 in domain 2's space, {@code cells × domain2.dimension()}
     * @return FOSCTTM and label-transfer accuracy
     * @throws IllegalArgumentException if the shape is wrong
     */
    public SingleCellResult score(Matrix projectedDomain1) {
        if (projectedDomain1 == null || projectedDomain1.rows() != domain1.size()
                || projectedDomain1.cols() != domain2.dimension()) {
            throw new IllegalArgumentException("the projection must be " + domain1.size() + " x " + domain2.dimension()
                    + ", got " + (projectedDomain1 == null ? "null"
                    : projectedDomain1.rows() + " x " + projectedDomain1.cols()));
        }
        double[] perCell = Foscttm.perSample(projectedDomain1, domain2.features());
        double mean = 0;
        for (double v : perCell) {
            mean += v;
        }
        mean /= perCell.length;
        double transfer = KnnClassifier.labelTransferAccuracy(domain1.withFeatures(projectedDomain1), domain2);
        return new SingleCellResult(name, mean, perCell, transfer);
    }
}
