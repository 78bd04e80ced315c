package io.github.ot4j.symmetry.group;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;

import java.util.Arrays;
import java.util.List;

/**
 * A finite group {@code G} of orthogonal {@code d × d} matrices, acting linearly on {@code R^d} by
 * {@code x ↦ g x}. Elements are numbered {@code 0 .. order-1}; element 0 is the identity. The
 * group is immutable and thread-safe.
 *
 * <p>Build one from a named family ({@link #cyclicRotations(int)}, {@link #dihedral(int)},
 * {@link #symmetricGroup(int)}, {@link #permutations(int, int[]...)}, {@link #cyclicShifts(int)},
 * {@link #signFlips(int)}, {@link #directProduct(FiniteGroup, FiniteGroup)}), from all of its
 * elements ({@link #of(List)}, which checks closure), or from generators
 * ({@link #generatedBy(List)}, which closes the set under multiplication).
 *
 * <p>Only orthogonal actions are represented: they preserve Euclidean distances and inner products,
 * which is what makes radial kernels and Euclidean costs {@code G}-invariant
 * ({@code k(g x, g y) = k(x, y)}), the property the group-averaged kernels, orbit costs and
 * alignment methods of this module rely on. Matrices are compared up to
 * {@link #EQUALITY_TOLERANCE} entrywise.
 *
 * <p>Convention for point sets: a {@link Matrix} holds one point per row, and {@code g} maps row
 * {@code x_i} to {@code g x_i}, i.e. the point set {@code X} to {@code X gᵀ}.
 */
public final class FiniteGroup {

    /** Largest group order accepted (the elements are stored as dense matrices). */
    public static final int MAX_ORDER = 10_000;
    /** Entrywise tolerance on {@code gᵀ g - I} for a matrix to count as orthogonal. */
    public static final double ORTHOGONALITY_TOLERANCE = 1e-8;
    /** Entrywise tolerance below which two matrices are the same group element. */
    public static final double EQUALITY_TOLERANCE = 1e-8;

    private final String name;
    private final int d;
    private final int order;
    /** {@code order} row-major {@code d × d} matrices, element 0 the identity. */
    private final double[] elements;
    private final int[] inverses;
    private final ElementIndex index;
    private volatile int[][] table;

    private FiniteGroup(String name, int d, ElementIndex index) {
        this.name = name;
        this.d = d;
        this.index = index;
        this.order = index.count();
        this.elements = index.elements();
        this.inverses = new int[order];
        double[] t = new double[d * d];
        for (int g = 0; g < order; g++) {
            transposeInto(g, t);
            int inv = index.find(t, 0);
            if (inv < 0) {
                throw new IllegalArgumentException("the inverse (transpose) of element " + g + " is not in the set");
            }
            inverses[g] = inv;
        }
    }

    // ------------------------------------------------------------------ factories

    /**
     * The group given by all of its elements. The set must contain the identity, be closed under
     * multiplication and hold no element twice; the order of the list is kept, except that the
     * identity is moved to index 0 (the others keep their relative order).
     *
     * @param elements orthogonal {@code d × d} matrices, at least one, at most {@link #MAX_ORDER}
     * @return the group
     * @throws IllegalArgumentException if an element is null, not square, of another dimension
     *     than the first, not orthogonal, repeated, or if the set is not closed under
     *     multiplication; the message names the element and the value
     */
    public static FiniteGroup of(List<Matrix> elements) {
        if (elements == null || elements.isEmpty()) {
            throw new IllegalArgumentException("elements must hold at least one matrix");
        }
        if (elements.size() > MAX_ORDER) {
            throw new IllegalArgumentException("elements has " + elements.size() + " matrices; at most " + MAX_ORDER
                    + " are supported");
        }
        int d = GroupMatrices.dimensionOf("elements", elements);
        double[] identity = GroupMatrices.identity(d);
        int identityAt = -1;
        for (int k = 0; k < elements.size(); k++) {
            if (GroupMatrices.maxDifference(RawAccess.data(elements.get(k)), 0, identity) <= EQUALITY_TOLERANCE) {
                identityAt = k;
                break;
            }
        }
        if (identityAt < 0) {
            throw new IllegalArgumentException("elements do not contain the identity, so they are not a group;"
                    + " use FiniteGroup.generatedBy to close them");
        }
        ElementIndex index = new ElementIndex(d, EQUALITY_TOLERANCE);
        index.add(identity, 0);
        for (int k = 0; k < elements.size(); k++) {
            if (k == identityAt) {
                continue;
            }
            double[] m = RawAccess.data(elements.get(k));
            int twin = index.find(m, 0);
            if (twin >= 0) {
                throw new IllegalArgumentException("elements[" + k + "] repeats an earlier element");
            }
            index.add(m, 0);
        }
        GroupMatrices.requireClosed(index, d, identityAt);
        return new FiniteGroup("group of order " + index.count() + " on R^" + d, d, index);
    }

