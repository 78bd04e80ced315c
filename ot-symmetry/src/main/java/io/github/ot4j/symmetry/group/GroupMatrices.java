package io.github.ot4j.symmetry.group;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.symmetry.internal.DenseAlgebra;

import java.util.ArrayDeque;
import java.util.List;

import static io.github.ot4j.symmetry.group.FiniteGroup.EQUALITY_TOLERANCE;
import static io.github.ot4j.symmetry.group.FiniteGroup.MAX_ORDER;
import static io.github.ot4j.symmetry.group.FiniteGroup.ORTHOGONALITY_TOLERANCE;

/** Matrix building blocks and argument checks for {@link FiniteGroup}'s factories. */
final class GroupMatrices {

    private GroupMatrices() {
    }

    static void requireClosed(ElementIndex index, int d, int identityAt) {
        int order = index.count();
        double[] all = index.elements();
        double[] buf = new double[d * d];
        for (int g = 0; g < order; g++) {
            for (int h = 0; h < order; h++) {
                multiplyInto(all, g * d * d, all, h * d * d, buf, d);
                if (index.find(buf, 0) < 0) {
                    throw new IllegalArgumentException("elements are not closed under multiplication: elements["
                            + original(g, identityAt) + "] · elements[" + original(h, identityAt)
                            + "] is not in the set; use FiniteGroup.generatedBy to close them");
                }
            }
        }
    }

    /** Maps an internal index back to the caller's list position (the identity was moved to 0). */
    static int original(int internal, int identityAt) {
        if (internal == 0) {
            return identityAt;
        }
        return internal <= identityAt ? internal - 1 : internal;
    }

    static ElementIndex close(int d, double[][] generators) {
        ElementIndex index = new ElementIndex(d, EQUALITY_TOLERANCE);
        index.add(identity(d), 0);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        double[] current = new double[d * d];
        double[] product = new double[d * d];
        while (!queue.isEmpty()) {
            int e = queue.poll();
            index.copy(e, current);
            for (double[] s : generators) {
                multiplyInto(current, 0, s, 0, product, d);
                if (index.find(product, 0) < 0) {
                    if (index.count() >= MAX_ORDER) {
                        throw new IllegalArgumentException("the generators do not generate a finite group of order <= "
                                + MAX_ORDER + " (is a rotation angle an irrational multiple of 2π?)");
                    }
                    queue.add(index.add(product, 0));
                }
            }
        }
        return index;
    }

    static void multiplyInto(double[] a, int aOffset, double[] b, int bOffset, double[] out, int d) {
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += a[aOffset + i * d + k] * b[bOffset + k * d + j];
                }
                out[i * d + j] = s;
            }
        }
    }

    static int dimensionOf(String name, List<Matrix> matrices) {
        int d = -1;
        for (int k = 0; k < matrices.size(); k++) {
            Matrix m = matrices.get(k);
            if (m == null) {
                throw new IllegalArgumentException(name + "[" + k + "] is null");
            }
            if (m.rows() != m.cols()) {
                throw new IllegalArgumentException(name + "[" + k + "] is " + m.rows() + " x " + m.cols()
                        + "; a group element must be a square matrix");
            }
            if (d < 0) {
                d = m.rows();
            } else if (m.rows() != d) {
                throw new IllegalArgumentException(name + "[" + k + "] is " + m.rows() + " x " + m.cols() + " but "
                        + name + "[0] is " + d + " x " + d + "; all elements must act on the same R^d");
            }
            double err = DenseAlgebra.orthogonalityError(RawAccess.data(m), d);
            if (!(err <= ORTHOGONALITY_TOLERANCE)) {
                throw new IllegalArgumentException(name + "[" + k + "] is not orthogonal: max |gᵀg - I| = " + err
                        + " > " + ORTHOGONALITY_TOLERANCE + "; ot-symmetry groups act by orthogonal matrices");
            }
        }
        return d;
    }

    static double maxDifference(double[] a, int offset, double[] b) {
        double worst = 0;
        for (int k = 0; k < b.length; k++) {
            worst = Math.max(worst, Math.abs(a[offset + k] - b[k]));
        }
        return worst;
    }

    static double[] identity(int d) {
        double[] m = new double[d * d];
        for (int i = 0; i < d; i++) {
            m[i * d + i] = 1;
        }
        return m;
    }

    static double[] planar(int d, int p, int q, double app, double apq, double aqp, double aqq) {
        double[] m = identity(d);
        m[p * d + p] = app;
        m[p * d + q] = apq;
        m[q * d + p] = aqp;
        m[q * d + q] = aqq;
        return m;
    }

    static double[] permutationMatrix(String name, int[] p, int d) {
        if (p == null || p.length != d) {
            throw new IllegalArgumentException(name + " has " + (p == null ? "no" : String.valueOf(p.length))
                    + " entries but the dimension is " + d);
        }
        boolean[] seen = new boolean[d];
        double[] m = new double[d * d];
        for (int i = 0; i < d; i++) {
            int j = p[i];
            if (j < 0 || j >= d || seen[j]) {
                throw new IllegalArgumentException(name + " is not a permutation of 0.." + (d - 1) + ": " + name + "["
                        + i + "] = " + j);
            }
            seen[j] = true;
            m[i * d + j] = 1;
        }
        return m;
    }

    static void requireDimension(int d) {
        if (d < 1) {
            throw new IllegalArgumentException("d must be >= 1, got " + d);
        }
    }

    static void requireOrder(String name, int k, int multiplier) {
        if (k < 1 || (long) k * multiplier > MAX_ORDER) {
            throw new IllegalArgumentException(name + " must be in [1, " + (MAX_ORDER / multiplier) + "], got " + k);
        }
    }

    static void requirePlane(int d, int axis1, int axis2) {
        if (d < 2) {
            throw new IllegalArgumentException("d must be >= 2 for a planar action, got " + d);
        }
        if (axis1 < 0 || axis1 >= d || axis2 < 0 || axis2 >= d || axis1 == axis2) {
            throw new IllegalArgumentException("axes must be two different indices in [0, " + d + "), got " + axis1
                    + " and " + axis2);
        }
    }
}
