package io.github.ot4j.info;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.info.kde.Bandwidth;
import io.github.ot4j.info.retrieval.ConditionalScores;
import io.github.ot4j.info.retrieval.ScoreBandwidth;
import io.github.ot4j.result.StopReason;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviour of fitted models in ot4j's default setting: marginals, MI, projections of unseen points. */
class InfoOtModelTest {

    /** Marginal tolerance of a converged inner solve (the L1 column tolerance; rows are exact). */
    private static final double MARGINAL_TOL = InfoOtOptions.DEFAULT_INNER_TOLERANCE;

    @Test
    void defaultFitHasExactMarginalsAndMoreInformationThanIndependentCoupling() {
        Random r = new Random(11);
        Matrix xs = Synthetic.clusters(r, 60, 3, 2, 0.4, 0, null);
        Matrix xt = Synthetic.clusters(r, 50, 3, 4, 0.4, 1, null);
        InfoOtModel model = new InfoOt(InfoOtOptions.infoOt().withEpsilon(0.1).withMaxIterations(40)).fit(xs, xt);
        double[] rows = model.plan().rowMarginal();
        double[] cols = model.plan().columnMarginal();
        for (double v : rows) {
            assertEquals(1.0 / 60, v, MARGINAL_TOL);
        }
        for (double v : cols) {
            assertEquals(1.0 / 50, v, MARGINAL_TOL);
        }
        int solves = model.result().innerIterations().length;
        assertTrue(model.result().innerConverged() >= solves - 2,
                "inner solves converged: " + model.result().innerConverged() + " of " + solves);
        double[] trace = model.result().objectiveTrace();
        assertTrue(trace[trace.length - 1] < trace[0] - 0.1,
                "-MI fell from " + trace[0] + " to " + trace[trace.length - 1]);
        assertTrue(model.mutualInformation() > 0.1, "MI " + model.mutualInformation());
    }

    @Test
    void projectingTheTrainingSourceAsNewPointsGivesTheInSampleConditionalProjection() {
        Random r = new Random(12);
        Matrix xs = Synthetic.clusters(r, 40, 2, 3, 0.5, 0, null);
        Matrix xt = Synthetic.clusters(r, 45, 2, 3, 0.5, 2, null);
        InfoOtModel model = new FusedInfoOt(InfoOtOptions.fused().withMaxIterations(20)).fit(xs, xt);
        Matrix inSample = model.conditionalProjection();
        Matrix asNew = model.project(xs);
        for (int i = 0; i < xs.rows(); i++) {
            for (int k = 0; k < xt.cols(); k++) {
                assertEquals(inSample.get(i, k), asNew.get(i, k), 1e-10);
            }
        }
    }

    /**
     * The original code's {@code project(X_new, 'conditional')} raises NameError. ot4j's works:
     * fit on 90 % of the source, project the held-out 10 %, and they land near where the fit on
     * all of it puts them.
     */
    @Test
    void heldOutSourcePointsProjectNearTheirFullFitPositions() {
        Random r = new Random(13);
        int n = 100;
        Matrix xs = Synthetic.clusters(r, n, 3, 2, 0.5, 0, null);
        Matrix xt = Synthetic.clusters(r, 90, 3, 2, 0.5, 1.5, null);
        int[] perm = shuffled(r, n);
        int[] train = Arrays.copyOfRange(perm, 0, 90);
        int[] held = Arrays.copyOfRange(perm, 90, n);
        InfoOtOptions o = InfoOtOptions.fused().withMaxIterations(30);
        InfoOtModel full = new FusedInfoOt(o).fit(xs, xt);
        InfoOtModel part = new FusedInfoOt(o).fit(xs.selectRows(train), xt);
        Matrix expected = full.conditionalProjection().selectRows(held);
        Matrix got = part.project(xs.selectRows(held));
        double err = 0;
        for (int i = 0; i < held.length; i++) {
            err += Math.hypot(got.get(i, 0) - expected.get(i, 0), got.get(i, 1) - expected.get(i, 1));
        }
        err /= held.length;
        // The clusters are 3 apart; a wrong cluster would cost ~3.
        assertTrue(err < 0.15, "mean distance between held-out and full-fit projections: " + err);
        // And the batch-bandwidth variant of the original depends on the batch, the training one does not.
        Matrix one = part.project(xs.selectRows(new int[] {held[0]}));
        assertEquals(got.get(0, 0), one.get(0, 0), 1e-12);
        Matrix oneBatch = part.project(xs.selectRows(new int[] {held[0]}), ScoreBandwidth.BATCH);
        Matrix allBatch = part.project(xs.selectRows(held), ScoreBandwidth.BATCH);
        assertNotEquals(allBatch.get(0, 0), oneBatch.get(0, 0));
    }