    /**
     * The smallest group containing the generators: the set is closed under multiplication by
     * breadth-first search. Generators must be orthogonal and generate a finite group (a rotation
     * by an irrational multiple of {@code 2π} does not).
     *
     * @param generators orthogonal {@code d × d} matrices, at least one
     * @return the group, with the identity at index 0 and the other elements in the order found
     * @throws IllegalArgumentException if a generator is null, not square, of another dimension,
     *     not orthogonal, or if the closure exceeds {@link #MAX_ORDER} elements
     */
    public static FiniteGroup generatedBy(List<Matrix> generators) {
        if (generators == null || generators.isEmpty()) {
            throw new IllegalArgumentException("generators must hold at least one matrix");
        }
        int d = GroupMatrices.dimensionOf("generators", generators);
        double[][] gens = new double[generators.size()][];
        for (int k = 0; k < gens.length; k++) {
            gens[k] = RawAccess.data(generators.get(k));
        }
        return new FiniteGroup("group generated by " + gens.length + " matrices on R^" + d, d, GroupMatrices.close(d, gens));
    }

    /**
     * @param generators orthogonal matrices
     * @return {@link #generatedBy(List)}
     */
    public static FiniteGroup generatedBy(Matrix... generators) {
        return generatedBy(generators == null ? null : Arrays.asList(generators));
    }

    /**
     * @param elements all elements
     * @return {@link #of(List)}
     */
    public static FiniteGroup of(Matrix... elements) {
        return of(elements == null ? null : Arrays.asList(elements));
    }

    /**
     * The trivial group {@code {I}} on {@code R^d}.
     *
     * @param d dimension, at least 1
     * @return the group of order 1
     */
    public static FiniteGroup trivial(int d) {
        GroupMatrices.requireDimension(d);
        ElementIndex index = new ElementIndex(d, EQUALITY_TOLERANCE);
        index.add(GroupMatrices.identity(d), 0);
        return new FiniteGroup("trivial group on R^" + d, d, index);
    }

    /**
     * The cyclic group {@code C_k} of rotations of the plane by {@code 2π j / k},
     * {@code j = 0 .. k-1}; element {@code j} is the rotation by {@code 2π j / k}.
     *
     * @param k order, in {@code [1, MAX_ORDER]}
     * @return the group on {@code R^2}
     */
    public static FiniteGroup cyclicRotations(int k) {
        return cyclicRotations(k, 2, 0, 1);
    }

    /**
     * {@code C_k} rotating the coordinate plane spanned by axes {@code axis1, axis2} of
     * {@code R^d} (from {@code axis1} towards {@code axis2}) and fixing the other coordinates.
     *
     * @param k order, in {@code [1, MAX_ORDER]}
     * @param d dimension, at least 2
     * @param axis1 first axis of the plane, in {@code [0, d)}
     * @param axis2 second axis, in {@code [0, d)}, different from {@code axis1}
     * @return the group; element {@code j} rotates by {@code 2π j / k}
     */
    public static FiniteGroup cyclicRotations(int k, int d, int axis1, int axis2) {
        GroupMatrices.requireOrder("k", k, 1);
        GroupMatrices.requirePlane(d, axis1, axis2);
        ElementIndex index = new ElementIndex(d, EQUALITY_TOLERANCE);
        for (int j = 0; j < k; j++) {
            double angle = 2 * Math.PI * j / k;
            index.add(GroupMatrices.planar(d, axis1, axis2, Math.cos(angle), -Math.sin(angle), Math.sin(angle), Math.cos(angle)), 0);
        }
        return new FiniteGroup("C" + k + " rotations of R^" + d + " in plane (" + axis1 + ", " + axis2 + ")", d, index);
    }

