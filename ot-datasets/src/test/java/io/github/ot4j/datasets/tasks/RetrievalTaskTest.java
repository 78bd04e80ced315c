package io.github.ot4j.datasets.tasks;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.datasets.testing.TestData;
import io.github.ot4j.geometry.Matrix;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetrievalTaskTest {

    @Test
    void splitsTheSourceAndScoresHeldOutQueries() {
        // 20 source points on two far-apart lines (labels 1 and 2), target = 3 points per class
        double[][] xs = new double[20][];
        int[] ys = new int[20];
        for (int i = 0; i < 20; i++) {
            ys[i] = i % 2 + 1;
            xs[i] = new double[] {ys[i] * 100, i};
        }
        double[][] xt = {{100, 0}, {200, 0}, {100, 5}, {200, 5}, {100, 9}, {200, 9}};
        int[] yt = {1, 2, 1, 2, 1, 2};
        int[] perm = new int[20];
        for (int i = 0; i < 20; i++) {
            perm[i] = 19 - i;
        }
        RetrievalTask task = new RetrievalTask("toy", new LabeledData(Matrix.of(xs), ys),
                new LabeledData(Matrix.of(xt), yt), new int[][] {perm});
        RetrievalResult r = task.evaluate((train, queries, target) -> {
            assertEquals(18, train.rows()); // floor(0.9 * 20)
            assertArrayEquals(new double[] {200, 1}, queries.row(0)); // perm[18] = 1
            assertArrayEquals(new double[] {100, 0}, queries.row(1)); // perm[19] = 0
            return RetrievalMethod.negativeDistance().scores(train, queries, target);
        }, 0, 1, 3, 6);
        assertArrayEquals(new double[] {1, 1, 0.5}, r.precision(), 1e-15);
        assertEquals(1.0, r.precisionAt(3));
        assertThrows(IllegalArgumentException.class, () -> task.evaluate(RetrievalMethod.negativeDistance(), 1));
        assertThrows(IllegalArgumentException.class,
                () -> task.evaluate((a, q, t) -> Matrix.of(new double[][] {{1}}), 0));
    }

    @Test
    void decafDslrToWebcamBaselineOnTheRealSplit() throws IOException {
        TestData.require("office_caltech10/decaf6/dslr_decaf_X.npy", "office_caltech10/decaf6/webcam_decaf_X.npy",
                "office_caltech10/splits/dslr_perm_seeds0-9.npy");
        RetrievalTask task = RetrievalTask.officeCaltech(DataDirectory.of(TestData.dir()), OfficeFeatures.DECAF6,
                OfficeDomain.DSLR, OfficeDomain.WEBCAM, Preprocessing.NONE);
        assertEquals(10, task.splitSeeds());
        int[] queriesSeen = new int[1];
        RetrievalResult r = task.evaluate((train, queries, target) -> {
            queriesSeen[0] = queries.rows();
            return RetrievalMethod.negativeDistance().scores(train, queries, target);
        }, 0);
        assertEquals(16, queriesSeen[0]);
        assertArrayEquals(RetrievalTask.DEFAULT_KS, r.ks());
        // DeCAF features already transfer well between D and W: nearest neighbours mostly share the class
        assertTrue(r.precisionAt(1) >= 0.75 && r.precisionAt(1) >= r.precisionAt(15), r.toString());
    }
}
