package io.github.ot4j.symmetry.group;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A growable list of {@code d × d} matrices with lookup up to a tolerance: entries are hashed on a
 * coarse grid, and candidates in the bucket are compared entrywise. A matrix with an entry within
 * twice the tolerance of a grid boundary may hash differently from its stored twin, so such lookups
 * fall back to a linear scan (rare: the window is a few parts in 10^5 of the grid).
 */
final class ElementIndex {

    /** Grid resolution of the hash. */
    private static final double GRID = 1 << 10;

    private final int size;
    private final double tolerance;
    private double[] data;
    private int count;
    private final Map<Long, int[]> buckets = new HashMap<>();

    ElementIndex(int d, double tolerance) {
        this.size = d * d;
        this.tolerance = tolerance;
        this.data = new double[size * 8];
    }

    int count() {
        return count;
    }

    /** @return the stored elements, {@code count * d * d} values (trimmed copy) */
    double[] elements() {
        return Arrays.copyOf(data, count * size);
    }

    /**
     * @param idx element index
     * @param out receives its {@code d * d} values
     */
    void copy(int idx, double[] out) {
        System.arraycopy(data, idx * size, out, 0, size);
    }

    /**
     * @param m array holding a matrix
     * @param offset its start
     * @return the index of an element equal to it within the tolerance, or -1
     */
    int find(double[] m, int offset) {
        int[] bucket = buckets.get(key(m, offset));
        if (bucket != null) {
            for (int idx : bucket) {
                if (equal(m, offset, idx)) {
                    return idx;
                }
            }
        }
        if (nearBoundary(m, offset)) {
            for (int idx = 0; idx < count; idx++) {
                if (equal(m, offset, idx)) {
                    return idx;
                }
            }
        }
        return -1;
    }

    /**
     * Appends a matrix (the caller checked it is new).
     *
     * @param m array holding the matrix
     * @param offset its start
     * @return its index
     */
    int add(double[] m, int offset) {
        if ((count + 1) * size > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, (count + 1) * size));
        }
        System.arraycopy(m, offset, data, count * size, size);
        buckets.merge(key(m, offset), new int[] {count}, (p, q) -> {
            int[] r = Arrays.copyOf(p, p.length + 1);
            r[p.length] = q[0];
            return r;
        });
        return count++;
    }

    private boolean equal(double[] m, int offset, int idx) {
        int base = idx * size;
        for (int k = 0; k < size; k++) {
            if (!(Math.abs(m[offset + k] - data[base + k]) <= tolerance)) {
                return false;
            }
        }
        return true;
    }

    private long key(double[] m, int offset) {
        long h = 1469598103934665603L;
        for (int k = 0; k < size; k++) {
            long r = Math.round(m[offset + k] * GRID);
            h = (h ^ r) * 1099511628211L;
        }
        return h;
    }

    private boolean nearBoundary(double[] m, int offset) {
        for (int k = 0; k < size; k++) {
            double s = m[offset + k] * GRID;
            double frac = s - Math.floor(s);
            if (Math.abs(frac - 0.5) <= 2 * tolerance * GRID) {
                return true;
            }
        }
        return false;
    }
}