    /**
     * The dihedral group {@code D_k} of order {@code 2k}, the symmetries of a regular {@code k}-gon
     * in the plane: elements {@code 0 .. k-1} are the rotations by {@code 2π j / k}, elements
     * {@code k + j} the reflections across the line at angle {@code π j / k}.
     *
     * @param k number of rotations, in {@code [1, MAX_ORDER / 2]}
     * @return the group on {@code R^2}
     */
    public static FiniteGroup dihedral(int k) {
        return dihedral(k, 2, 0, 1);
    }

    /**
     * {@code D_k} acting in the coordinate plane of axes {@code axis1, axis2} of {@code R^d},
     * fixing the other coordinates.
     *
     * @param k number of rotations, in {@code [1, MAX_ORDER / 2]}
     * @param d dimension, at least 2
     * @param axis1 first axis, in {@code [0, d)}
     * @param axis2 second axis, in {@code [0, d)}, different from {@code axis1}
     * @return the group of order {@code 2k}
     */
    public static FiniteGroup dihedral(int k, int d, int axis1, int axis2) {
        GroupMatrices.requireOrder("k", k, 2);
        GroupMatrices.requirePlane(d, axis1, axis2);
        ElementIndex index = new ElementIndex(d, EQUALITY_TOLERANCE);
        for (int j = 0; j < k; j++) {
            double angle = 2 * Math.PI * j / k;
            index.add(GroupMatrices.planar(d, axis1, axis2, Math.cos(angle), -Math.sin(angle), Math.sin(angle), Math.cos(angle)), 0);
        }
        for (int j = 0; j < k; j++) {
            double twice = 2 * Math.PI * j / k;
            index.add(GroupMatrices.planar(d, axis1, axis2, Math.cos(twice), Math.sin(twice), Math.sin(twice), -Math.cos(twice)), 0);
        }
        return new FiniteGroup("D" + k + " on R^" + d + " in plane (" + axis1 + ", " + axis2 + ")", d, index);
    }

    /**
     * The symmetric group {@code S_d} of all {@code d!} coordinate permutations of {@code R^d}.
     *
     * @param d dimension, in {@code [1, 7]} ({@code 8! > MAX_ORDER})
     * @return the group
     */
    public static FiniteGroup symmetricGroup(int d) {
        GroupMatrices.requireDimension(d);
        if (d > 7) {
            throw new IllegalArgumentException("d must be <= 7 for the full symmetric group (d! <= " + MAX_ORDER
                    + "), got " + d);
        }
        if (d == 1) {
            return trivial(1);
        }
        int[] swap = new int[d];
        int[] cycle = new int[d];
        for (int i = 0; i < d; i++) {
            swap[i] = i;
            cycle[i] = (i + 1) % d;
        }
        swap[0] = 1;
        swap[1] = 0;
        FiniteGroup g = permutations(d, swap, cycle);
        return g.renamed("S" + d + " permutations of R^" + d);
    }

    /**
     * The group of coordinate permutations generated by the given permutations. A permutation
     * {@code p} acts by {@code (g x)_i = x_{p[i]}}.
     *
     * @param d dimension, at least 1
     * @param generators permutations of {@code 0 .. d-1}, at least one
     * @return the group
     * @throws IllegalArgumentException if a generator is not a permutation of {@code 0 .. d-1}
     */
    public static FiniteGroup permutations(int d, int[]... generators) {
        GroupMatrices.requireDimension(d);
        if (generators == null || generators.length == 0) {
            throw new IllegalArgumentException("generators must hold at least one permutation");
        }
        double[][] gens = new double[generators.length][];
        for (int k = 0; k < generators.length; k++) {
            gens[k] = GroupMatrices.permutationMatrix("generators[" + k + "]", generators[k], d);
        }
        return new FiniteGroup("permutation group on R^" + d, d, GroupMatrices.close(d, gens));
    }

