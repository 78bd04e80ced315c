package io.github.ot4j.datasets.synthetic;

import io.github.ot4j.datasets.LabeledData;

import java.util.Arrays;

/**
 * A synthetic source/target pair with labels on both sides (the target labels are for scoring).
 *
 * @param source source points and labels
 * @param target target points and labels
 * @param sourceOutliers indices of the source rows that are outliers, increasing; empty if none;
 *     cloned in and out
 */
public record DomainPair(LabeledData source, LabeledData target, int[] sourceOutliers) {

    /**
     * @param source source points and labels
     * @param target target points and labels
     * @param sourceOutliers indices of the source rows that are outliers, increasing; empty if none; cloned in and out
     * @throws IllegalArgumentException if an argument is null or an outlier index is out of range
     */
    public DomainPair {
        if (source == null || target == null || sourceOutliers == null) {
            throw new IllegalArgumentException("source, target and sourceOutliers must not be null");
        }
        sourceOutliers = sourceOutliers.clone();
        for (int k = 0; k < sourceOutliers.length; k++) {
            if (sourceOutliers[k] < 0 || sourceOutliers[k] >= source.size()) {
                throw new IllegalArgumentException("sourceOutliers[" + k + "] = " + sourceOutliers[k]
                        + " is outside [0, " + source.size() + ")");
            }
        }
    }

    /** @return a copy of sourceOutliers */
    @Override
    public int[] sourceOutliers() {
        return sourceOutliers.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DomainPair p && p.source.equals(source) && p.target.equals(target)
                && Arrays.equals(p.sourceOutliers, sourceOutliers);
    }

    @Override
    public int hashCode() {
        return (source.hashCode() * 31 + target.hashCode()) * 31 + Arrays.hashCode(sourceOutliers);
    }

    @Override
    public String toString() {
        return "DomainPair[source " + source + ", target " + target + ", " + sourceOutliers.length + " outliers]";
    }
}
