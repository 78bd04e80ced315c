package io.github.ot4j.datasets.tasks;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.geometry.Matrix;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-computed values on tiny inputs; the derivations are in the comments. */
class MetricsTest {

    private static final double EXACT = 1e-15;

    private static Matrix column(double... v) {
        return Matrix.column(v);
    }

    @Test
    void foscttmOfAPerfectAlignmentIsZero() {
        Matrix a = Matrix.of(new double[][] {{0, 1}, {2, 3}, {-1, 5}});
        assertEquals(0.0, Foscttm.mean(a, a));
    }

    @Test
    void foscttmHandComputedWithoutTies() {
        // A = [0, 1, 3], B = [1, 0, 3]. Rows: A0 has B1 strictly closer than B0 (0 < 1) -> 1/2;
        // A1 has B0 closer (0 < 1) -> 1/2; A2 -> 0. Columns: B0 has A1 closer -> 1/2; B1 has A0 -> 1/2; B2 -> 0.
        double[] f = Foscttm.perSample(column(0, 1, 3), column(1, 0, 3));
        assertArrayEquals(new double[] {0.5, 0.5, 0}, f, EXACT);
        assertEquals(1.0 / 3, Foscttm.mean(column(0, 1, 3), column(1, 0, 3)), EXACT);
    }

    @Test
    void foscttmCountsTiesInTheCellsFavour() {
        // A = [0, 1, 2, 3], B = [1, 1, 2, 4].
        // Rows: A0 -> |B - 0| = 1 1 2 4, true 1, B1 ties -> 0. A1 -> 0 0 1 3, true 0 -> 0.
        //       A2 -> 1 1 0 2 -> 0. A3 -> 2 2 1 1, true 1, B2 ties -> 0.
        // Columns: B0 = 1 -> |A - 1| = 1 0 1 2, true 1, A1 strictly closer -> 1/3 (A2 ties, not counted).
        //          B1 -> true |1-1| = 0 -> 0. B2 -> 2 1 0 1 -> 0. B3 = 4 -> 4 3 2 1, true 1 -> 0.
        // Per cell: [(0 + 1/3)/2, 0, 0, 0]; mean 1/24. Counting ties against the cell would give more.
        double[] f = Foscttm.perSample(column(0, 1, 2, 3), column(1, 1, 2, 4));
        assertArrayEquals(new double[] {1.0 / 6, 0, 0, 0}, f, EXACT);
        assertEquals(1.0 / 24, Foscttm.mean(column(0, 1, 2, 3), column(1, 1, 2, 4)), EXACT);
    }

    @Test
    void foscttmOfDuplicatedRowsIsZeroWhenAligned() {
        Matrix a = Matrix.of(new double[][] {{1, 1}, {1, 1}, {1, 1}, {0, 0}});
        assertArrayEquals(new double[] {0, 0, 0, 0}, Foscttm.perSample(a, a));
    }

    @Test
    void foscttmOfAReversedLine() {
        // A = 0..4, B = 4..0, so cell i's partner is 4 - 2i away.
        // i=0: partner 4 away, all 4 other points strictly closer, both directions -> 1.
        // i=1: A1 = 1, partner B1 = 3 (distance 2); B2=2, B3=1, B4=0 are closer -> 3/4; same for columns.
        // i=2: the middle point is its own partner -> 0. Symmetric: [1, 3/4, 0, 3/4, 1], mean 0.7.
        double[] f = Foscttm.perSample(column(0, 1, 2, 3, 4), column(4, 3, 2, 1, 0));
        assertArrayEquals(new double[] {1, 0.75, 0, 0.75, 1}, f, EXACT);
        assertEquals(0.7, Foscttm.mean(column(0, 1, 2, 3, 4), column(4, 3, 2, 1, 0)), 1e-15);
    }

    @Test
    void foscttmRejectsBadShapes() {
        assertThrows(IllegalArgumentException.class, () -> Foscttm.mean(column(1, 2), column(1, 2, 3)));
        assertThrows(IllegalArgumentException.class, () -> Foscttm.mean(column(1), column(1)));
    }

    @Test
    void knnBreaksVoteTiesTowardsTheSmallestLabel() {
        // query 0; neighbours at distance 1 (label 3) and 2 (label 1): k=2 votes 1:1 -> label 1
        LabeledData train = new LabeledData(column(1, 2, 10), new int[] {3, 1, 3});
        assertArrayEquals(new int[] {1}, KnnClassifier.predict(train, column(0), 2));
        assertArrayEquals(new int[] {3}, KnnClassifier.predict(train, column(0), 1));
        // k = 3: labels 3, 1, 3 -> 3 wins by count
        assertArrayEquals(new int[] {3}, KnnClassifier.predict(train, column(0), 3));
    }

    @Test
    void knnBreaksDistanceTiesByTrainingIndex() {
        // equidistant training points: the lower index wins, whatever its label
        LabeledData pair = new LabeledData(column(-1, 1), new int[] {5, 4});
        assertArrayEquals(new int[] {5}, KnnClassifier.predict(pair, column(0), 1));
        // three points at distance 1; k = 2 takes indices 0 and 1 (labels 7, 6) -> vote tie -> 6.
        // Taking index 2 (label 5) instead would give 5.
        LabeledData three = new LabeledData(column(1, -1, 1), new int[] {7, 6, 5});
        assertArrayEquals(new int[] {6}, KnnClassifier.predict(three, column(0), 2));
    }