    @Test
    void retrievalRanksTheMatchingClusterFirst() {
        Random r = new Random(14);
        int[] ys = new int[60];
        int[] yt = new int[60];
        Matrix xs = Synthetic.clusters(r, 60, 3, 2, 0.3, 0, ys);
        Matrix xt = Synthetic.clusters(r, 60, 3, 2, 0.3, 0.5, yt);
        InfoOtModel model = new FusedInfoOt(InfoOtOptions.fused().withEpsilon(0.5).withMaxIterations(20)).fit(xs, xt);
        int[] qy = new int[9];
        Matrix queries = Synthetic.clusters(new Random(15), 9, 3, 2, 0.3, 0, qy);
        ConditionalScores scores = model.conditionalScores(queries, ScoreBandwidth.TRAINING);
        assertEquals(9, scores.queries());
        int[][] top = scores.topK(5);
        for (int q = 0; q < 9; q++) {
            assertEquals(qy[q], yt[top[q][0]], "query " + q + " best match");
            for (int k = 1; k < 5; k++) {
                assertTrue(scores.scores().get(q, top[q][k - 1]) >= scores.scores().get(q, top[q][k]));
            }
        }
        assertEquals(1.0, scores.precisionAt(5, qy, yt), 1e-12);
    }

    @Test
    void lowRankFitKeepsMarginalsAndFindsTheClusters() {
        Random r = new Random(16);
        int[] ys = new int[60];
        int[] yt = new int[60];
        Matrix xs = Synthetic.clusters(r, 60, 3, 2, 0.3, 0, ys);
        Matrix xt = Synthetic.clusters(r, 60, 3, 2, 0.3, 0.5, yt);
        InfoOtModel model = new FusedInfoOt(InfoOtOptions.fused().withEpsilon(0.5).withMaxIterations(20)
                .withKernelRank(10)).fit(xs, xt);
        double[] p = model.plan().toRowMajor();
        double sameCluster = 0;
        for (int i = 0; i < 60; i++) {
            double row = 0;
            for (int j = 0; j < 60; j++) {
                row += p[i * 60 + j];
                if (ys[i] == yt[j]) {
                    sameCluster += p[i * 60 + j];
                }
            }
            assertEquals(1.0 / 60, row, 1e-12);
        }
        assertTrue(sameCluster > 0.95, "mass within matching clusters: " + sameCluster);
    }

    @Test
    void otherBandwidthChangesTheConditionalProjectionButNotThePlan() {
        Random r = new Random(17);
        Matrix xs = Synthetic.clusters(r, 30, 2, 2, 0.5, 0, null);
        Matrix xt = Synthetic.clusters(r, 30, 2, 2, 0.5, 1, null);
        InfoOtModel model = new FusedInfoOt(InfoOtOptions.fused().withMaxIterations(10)).fit(xs, xt);
        Matrix a = model.conditionalProjection();
        Matrix b = model.conditionalProjection(Bandwidth.reference(0.3));
        Matrix c = model.conditionalProjection(model.options().bandwidth());
        assertNotEquals(a.get(0, 0), b.get(0, 0));
        assertEquals(a.get(0, 0), c.get(0, 0), 1e-12);
        assertTrue(model.convergence().reason() == StopReason.CONVERGED
                || model.convergence().reason() == StopReason.MAX_ITERATIONS);
    }

    private static int[] shuffled(Random r, int n) {
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
}
