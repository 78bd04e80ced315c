package io.github.ot4j.cli;

import io.github.ot4j.datasets.synthetic.CrossDimensionDomains;
import io.github.ot4j.datasets.synthetic.DomainPair;
import io.github.ot4j.datasets.synthetic.ShiftedDomains;
import io.github.ot4j.datasets.tasks.Foscttm;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.info.FusedInfoOt;
import io.github.ot4j.info.InfoOt;
import io.github.ot4j.info.InfoOtModel;
import io.github.ot4j.info.InfoOtOptions;
import io.github.ot4j.info.da.Adaptation;
import io.github.ot4j.info.da.Couplings;
import io.github.ot4j.info.da.DomainAdapter;
import io.github.ot4j.info.da.SourceProjection;
import io.github.ot4j.info.kde.Bandwidth;
import io.github.ot4j.info.retrieval.ConditionalScores;
import io.github.ot4j.info.retrieval.ScoreBandwidth;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three use-case examples of the README, with the same code between the markers, so they
 * keep compiling and doing what the README says.
 */
class ReadmeExamplesTest {

    @Test
    void domainAdaptation() {
        DomainPair pair = ShiftedDomains.sample(ShiftedDomains.Options.defaults().withAngle(Math.PI / 4), 42);
        Matrix xs = pair.source().features();
        int[] ys = pair.source().labels();
        Matrix xt = pair.target().features();
        Matrix xsNew = xs.selectRows(new int[] {0, 1, 2});
        // README: domain adaptation
        Adaptation da = new DomainAdapter(Couplings.fusedInfoOt(InfoOtOptions.fused(), SourceProjection.CONDITIONAL))
                .fit(xs, ys, xt);                    // labelled source, unlabelled target
        Matrix xsInTarget = da.transform(xs);        // the source mapped into the target domain
        int[] targetLabels = da.predictLabels();     // label propagation through the coupling
        Matrix mapped = da.transform(xsNew);         // unseen source points too
        // end README

        assertEquals(xs.rows(), xsInTarget.rows());
        assertEquals(3, mapped.rows());
        int correct = 0;
        for (int j = 0; j < targetLabels.length; j++) {
            correct += targetLabels[j] == pair.target().labels()[j] ? 1 : 0;
        }
        assertTrue(correct > 0.9 * targetLabels.length, "label propagation: " + correct + "/" + targetLabels.length);
    }

    @Test
    void crossDomainRetrieval() {
        DomainPair pair = ShiftedDomains.sample(ShiftedDomains.Options.defaults().withAngle(Math.PI / 4).withOutliers(0), 7);
        int n = pair.source().size();
        int[] train = java.util.stream.IntStream.range(0, n).filter(i -> i % 10 != 0).toArray();
        int[] held = java.util.stream.IntStream.range(0, n).filter(i -> i % 10 == 0).toArray();
        Matrix sourceTrain = pair.source().features().selectRows(train);
        Matrix queries = pair.source().features().selectRows(held);
        Matrix database = pair.target().features();
        int[] queryLabels = pair.source().select(held).labels();
        int[] databaseLabels = pair.target().labels();
        // README: cross-domain retrieval
        InfoOtModel model = new FusedInfoOt(InfoOtOptions.fused().withEpsilon(5.0)).fit(sourceTrain, database);
        ConditionalScores scores = model.conditionalScores(queries, ScoreBandwidth.TRAINING);  // unseen queries
        int[][] top5 = scores.topK(5);               // database indices, best first, per query
        double p5 = scores.precisionAt(5, queryLabels, databaseLabels);
        // end README

        assertEquals(held.length, top5.length);
        assertEquals(5, top5[0].length);
        assertTrue(p5 > 0.9, "P@5 = " + p5 + " " + Arrays.toString(top5[0]));
    }

    @Test
    void singleCellAlignment() {
        DomainPair pair = CrossDimensionDomains.sample(CrossDimensionDomains.Options.defaults(), 3);
        Matrix atac = pair.source().features();      // cells x features of one assay
        Matrix rna = pair.target().features();       // the same cells, another assay and dimension
        // README: single-cell alignment
        InfoOtModel model = new InfoOt(InfoOtOptions.infoOt().withBandwidth(Bandwidth.reference(0.5))
                .withEpsilon(0.05)).fit(atac, rna);  // no cross-domain cost needed
        Matrix atacInRna = model.barycentricProjection();
        double foscttm = Foscttm.mean(atacInRna, rna);  // 0 = every cell closest to its partner
        // end README

        assertTrue(foscttm < 0.2, "FOSCTTM " + foscttm);
        assertTrue(model.convergence().iterations() > 0);
    }
}