    /**
     * The cyclic group {@code Z_d} of cyclic coordinate shifts of {@code R^d}: element {@code s}
     * maps {@code x} to {@code (g x)_i = x_{(i - s) mod d}} (a shift by {@code s} places).
     *
     * @param d dimension, in {@code [1, MAX_ORDER]}
     * @return the group of order {@code d}
     */
    public static FiniteGroup cyclicShifts(int d) {
        GroupMatrices.requireOrder("d", d, 1);
        ElementIndex index = new ElementIndex(d, EQUALITY_TOLERANCE);
        int[] p = new int[d];
        for (int s = 0; s < d; s++) {
            for (int i = 0; i < d; i++) {
                p[i] = Math.floorMod(i - s, d);
            }
            index.add(GroupMatrices.permutationMatrix("shift", p, d), 0);
        }
        return new FiniteGroup("Z" + d + " cyclic shifts of R^" + d, d, index);
    }

    /**
     * The group {@code {±1}^d} of coordinate sign flips of {@code R^d}, built as the direct product
     * of {@code d} copies of the two-element group {@code {1, -1}} on {@code R}. Element {@code s}
     * flips coordinate {@code i} when bit {@code d - 1 - i} of {@code s} is set.
     *
     * @param d dimension, in {@code [1, 13]} ({@code 2^d <= MAX_ORDER})
     * @return the group of order {@code 2^d}
     */
    public static FiniteGroup signFlips(int d) {
        GroupMatrices.requireDimension(d);
        if (d > 13) {
            throw new IllegalArgumentException("d must be <= 13 for sign flips (2^d <= " + MAX_ORDER + "), got " + d);
        }
        ElementIndex one = new ElementIndex(1, EQUALITY_TOLERANCE);
        one.add(new double[] {1}, 0);
        one.add(new double[] {-1}, 0);
        FiniteGroup flip = new FiniteGroup("{±1}", 1, one);
        FiniteGroup g = flip;
        for (int i = 1; i < d; i++) {
            g = directProduct(g, flip);
        }
        return g.renamed("{±1}^" + d + " sign flips of R^" + d);
    }

    /**
     * The direct product {@code G × H} acting block-diagonally on {@code R^(dG + dH)}:
     * {@code (g, h)} maps {@code (x, y)} to {@code (g x, h y)}. Element {@code i |H| + j} is
     * {@code (g_i, h_j)}.
     *
     * @param g first factor
     * @param h second factor
     * @return the product, of order {@code |G| |H|}
     * @throws IllegalArgumentException if a factor is null or the order exceeds {@link #MAX_ORDER}
     */
    public static FiniteGroup directProduct(FiniteGroup g, FiniteGroup h) {
        if (g == null || h == null) {
            throw new IllegalArgumentException("both factors must be non-null");
        }
        long total = (long) g.order * h.order;
        if (total > MAX_ORDER) {
            throw new IllegalArgumentException("the product has order " + total + " > " + MAX_ORDER);
        }
        int d = g.d + h.d;
        ElementIndex index = new ElementIndex(d, EQUALITY_TOLERANCE);
        double[] m = new double[d * d];
        for (int i = 0; i < g.order; i++) {
            for (int j = 0; j < h.order; j++) {
                Arrays.fill(m, 0);
                for (int r = 0; r < g.d; r++) {
                    System.arraycopy(g.elements, i * g.d * g.d + r * g.d, m, r * d, g.d);
                }
                for (int r = 0; r < h.d; r++) {
                    System.arraycopy(h.elements, j * h.d * h.d + r * h.d, m, (g.d + r) * d + g.d, h.d);
                }
                index.add(m, 0);
            }
        }
        return new FiniteGroup("(" + g.name + ") x (" + h.name + ")", d, index);
    }

