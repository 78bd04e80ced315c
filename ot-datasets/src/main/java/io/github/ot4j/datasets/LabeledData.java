package io.github.ot4j.datasets;

import io.github.ot4j.geometry.Matrix;

import java.util.Arrays;

/**
 * Points with one integer class label each: row {@code i} of {@link #features()} has label
 * {@code labels()[i]}. Labels are arbitrary integers (the data sets here use 1-based class numbers).
 *
 * @param features one point per row
 * @param labels one label per row; cloned on the way in and out
 */
public record LabeledData(Matrix features, int[] labels) {

    /**
     * @param features one point per row
     * @param labels one label per row; cloned on the way in and out
     * @throws IllegalArgumentException if an argument is null or the lengths differ
     */
    public LabeledData {
        if (features == null) {
            throw new IllegalArgumentException("features must not be null");
        }
        if (labels == null) {
            throw new IllegalArgumentException("labels must not be null");
        }
        if (labels.length != features.rows()) {
            throw new IllegalArgumentException("labels has " + labels.length + " entries but features has "
                    + features.rows() + " rows");
        }
        labels = labels.clone();
    }

    /** @return a copy of the labels */
    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** @return the number of points */
    public int size() {
        return labels.length;
    }

    /** @return the number of features per point */
    public int dimension() {
        return features.cols();
    }

    /** @return the distinct labels in increasing order */
    public int[] classes() {
        return Arrays.stream(labels).distinct().sorted().toArray();
    }

    /**
     * Selects points, in the given order (repeats allowed).
     *
     * @param indices row indices, each in {@code [0, size())}, at least one
     * @return the selected points with their labels
     * @throws IllegalArgumentException if {@code indices} is empty or an index is out of range
     */
    public LabeledData select(int[] indices) {
        Matrix x = features.selectRows(indices);
        int[] y = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            y[k] = labels[indices[k]];
        }
        return new LabeledData(x, y);
    }

    /**
     * @param newFeatures features with the same number of rows
     * @return these labels with other features (for example after normalisation)
     * @throws IllegalArgumentException if the row counts differ
     */
    public LabeledData withFeatures(Matrix newFeatures) {
        return new LabeledData(newFeatures, labels);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabeledData d && d.features.equals(features) && Arrays.equals(d.labels, labels);
    }

    @Override
    public int hashCode() {
        return 31 * features.hashCode() + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "LabeledData[" + features.rows() + " x " + features.cols() + ", " + classes().length + " classes]";
    }
}
