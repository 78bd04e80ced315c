package io.github.ot4j.info;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.info.kde.Bandwidth;
import io.github.ot4j.info.retrieval.ScoreBandwidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input gives an IllegalArgumentException that names the argument and the value. */
class BadInputTest {

    private static void assertMessage(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message '" + e.getMessage() + "' lacks '" + p + "'");
        }
    }

    @Test
    void labelsWithTheWrongLength() {
        Random r = new Random(1);
        Matrix xs = Synthetic.clusters(r, 10, 2, 2, 1, 0, null);
        Matrix xt = Synthetic.clusters(r, 8, 2, 2, 1, 0, null);
        assertMessage(() -> new FusedInfoOt(InfoOtOptions.fused()).fit(xs, new int[9], xt),
                "sourceLabels has 9 entries", "xs has 10 rows");
    }

    @Test
    void nanInFeatures() {
        double[][] xs = {{0, 1}, {1, Double.NaN}, {2, 2}};
        double[][] xt = {{0, 1}, {1, 1}};
        assertMessage(() -> new InfoOt(InfoOtOptions.infoOt()).fit(xs, xt), "xs[1][1] is NaN");
        assertMessage(() -> new FusedInfoOt(InfoOtOptions.fused()).fit(xt, null, xs), "xt[1][1] is NaN");
    }

    @Test
    void nonPositiveBandwidthAndBadOptions() {
        assertMessage(() -> InfoOtOptions.infoOt().withBandwidth(Bandwidth.reference(0)), "bandwidth", "0.0");
        assertMessage(() -> Bandwidth.fixed(-2), "bandwidth", "-2.0");
        assertMessage(() -> InfoOtOptions.infoOt().withEpsilon(0), "epsilon", "0.0");
        assertMessage(() -> InfoOtOptions.fused().withLambda(-1), "lambda", "-1.0");
        assertMessage(() -> InfoOtOptions.fused().withMaxIterations(0), "maxIterations", "0");
        assertMessage(() -> InfoOtOptions.fused().withKernelRank(-3), "kernelRank", "-3");
        assertMessage(() -> InfoOtOptions.fused().withInnerTolerance(Double.NaN), "innerTolerance", "NaN");
        assertMessage(() -> InfoOtOptions.fused().withProductPrecision(null), "productPrecision", "null");
    }

    @Test
    void projectingPointsOfTheWrongDimension() {
        Random r = new Random(2);
        Matrix xs = Synthetic.clusters(r, 12, 2, 3, 1, 0, null);
        Matrix xt = Synthetic.clusters(r, 10, 2, 2, 1, 0, null);
        InfoOtModel model = new InfoOt(InfoOtOptions.infoOt().withMaxIterations(2)).fit(xs, xt);
        Matrix wrong = Matrix.of(new double[][] {{1, 2}});
        assertMessage(() -> model.project(wrong), "queries have dimension 2", "source has dimension 3");
        assertMessage(() -> model.conditionalScores(wrong, ScoreBandwidth.BATCH), "dimension 2");
        assertMessage(() -> model.conditionalScores(xs, ScoreBandwidth.BATCH).topK(11), "k must be in [1, 10]", "11");
    }

    @Test
    void fusedNeedsTheSameDimension() {
        Random r = new Random(3);
        Matrix xs = Synthetic.clusters(r, 6, 2, 3, 1, 0, null);
        Matrix xt = Synthetic.clusters(r, 6, 2, 2, 1, 0, null);
        assertMessage(() -> new FusedInfoOt(InfoOtOptions.fused()).fit(xs, xt), "xs has 3 columns", "xt has 2");
        assertMessage(() -> new InfoOt(InfoOtOptions.infoOt()).fit((Matrix) null, xt), "xs must not be null");
    }
}