    // ------------------------------------------------------------------ structure

    /** @return the dimension {@code d} of the space acted on */
    public int dimension() {
        return d;
    }

    /** @return the number of elements {@code |G|} */
    public int order() {
        return order;
    }

    /** @return a short description, e.g. {@code "D4 on R^2 in plane (0, 1)"} */
    public String name() {
        return name;
    }

    /** @return 0, the index of the identity */
    public int identity() {
        return 0;
    }

    /**
     * @param g element index, in {@code [0, order)}
     * @return the element as a {@code d × d} matrix (a copy)
     */
    public Matrix element(int g) {
        java.util.Objects.checkIndex(g, order);
        return RawAccess.wrap(d, d, Arrays.copyOfRange(elements, g * d * d, (g + 1) * d * d));
    }

    /** @return all elements, in index order (copies) */
    public List<Matrix> elements() {
        Matrix[] out = new Matrix[order];
        for (int g = 0; g < order; g++) {
            out[g] = element(g);
        }
        return List.of(out);
    }

    /**
     * @param m a matrix
     * @return the index of the element equal to {@code m} within {@link #EQUALITY_TOLERANCE}, or -1
     *     (also for a matrix of another shape)
     */
    public int indexOf(Matrix m) {
        if (m == null || m.rows() != d || m.cols() != d) {
            return -1;
        }
        return index.find(RawAccess.data(m), 0);
    }

    /**
     * The group law.
     *
     * @param g left factor index
     * @param h right factor index
     * @return the index of the product {@code g h} ({@code h} acts first)
     */
    public int multiply(int g, int h) {
        java.util.Objects.checkIndex(g, order);
        java.util.Objects.checkIndex(h, order);
        int[][] t = table;
        if (t != null) {
            return t[g][h];
        }
        return productIndex(g, h, new double[d * d]);
    }

    /**
     * @param g element index
     * @return the index of {@code g⁻¹ = gᵀ}
     */
    public int inverse(int g) {
        java.util.Objects.checkIndex(g, order);
        return inverses[g];
    }

    /**
     * The Cayley table, computed on first use ({@code |G|²} products) and cached.
     *
     * @return {@code table[g][h]} = index of {@code g h}; a fresh copy
     */
    public int[][] multiplicationTable() {
        int[][] t = table;
        if (t == null) {
            t = new int[order][order];
            double[] buf = new double[d * d];
            for (int g = 0; g < order; g++) {
                for (int h = 0; h < order; h++) {
                    t[g][h] = productIndex(g, h, buf);
                }
            }
            table = t;
        }
        int[][] copy = new int[order][];
        for (int g = 0; g < order; g++) {
            copy[g] = t[g].clone();
        }
        return copy;
    }

    // ------------------------------------------------------------------ action

    /**
     * Writes {@code g x} into {@code out}. This is the allocation-free form used by hot loops;
     * indices and lengths are not checked beyond the array bounds.
     *
     * @param g element index
     * @param x array holding the point
     * @param xOffset its start; {@code d} values are read
     * @param out destination array, must not overlap the source range
     * @param outOffset where {@code d} values are written
     */
    public void apply(int g, double[] x, int xOffset, double[] out, int outOffset) {
        int base = g * d * d;
        for (int i = 0; i < d; i++) {
            double s = 0;
            int row = base + i * d;
            for (int k = 0; k < d; k++) {
                s += elements[row + k] * x[xOffset + k];
            }
            out[outOffset + i] = s;
        }
    }

    /**
     * @param g element index, in {@code [0, order)}
     * @param x a point of {@code R^d}; not modified
     * @return {@code g x}
     * @throws IllegalArgumentException if {@code x} does not have {@code d} entries
     */
    public double[] apply(int g, double[] x) {
        java.util.Objects.checkIndex(g, order);
        requirePointDimension("x", x == null ? -1 : x.length);
        double[] out = new double[d];
        apply(g, x, 0, out, 0);
        return out;
    }

