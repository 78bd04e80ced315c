package io.github.ot4j.datasets.tasks;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.datasets.testing.TestData;
import io.github.ot4j.geometry.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SingleCellTaskTest {

    @TempDir
    Path empty;

    /** A "method" that returns domain 2 itself: the perfect alignment. */
    private static final AlignmentMethod ORACLE = (source, labels, target) -> target;

    @Test
    void missingFilesSayWhatToPutWhere() {
        MissingDataException e = assertThrows(MissingDataException.class,
                () -> SingleCellTask.load(SingleCellDataset.SCGEM, DataDirectory.of(empty), Preprocessing.L2_ROWS));
        assertEquals(empty.resolve("scgem/scGEM_expression_X.npy"), e.expected());
        assertTrue(e.getMessage().contains("scgem/scGEM_expression_X.npy") && e.getMessage().contains("rsinghlab/SCOT")
                && e.getMessage().contains("OT4J_DATA"), e.getMessage());
    }

    @Test
    void theMethodNeverSeesLabelsAndMustReturnTheTargetShape() {
        // six cells (5-NN label transfer needs at least five), 3-D and 2-D domains
        Matrix x1 = Matrix.of(new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}, {1, 1, 0}, {0, 1, 1}, {1, 0, 1}});
        Matrix x2 = Matrix.of(new double[][] {{0, 1}, {1, 0}, {1, 1}, {2, 0}, {0, 2}, {2, 2}});
        int[] y = {1, 2, 2, 1, 1, 2};
        SingleCellTask task = new SingleCellTask("toy", new LabeledData(x1, y), new LabeledData(x2, y));
        SingleCellResult r = task.evaluate((source, labels, target) -> {
            assertEquals(null, labels);
            return target;
        });
        assertEquals(0.0, r.foscttm());
        assertThrows(IllegalArgumentException.class, () -> task.evaluate((s, l, t) -> s));
    }

    @Test
    void snareseqOracleScoresZeroAndAShuffleScoresAboutOneHalf() throws IOException {
        TestData.require("snareseq/SNAREseq_atac_X.npy", "snareseq/SNAREseq_rna_X.npy", "snareseq/SNAREseq_y.npy");
        SingleCellTask task = SingleCellTask.load(SingleCellDataset.SNARESEQ, DataDirectory.of(TestData.dir()),
                Preprocessing.L2_ROWS);
        assertEquals(1047, task.domain1().size());
        assertEquals(19, task.domain1().dimension());
        assertEquals(10, task.domain2().dimension());
        double[] row = task.domain1().features().row(17);
        double norm = 0;
        for (double v : row) {
            norm += v * v;
        }
        assertEquals(1.0, norm, 1e-12);
        SingleCellResult oracle = task.evaluate(ORACLE);
        assertEquals(0.0, oracle.foscttm());
        assertTrue(oracle.labelTransferAccuracy() > 0.9, "5-NN on the RNA side separates the cell lines: " + oracle);

        SplittableRandom rng = new SplittableRandom(5);
        int n = task.domain1().size();
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            int j = rng.nextInt(i + 1);
            perm[i] = perm[j];
            perm[j] = i;
        }
        SingleCellResult shuffled = task.evaluate((s, l, t) -> t.selectRows(perm));
        assertEquals(0.5, shuffled.foscttm(), 0.05);
    }

    @Test
    void scgemDuplicateRowsCountInTheCellsFavour() throws IOException {
        TestData.require("scgem/scGEM_expression_X.npy", "scgem/scGEM_methylation_X.npy", "scgem/scGEM_y.npy");
        SingleCellTask task = SingleCellTask.load(SingleCellDataset.SCGEM, DataDirectory.of(TestData.dir()),
                Preprocessing.NONE);
        assertEquals(177, task.domain2().size());
        assertEquals(27, task.domain2().dimension());
        // the methylation matrix has only 172 distinct rows, yet the perfect alignment scores exactly 0
        assertEquals(0.0, task.evaluate(ORACLE).foscttm());
    }
}
