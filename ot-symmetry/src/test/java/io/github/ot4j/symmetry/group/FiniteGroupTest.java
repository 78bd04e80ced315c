package io.github.ot4j.symmetry.group;

import io.github.ot4j.geometry.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiniteGroupTest {

    private static final double TIGHT = 1e-12;

    static Matrix rotation(double angle) {
        return Matrix.of(new double[][] {{Math.cos(angle), -Math.sin(angle)}, {Math.sin(angle), Math.cos(angle)}});
    }

    static Stream<Arguments> groups() {
        Matrix quarter = rotation(Math.PI / 2);
        Matrix mirror = Matrix.of(new double[][] {{1, 0}, {0, -1}});
        return Stream.of(
                Arguments.of("trivial", FiniteGroup.trivial(3), 1),
                Arguments.of("C5", FiniteGroup.cyclicRotations(5), 5),
                Arguments.of("C4 in plane (0,2) of R^3", FiniteGroup.cyclicRotations(4, 3, 0, 2), 4),
                Arguments.of("C1", FiniteGroup.cyclicRotations(1), 1),
                Arguments.of("D1", FiniteGroup.dihedral(1), 2),
                Arguments.of("D2", FiniteGroup.dihedral(2), 4),
                Arguments.of("D4", FiniteGroup.dihedral(4), 8),
                Arguments.of("D3 in plane (2,1) of R^3", FiniteGroup.dihedral(3, 3, 2, 1), 6),
                Arguments.of("S4", FiniteGroup.symmetricGroup(4), 24),
                Arguments.of("S1", FiniteGroup.symmetricGroup(1), 1),
                Arguments.of("3-cycle", FiniteGroup.permutations(4, new int[] {1, 2, 0, 3}), 3),
                Arguments.of("Z5 shifts", FiniteGroup.cyclicShifts(5), 5),
                Arguments.of("sign flips 3", FiniteGroup.signFlips(3), 8),
                Arguments.of("C3 x D2", FiniteGroup.directProduct(FiniteGroup.cyclicRotations(3), FiniteGroup.dihedral(2)), 12),
                Arguments.of("generated D4", FiniteGroup.generatedBy(quarter, mirror), 8),
                Arguments.of("C4 from elements", FiniteGroup.of(List.of(rotation(Math.PI), rotation(0),
                        rotation(Math.PI / 2), rotation(3 * Math.PI / 2))), 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void groupAxiomsHold(String name, FiniteGroup group, int expectedOrder) {
        int n = group.order();
        int d = group.dimension();
        assertEquals(expectedOrder, n, name);
        double[] identity = new double[d * d];
        for (int i = 0; i < d; i++) {
            identity[i * d + i] = 1;
        }
        assertArrayEquals(identity, group.element(0).toRowMajor(), TIGHT, "element 0 is the identity");
        int[][] table = group.multiplicationTable();
        for (int g = 0; g < n; g++) {
            double[] m = group.element(g).toRowMajor();
            assertTrue(orthogonalityError(m, d) <= TIGHT, "element " + g + " is orthogonal");
            assertEquals(g, table[0][g], "left identity");
            assertEquals(g, table[g][0], "right identity");
            assertEquals(0, table[g][group.inverse(g)], "g g^-1 = e");
            assertEquals(0, table[group.inverse(g)][g], "g^-1 g = e");
            boolean[] seen = new boolean[n];
            for (int h = 0; h < n; h++) {
                int p = table[g][h];
                assertTrue(p >= 0 && p < n, "closure");
                assertTrue(!seen[p], "each row of the Cayley table is a permutation");
                seen[p] = true;
                assertArrayEquals(product(m, group.element(h).toRowMajor(), d), group.element(p).toRowMajor(), 1e-9,
                        "the table is the matrix product");
                assertEquals(p, group.multiply(g, h));
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    assertEquals(table[table[a][b]][c], table[a][table[b][c]], "associativity");
                }
            }
        }
        for (int g = 0; g < n; g++) {
            for (int h = g + 1; h < n; h++) {
                assertTrue(maxDiff(group.element(g).toRowMajor(), group.element(h).toRowMajor()) > 1e-6,
                        "elements are distinct");
            }
            assertEquals(g, group.indexOf(group.element(g)));
        }
    }

    @Test
    void namedFamiliesHaveTheExpectedElements() {
        FiniteGroup d4 = FiniteGroup.dihedral(4);
        for (int j = 0; j < 4; j++) {
            assertEquals(1, det2(d4.element(j)), TIGHT, "rotation");
            assertEquals(-1, det2(d4.element(4 + j)), TIGHT, "reflection");
        }
        assertArrayEquals(new double[] {0, 1}, FiniteGroup.cyclicRotations(4).apply(1, new double[] {1, 0}), TIGHT);

        FiniteGroup shifts = FiniteGroup.cyclicShifts(5);
        assertArrayEquals(new double[] {5, 1, 2, 3, 4}, shifts.apply(1, new double[] {1, 2, 3, 4, 5}), 0);
        assertArrayEquals(new double[] {3, 4, 5, 1, 2}, shifts.apply(3, new double[] {1, 2, 3, 4, 5}), 0);

        FiniteGroup perm = FiniteGroup.permutations(3, new int[] {2, 0, 1});
        assertTrue(perm.indexOf(Matrix.of(new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}})) >= 0);

        FiniteGroup flips = FiniteGroup.signFlips(4);
        assertEquals(16, flips.order());
        java.util.Set<String> patterns = new java.util.HashSet<>();
        for (int g = 0; g < flips.order(); g++) {
            double[] image = flips.apply(g, new double[] {1, 1, 1, 1});
            for (int i = 0; i < 4; i++) {
                assertEquals(1, Math.abs(image[i]), 0, "sign flips only change signs");
                for (int j = 0; j < 4; j++) {
                    if (i != j) {
                        assertEquals(0, flips.element(g).get(i, j), 0, "sign flips are diagonal");
                    }
                }
            }
            patterns.add(java.util.Arrays.toString(image));
        }
        assertEquals(16, patterns.size(), "all 2^4 sign patterns");

        FiniteGroup product = FiniteGroup.directProduct(FiniteGroup.cyclicRotations(4), FiniteGroup.signFlips(1));
        double[] image = product.apply(1 * 2 + 1, new double[] {1, 0, 7});
        assertArrayEquals(new double[] {0, 1, -7}, image, TIGHT, "block-diagonal action of (g1, h1)");
    }

    @Test
    void orbitAndSymmetrizeListImagesByElement() {
        FiniteGroup c3 = FiniteGroup.cyclicRotations(3);
        Matrix points = Matrix.of(new double[][] {{1, 0}, {0, 2}});
        Matrix sym = c3.symmetrize(points);
        assertEquals(6, sym.rows());
        for (int g = 0; g < 3; g++) {
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(c3.apply(g, points.row(i)), sym.row(g * 2 + i), 0);
            }
        }
        assertArrayEquals(new double[] {0.25 / 3, 0.75 / 3, 0.25 / 3, 0.75 / 3, 0.25 / 3, 0.75 / 3},
                c3.symmetrizeWeights(new double[] {0.25, 0.75}), 1e-15);
        Matrix orbit = c3.orbit(new double[] {1, 0});
        assertEquals(-0.5, orbit.get(1, 0), TIGHT);
        assertEquals(Math.sqrt(3) / 2, orbit.get(1, 1), TIGHT);
    }

    @Test
    void elementOfWrongDimensionIsRejected() {
        Matrix i2 = Matrix.of(new double[][] {{1, 0}, {0, 1}});
        Matrix i3 = Matrix.of(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FiniteGroup.of(i2, i3));
        assertTrue(e.getMessage().contains("elements[1] is 3 x 3") && e.getMessage().contains("2 x 2"), e.getMessage());

        IllegalArgumentException g = assertThrows(IllegalArgumentException.class,
                () -> FiniteGroup.generatedBy(i2, Matrix.of(new double[][] {{0, 1, 0}, {1, 0, 0}})));
        assertTrue(g.getMessage().contains("generators[1] is 2 x 3"), g.getMessage());

        FiniteGroup c4 = FiniteGroup.cyclicRotations(4);
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> c4.apply(1, new double[] {1, 2, 3}));
        assertTrue(p.getMessage().contains("x has 3 entries") && p.getMessage().contains("R^2"), p.getMessage());
        IllegalArgumentException q = assertThrows(IllegalArgumentException.class,
                () -> c4.symmetrize(Matrix.of(new double[][] {{1, 2, 3}})));
        assertTrue(q.getMessage().contains("points has dimension 3"), q.getMessage());
    }

    @Test
    void nonOrthogonalMatricesAreRejected() {
        Matrix shear = Matrix.of(new double[][] {{1, 1}, {0, 1}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FiniteGroup.generatedBy(shear));
        assertTrue(e.getMessage().contains("generators[0] is not orthogonal") && e.getMessage().contains("= 1.0"),
                e.getMessage());
        // A finite-order but non-orthogonal matrix: A² = I with A = [[1, 1], [0, -1]].
        Matrix involution = Matrix.of(new double[][] {{1, 1}, {0, -1}});
        Matrix identity = Matrix.of(new double[][] {{1, 0}, {0, 1}});
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
                () -> FiniteGroup.of(identity, involution));
        assertTrue(f.getMessage().contains("elements[1] is not orthogonal"), f.getMessage());
        Matrix rounded = Matrix.of(new double[][] {{0.7071, -0.7071}, {0.7071, 0.7071}});
        assertThrows(IllegalArgumentException.class, () -> FiniteGroup.generatedBy(rounded));
    }

    @Test
    void setsThatAreNotGroupsAreRejected() {
        IllegalArgumentException open = assertThrows(IllegalArgumentException.class,
                () -> FiniteGroup.of(rotation(0), rotation(Math.PI / 2)));
        assertTrue(open.getMessage().contains("not closed"), open.getMessage());
        IllegalArgumentException noIdentity = assertThrows(IllegalArgumentException.class,
                () -> FiniteGroup.of(rotation(Math.PI)));
        assertTrue(noIdentity.getMessage().contains("identity"), noIdentity.getMessage());
        IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
                () -> FiniteGroup.of(rotation(0), rotation(Math.PI), rotation(Math.PI)));
        assertTrue(repeated.getMessage().contains("elements[2] repeats"), repeated.getMessage());
        IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class,
                () -> FiniteGroup.generatedBy(rotation(1.0)));
        assertTrue(infinite.getMessage().contains("finite group"), infinite.getMessage());
        IllegalArgumentException notPerm = assertThrows(IllegalArgumentException.class,
                () -> FiniteGroup.permutations(3, new int[] {0, 0, 1}));
        assertTrue(notPerm.getMessage().contains("generators[0][1] = 0"), notPerm.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FiniteGroup.cyclicRotations(0));
        assertThrows(IllegalArgumentException.class, () -> FiniteGroup.dihedral(3, 2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> FiniteGroup.signFlips(14));
    }

    @Test
    void roundedRotationsAreStillFoundInTheGroup() {
        FiniteGroup c12 = FiniteGroup.cyclicRotations(12);
        for (int j = 0; j < 12; j++) {
            assertEquals(j, c12.indexOf(rotation(2 * Math.PI * j / 12 + 1e-12)));
        }
        assertEquals(-1, c12.indexOf(rotation(0.1)));
        assertNotEquals(-1, c12.indexOf(c12.element(5)));
    }

    static double orthogonalityError(double[] m, int d) {
        double worst = 0;
        for (int p = 0; p < d; p++) {
            for (int q = 0; q < d; q++) {
                double s = 0;
                for (int i = 0; i < d; i++) {
                    s += m[i * d + p] * m[i * d + q];
                }
                worst = Math.max(worst, Math.abs(s - (p == q ? 1 : 0)));
            }
        }
        return worst;
    }

    static double[] product(double[] a, double[] b, int d) {
        double[] c = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    c[i * d + j] += a[i * d + k] * b[k * d + j];
                }
            }
        }
        return c;
    }

    static double maxDiff(double[] a, double[] b) {
        double w = 0;
        for (int i = 0; i < a.length; i++) {
            w = Math.max(w, Math.abs(a[i] - b[i]));
        }
        return w;
    }

    private static double det2(Matrix m) {
        return m.get(0, 0) * m.get(1, 1) - m.get(0, 1) * m.get(1, 0);
    }
}