    /**
     * Applies {@code g} to every point (row).
     *
     * @param g element index, in {@code [0, order)}
     * @param points {@code n × d}, one point per row
     * @return {@code n × d}, row {@code i} = {@code g x_i}
     * @throws IllegalArgumentException if the points do not have dimension {@code d}
     */
    public Matrix apply(int g, Matrix points) {
        java.util.Objects.checkIndex(g, order);
        requirePoints("points", points);
        int n = points.rows();
        double[] x = RawAccess.data(points);
        double[] out = new double[n * d];
        for (int i = 0; i < n; i++) {
            apply(g, x, i * d, out, i * d);
        }
        return RawAccess.wrap(n, d, out);
    }

    /**
     * @param x a point of {@code R^d}; not modified
     * @return the orbit as a {@code |G| × d} matrix, row {@code g} = {@code g x} (repeats kept
     *     when {@code x} has a non-trivial stabilizer)
     */
    public Matrix orbit(double[] x) {
        requirePointDimension("x", x == null ? -1 : x.length);
        double[] out = new double[order * d];
        for (int g = 0; g < order; g++) {
            apply(g, x, 0, out, g * d);
        }
        return RawAccess.wrap(order, d, out);
    }

    /**
     * The support of the symmetrized measure {@code (1/|G|) Σ_g g#μ} of a point set: all
     * {@code n |G|} images, grouped by element (row {@code g n + i} = {@code g x_i}). Pair it
     * with {@link #symmetrizeWeights(double[])}.
     *
     * @param points {@code n × d}
     * @return {@code (n |G|) × d}
     */
    public Matrix symmetrize(Matrix points) {
        requirePoints("points", points);
        int n = points.rows();
        double[] x = RawAccess.data(points);
        double[] out = new double[Math.multiplyExact(n * order, d)];
        for (int g = 0; g < order; g++) {
            for (int i = 0; i < n; i++) {
                apply(g, x, i * d, out, (g * n + i) * d);
            }
        }
        return RawAccess.wrap(n * order, d, out);
    }

    /**
     * Weights of the symmetrized measure: entry {@code g n + i} is {@code a_i / |G|}.
     *
     * @param a weights of the original points; not modified
     * @return {@code n |G|} weights with the same total
     */
    public double[] symmetrizeWeights(double[] a) {
        if (a == null) {
            throw new IllegalArgumentException("a must not be null");
        }
        int n = a.length;
        double[] out = new double[n * order];
        for (int g = 0; g < order; g++) {
            for (int i = 0; i < n; i++) {
                out[g * n + i] = a[i] / order;
            }
        }
        return out;
    }

    /**
     * Checks that points live in {@code R^d}.
     *
     * @param name argument name for the message
     * @param points the points
     * @throws IllegalArgumentException naming the argument and both dimensions
     */
    public void requirePoints(String name, Matrix points) {
        if (points == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (points.cols() != d) {
            throw new IllegalArgumentException(name + " has dimension " + points.cols() + " but the group "
                    + this.name + " acts on R^" + d);
        }
    }

    private void requirePointDimension(String name, int length) {
        if (length != d) {
            throw new IllegalArgumentException(name + " has " + (length < 0 ? "no" : String.valueOf(length))
                    + " entries but the group " + this.name + " acts on R^" + d);
        }
    }

    @Override
    public String toString() {
        return "FiniteGroup[" + name + ", order " + order + "]";
    }

    // ------------------------------------------------------------------ internals

    private FiniteGroup renamed(String newName) {
        ElementIndex copy = new ElementIndex(d, EQUALITY_TOLERANCE);
        for (int g = 0; g < order; g++) {
            copy.add(elements, g * d * d);
        }
        return new FiniteGroup(newName, d, copy);
    }

    private int productIndex(int g, int h, double[] buf) {
        GroupMatrices.multiplyInto(elements, g * d * d, elements, h * d * d, buf, d);
        return index.find(buf, 0);
    }

    private void transposeInto(int g, double[] out) {
        int base = g * d * d;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                out[j * d + i] = elements[base + i * d + j];
            }
        }
    }

}