    @Test
    void knnMajorityWithKFive() {
        // distances from 0: 1(a) 2(b) 3(b) 4(a) 5(b) 6(a): k = 5 -> a:2, b:3 -> b = 2
        LabeledData train = new LabeledData(column(1, 2, 3, 4, 5, 6), new int[] {1, 2, 2, 1, 2, 1});
        assertArrayEquals(new int[] {2}, KnnClassifier.predict(train, column(0), 5));
        LabeledData queries = new LabeledData(column(0, 6.4), new int[] {2, 2});
        // 6.4: nearest 6(1) 5(2) 4(1) 3(2) 2(2) -> 2 wins 3:2
        assertEquals(1.0, KnnClassifier.accuracy(train, queries, 5), EXACT);
        // 1-NN: 0 -> 1 (label 1), 6.4 -> 6 (label 1): both wrong
        assertEquals(0.0, KnnClassifier.accuracy(train, queries, 1), EXACT);
        assertEquals(1.0, KnnClassifier.labelTransferAccuracy(queries, train), EXACT);
    }

    @Test
    void knnMatchesABruteForceSortOnRandomData() {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 60;
        double[][] x = new double[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = rng.nextInt(4); // coarse grid: many exact distance ties
            }
            y[i] = rng.nextInt(4);
        }
        LabeledData train = new LabeledData(Matrix.of(x), y);
        double[][] q = {{1, 1, 1}, {0, 3, 2}, {2.5, 0.5, 1}};
        int[] predicted = KnnClassifier.predict(train, Matrix.of(q), 5);
        for (int i = 0; i < q.length; i++) {
            Integer[] order = new Integer[n];
            double[] dist = new double[n];
            for (int j = 0; j < n; j++) {
                order[j] = j;
                for (int c = 0; c < 3; c++) {
                    dist[j] += (q[i][c] - x[j][c]) * (q[i][c] - x[j][c]);
                }
            }
            java.util.Arrays.sort(order, (u, v) -> dist[u] != dist[v] ? Double.compare(dist[u], dist[v]) : u - v);
            int[] counts = new int[4];
            for (int r = 0; r < 5; r++) {
                counts[y[order[r]]]++;
            }
            int best = 0;
            for (int c = 1; c < 4; c++) {
                if (counts[c] > counts[best]) {
                    best = c;
                }
            }
            assertEquals(best, predicted[i], "query " + i);
        }
    }

    @Test
    void knnRejectsBadK() {
        LabeledData train = new LabeledData(column(1, 2), new int[] {1, 2});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KnnClassifier.predict(train, column(0), 3));
        assertTrue(e.getMessage().contains("k must be in [1, 2], got 3"), e.getMessage());
    }

    @Test
    void precisionAtKRanksByScoreWithTiesInIndexOrder() {
        // query 0 (label 1): scores 0.9 0.1 0.9 0.5 -> order 0, 2, 3, 1 -> labels 1, 2, 1, 2
        //   P@1 = 1, P@2 = 1/2, P@3 = 2/3
        // query 1 (label 2): all scores equal -> order 0, 1, 2, 3 -> labels 1, 2, 2, 1
        //   P@1 = 0, P@2 = 1/2, P@3 = 2/3
        Matrix scores = Matrix.of(new double[][] {{0.9, 0.1, 0.9, 0.5}, {0, 0, 0, 0}});
        int[] queryLabels = {1, 2};
        int[] targetLabels = {1, 2, 2, 1};
        double[] p = PrecisionAtK.compute(scores, queryLabels, targetLabels, 1, 2, 3);
        assertArrayEquals(new double[] {0.5, 0.5, 2.0 / 3}, p, EXACT);
        assertEquals(0.5, PrecisionAtK.compute(scores, queryLabels, targetLabels, 4), EXACT);
        assertThrows(IllegalArgumentException.class, () -> PrecisionAtK.compute(scores, queryLabels, targetLabels, 5));
        assertThrows(IllegalArgumentException.class, () -> PrecisionAtK.compute(scores, new int[] {1}, targetLabels, 1));
    }

    @Test
    void preprocessingNormalisesRowsAndZScoresColumns() {
        Matrix x = Matrix.of(new double[][] {{3, 4}, {0, 0}, {1, 0}});
        Matrix l2 = Preprocessing.L2_ROWS.apply(x);
        assertEquals(Matrix.of(new double[][] {{0.6, 0.8}, {0, 0}, {1, 0}}), l2);
        // L1 rows: (3/7, 4/7), (0, 0), (1, 0); column 0 mean (3/7 + 1)/3 = 10/21
        Matrix z = Preprocessing.L1_ROWS_ZSCORE.apply(Matrix.of(new double[][] {{1, 1}, {2, 0}, {0, 2}}));
        // rows -> (0.5, 0.5), (1, 0), (0, 1): column 0 = 0.5, 1, 0 -> mean 0.5, population sd sqrt(1/6)
        double sd = Math.sqrt(1.0 / 6);
        assertEquals(0.0, z.get(0, 0), EXACT);
        assertEquals(0.5 / sd, z.get(1, 0), 1e-14);
        assertEquals(-0.5 / sd, z.get(2, 0), 1e-14);
        // a constant column becomes 0, not NaN
        Matrix constant = Preprocessing.L1_ROWS_ZSCORE.apply(Matrix.of(new double[][] {{1, 0}, {2, 0}}));
        assertEquals(0.0, constant.get(0, 1));
        assertEquals(x, Preprocessing.NONE.apply(x));
    }
}
