package io.github.ot4j.spark;

import java.util.Arrays;
import java.util.List;

/**
 * A pairwise distance matrix collected on the driver: {@code values[i * n + j]} is the value
 * between {@code ids.get(i)} and {@code ids.get(j)}, ids in ascending order. Arrays are copied
 * in and out.
 *
 * @param ids the sample ids, ascending (numbers numerically, strings lexicographically)
 * @param values row-major {@code n × n} values
 * @param notConverged number of entries whose solves did not converge
 */
public record DistanceMatrix(List<Object> ids, double[] values, int notConverged) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the shapes disagree
     */
    public DistanceMatrix {
        if (ids == null || values == null) {
            throw new IllegalArgumentException("ids and values must not be null");
        }
        if ((long) ids.size() * ids.size() != values.length) {
            throw new IllegalArgumentException("values has " + values.length + " entries but " + ids.size()
                    + " ids need " + ((long) ids.size() * ids.size()));
        }
        if (notConverged < 0) {
            throw new IllegalArgumentException("notConverged must be >= 0, got " + notConverged);
        }
        ids = List.copyOf(ids);
        values = values.clone();
    }

    /** @return number of samples */
    public int size() {
        return ids.size();
    }

    /**
     * @param i row (index into {@link #ids()})
     * @param j column
     * @return the value between samples {@code i} and {@code j}
     */
    public double get(int i, int j) {
        java.util.Objects.checkIndex(i, ids.size());
        java.util.Objects.checkIndex(j, ids.size());
        return values[i * ids.size() + j];
    }

    /** @return a copy as a square array */
    public double[][] toArray() {
        int n = ids.size();
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = Arrays.copyOfRange(values, i * n, (i + 1) * n);
        }
        return out;
    }

    /** @return a copy of the row-major values */
    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DistanceMatrix m && m.ids.equals(ids) && Arrays.equals(m.values, values)
                && m.notConverged == notConverged;
    }

    @Override
    public int hashCode() {
        return 31 * ids.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "DistanceMatrix[" + ids.size() + " x " + ids.size() + ", notConverged=" + notConverged + "]";
    }
}
