package io.github.ot4j.symmetry.align;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.result.DensePlan;
import io.github.ot4j.symmetry.group.Haar;
import io.github.ot4j.symmetry.group.OrthogonalGroup;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcrustesTest {

    /** Recovery from noiseless pairs is exact up to rounding in the SVD. */
    private static final double EXACT = 1e-12;

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 8})
    void recoversARandomRotationExactlyFromNoiselessPairs(int d) {
        for (long seed = 0; seed < 5; seed++) {
            Matrix x = RandomProblems.gaussian(100 + seed, 30, d);
            OrthogonalMap truth = new OrthogonalMap(Haar.specialOrthogonal(d, new SplittableRandom(seed)));
            Matrix y = truth.apply(x);
            for (OrthogonalGroup group : OrthogonalGroup.values()) {
                ProcrustesResult fit = Procrustes.fit(x, y, group);
                assertTrue(fit.map().distance(truth) <= EXACT, group + " seed " + seed + ": " + fit.map().distance(truth));
                assertEquals(0, fit.objective(), 1e-20);
            }
        }
    }

    @Test
    void determinantFixSeparatesOdFromSOd() {
        int d = 4;
        Matrix x = RandomProblems.gaussian(7, 40, d);
        Matrix q = Haar.orthogonal(d, new SplittableRandom(3));
        OrthogonalMap reflection = new OrthogonalMap(q);
        if (reflection.determinant() > 0) {
            double[] m = q.toRowMajor();
            for (int i = 0; i < d; i++) {
                m[i * d] = -m[i * d];
            }
            reflection = new OrthogonalMap(Matrix.of(d, d, m));
        }
        assertEquals(-1, reflection.determinant(), 1e-12);
        Matrix y = reflection.apply(x);
        ProcrustesResult o = Procrustes.fit(x, y, OrthogonalGroup.ORTHOGONAL);
        assertTrue(o.map().distance(reflection) <= EXACT);
        ProcrustesResult so = Procrustes.fit(x, y, OrthogonalGroup.SPECIAL_ORTHOGONAL);
        assertEquals(1, so.map().determinant(), 1e-12, "SO(d) fit is a rotation");
        assertTrue(so.objective() > 0.01, "a rotation cannot fit a reflection: " + so.objective());
        // The SO(d) answer beats every other rotation we try.
        SplittableRandom random = new SplittableRandom(9);
        for (int t = 0; t < 200; t++) {
            OrthogonalMap other = new OrthogonalMap(Haar.specialOrthogonal(d, random));
            assertTrue(squaredResidual(other, x, y) / x.rows() >= so.objective() - 1e-12);
        }
    }

    @Test
    void weightsIgnoreZeroWeightOutliers() {
        int d = 3;
        Matrix x = RandomProblems.gaussian(17, 20, d);
        OrthogonalMap truth = new OrthogonalMap(Haar.specialOrthogonal(d, new SplittableRandom(5)));
        double[] y = truth.apply(x).toRowMajor();
        double[] w = new double[20];
        java.util.Arrays.fill(w, 1);
        for (int i = 0; i < 5; i++) {
            w[i] = 0;
            y[i * d] += 10;
        }
        ProcrustesResult fit = Procrustes.fit(x, Matrix.of(20, d, y), w, OrthogonalGroup.ORTHOGONAL);
        assertTrue(fit.map().distance(truth) <= EXACT);
        ProcrustesResult unweighted = Procrustes.fit(x, Matrix.of(20, d, y), OrthogonalGroup.ORTHOGONAL);
        assertTrue(unweighted.map().distance(truth) > 1e-3, "outliers matter without weights");
    }

    @Test
    void planWeightedFitMatchesShuffledPointsAndReportsTheRightObjective() {
        int d = 5;
        int n = 25;
        Matrix x = RandomProblems.gaussian(27, n, d);
        OrthogonalMap truth = new OrthogonalMap(Haar.specialOrthogonal(d, new SplittableRandom(6)));
        int[] perm = permutation(n, new SplittableRandom(8));
        Matrix y = truth.apply(x).selectRows(inverse(perm)); // y_{perm[i]} = R x_i
        double[] p = new double[n * n];
        for (int i = 0; i < n; i++) {
            p[i * n + perm[i]] = 1.0 / n;
        }
        ProcrustesResult fit = Procrustes.fit(x, y, DensePlan.of(n, n, p), OrthogonalGroup.SPECIAL_ORTHOGONAL);
        assertTrue(fit.map().distance(truth) <= EXACT);
        assertEquals(0, fit.objective(), 1e-12);

        // A generic plan: the reported objective equals the direct sum.
        double[] q = new double[n * n];
        SplittableRandom r = new SplittableRandom(2);
        for (int k = 0; k < q.length; k++) {
            q[k] = r.nextDouble() / (n * n);
        }
        DensePlan plan = DensePlan.of(n, n, q);
        ProcrustesResult generic = Procrustes.fit(x, y, plan, OrthogonalGroup.ORTHOGONAL);
        Matrix rx = generic.map().apply(x);
        double direct = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    double t = rx.get(i, k) - y.get(j, k);
                    s += t * t;
                }
                direct += q[i * n + j] * s;
            }
        }
        assertEquals(direct, generic.objective(), 1e-10 * direct);
    }

    @Test
    void badShapesAreRejected() {
        Matrix x = RandomProblems.gaussian(1, 5, 3);
        IllegalArgumentException dim = assertThrows(IllegalArgumentException.class,
                () -> Procrustes.fit(x, RandomProblems.gaussian(1, 5, 2), OrthogonalGroup.ORTHOGONAL));
        assertTrue(dim.getMessage().contains("x has dimension 3 but y has dimension 2"), dim.getMessage());
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                () -> Procrustes.fit(x, RandomProblems.gaussian(1, 6, 3), OrthogonalGroup.ORTHOGONAL));
        assertTrue(rows.getMessage().contains("x has 5 rows but y has 6"), rows.getMessage());
        IllegalArgumentException plan = assertThrows(IllegalArgumentException.class,
                () -> Procrustes.fit(x, x, DensePlan.of(5, 4, new double[20]), OrthogonalGroup.ORTHOGONAL));
        assertTrue(plan.getMessage().contains("plan is 5 x 4"), plan.getMessage());
        IllegalArgumentException w = assertThrows(IllegalArgumentException.class,
                () -> Procrustes.fit(x, x, new double[] {1, 1, -1, 1, 1}, OrthogonalGroup.ORTHOGONAL));
        assertTrue(w.getMessage().contains("weights[2] is negative"), w.getMessage());
        IllegalArgumentException notOrthogonal = assertThrows(IllegalArgumentException.class,
                () -> new OrthogonalMap(Matrix.of(new double[][] {{2, 0}, {0, 1}})));
        assertTrue(notOrthogonal.getMessage().contains("not orthogonal"), notOrthogonal.getMessage());
    }

    static double squaredResidual(OrthogonalMap map, Matrix x, Matrix y) {
        Matrix rx = map.apply(x);
        double s = 0;
        for (int i = 0; i < x.rows(); i++) {
            for (int k = 0; k < x.cols(); k++) {
                double t = rx.get(i, k) - y.get(i, k);
                s += t * t;
            }
        }
        return s;
    }

    static int[] permutation(int n, SplittableRandom r) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    static int[] inverse(int[] p) {
        int[] q = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            q[p[i]] = i;
        }
        return q;
    }
}
