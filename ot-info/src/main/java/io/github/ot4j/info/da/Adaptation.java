package io.github.ot4j.info.da;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.result.TransportPlan;

import java.util.Arrays;

/**
 * A fitted domain adaptation ({@link DomainAdapter#fit}): immutable, thread-safe.
 */
public final class Adaptation {

    private final Matrix xs;
    private final int[] ys;
    private final Matrix xt;
    private final Coupling coupling;
    private final int[] classes;

    Adaptation(Matrix xs, int[] ys, Matrix xt, Coupling coupling) {
        this.xs = xs;
        this.ys = ys;
        this.xt = xt;
        this.coupling = coupling;
        this.classes = Arrays.stream(ys).distinct().sorted().toArray();
    }

    /** @return the fitted coupling */
    public Coupling coupling() {
        return coupling;
    }

    /** @return the plan */
    public TransportPlan plan() {
        return coupling.plan();
    }

    /** @return the distinct source labels, ascending: the column order of {@link #transformLabels()} */
    public int[] classes() {
        return classes.clone();
    }

    /**
     * Maps source-space points into the target domain: the training source (equal to the fitted
     * {@code xs}) gets the coupling's in-sample image; other points the method's out-of-sample map.
     *
     * @param x points in the source space
     * @return the mapped points
     * @throws IllegalArgumentException if {@code x} is null or has the wrong dimension
     */
    public Matrix transform(Matrix x) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (x.cols() != xs.cols()) {
            throw new IllegalArgumentException("x has dimension " + x.cols() + " but the source has dimension "
                    + xs.cols());
        }
        return x.equals(xs) ? coupling.transformSource() : coupling.transform(x);
    }

    /**
     * Label propagation (POT's {@code transform_labels}) of the fitted source labels: for each
     * target point {@code j} and class {@code c}, {@code Σ_{i: y_i = c} P_ij / Σ_i P_ij}, the share
     * of its incoming mass from class c.
     *
     * @return {@code m × classes} scores, columns ordered as {@link #classes()}; rows sum to 1
     */
    public Matrix transformLabels() {
        return propagate(ys, classes);
    }

    /**
     * Label propagation of any labelling of the training source (POT's {@code transform_labels(ys)}).
     *
     * @param labels one label per training source point
     * @return {@code m × k} scores for the {@code k} distinct labels in ascending order; rows sum to 1
     * @throws IllegalArgumentException if {@code labels} is null or has the wrong length
     */
    public Matrix transformLabels(int[] labels) {
        if (labels == null || labels.length != ys.length) {
            throw new IllegalArgumentException("labels has " + (labels == null ? "no" : String.valueOf(labels.length))
                    + " entries but the source has " + ys.length + " points");
        }
        return propagate(labels.clone(), Arrays.stream(labels).distinct().sorted().toArray());
    }

    private Matrix propagate(int[] labels, int[] classList) {
        TransportPlan p = coupling.plan();
        int n = p.rows();
        int m = p.cols();
        int k = classList.length;
        double[] out = new double[m * k];
        double[] col = new double[m];
        double[] dense = p.toRowMajor();
        for (int i = 0; i < n; i++) {
            int c = Arrays.binarySearch(classList, labels[i]);
            int off = i * m;
            for (int j = 0; j < m; j++) {
                double v = dense[off + j];
                out[j * k + c] += v;
                col[j] += v;
            }
        }
        for (int j = 0; j < m; j++) {
            for (int c = 0; c < k; c++) {
                out[j * k + c] = col[j] > 0 ? out[j * k + c] / col[j] : 1.0 / k;
            }
        }
        return RawAccess.wrap(m, k, out);
    }

    /** @return the most likely class of every target point by {@link #transformLabels()} (ties: smaller label) */
    public int[] predictLabels() {
        Matrix s = transformLabels();
        int[] out = new int[s.rows()];
        for (int j = 0; j < s.rows(); j++) {
            int best = 0;
            for (int c = 1; c < classes.length; c++) {
                if (s.get(j, c) > s.get(j, best)) {
                    best = c;
                }
            }
            out[j] = classes[best];
        }
        return out;
    }

    /** @return the training target */
    public Matrix target() {
        return xt;
    }
}
