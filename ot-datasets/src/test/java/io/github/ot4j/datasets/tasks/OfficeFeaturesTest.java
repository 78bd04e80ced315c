package io.github.ot4j.datasets.tasks;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.datasets.io.NpyReader;
import io.github.ot4j.datasets.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfficeFeaturesTest {

    @TempDir
    Path tmp;

    @Test
    void missingDecafAmazonSaysWhereToFetchIt() {
        MissingDataException e = assertThrows(MissingDataException.class,
                () -> OfficeFeatures.DECAF6.load(DataDirectory.of(tmp), OfficeDomain.AMAZON));
        assertEquals(tmp.resolve("office_caltech10/decaf6/amazon_decaf.mat"), e.expected());
        assertTrue(e.getMessage().contains("jindongwang/transferlearning")
                && e.getMessage().contains("de0cd293cd4cc0e2f027a1cc58493ba4df07d6a8")
                && e.getMessage().contains("office_caltech10/decaf6/amazon_decaf_X.npy"), e.getMessage());
    }

    @Test
    void fileNamesFollowTheDatasetsLayout() {
        assertEquals("office_caltech10/surf/Caltech10_SURF_L10.mat", OfficeFeatures.SURF.matFile(OfficeDomain.CALTECH));
        assertEquals("office_caltech10/surf_zscore/webcam_surfzscore_y.npy",
                OfficeFeatures.SURF_ZSCORE.npyLabelsFile(OfficeDomain.WEBCAM));
        assertEquals(OfficeDomain.DSLR, OfficeDomain.ofLetter("d"));
        assertEquals(12, DomainAdaptationTask.officeCaltechPairs().size());
        assertThrows(IllegalArgumentException.class, () -> OfficeDomain.ofLetter("X"));
    }

    @Test
    void fallsBackToTheMatFileWhenTheNpyConversionIsAbsent() throws IOException {
        Path real = TestData.require("office_caltech10/surf_zscore/dslr_surf_zscore.mat",
                "office_caltech10/surf_zscore/dslr_surfzscore_X.npy", "office_caltech10/surf_zscore/dslr_surfzscore_y.npy");
        Path dir = Files.createDirectories(tmp.resolve("office_caltech10/surf_zscore"));
        Files.copy(real.resolve("office_caltech10/surf_zscore/dslr_surf_zscore.mat"), dir.resolve("dslr_surf_zscore.mat"));
        LabeledData fromMat = OfficeFeatures.SURF_ZSCORE.load(DataDirectory.of(tmp), OfficeDomain.DSLR);
        assertEquals(NpyReader.readMatrix(real.resolve("office_caltech10/surf_zscore/dslr_surfzscore_X.npy")),
                fromMat.features());
        assertArrayEquals(NpyReader.readIntVector(real.resolve("office_caltech10/surf_zscore/dslr_surfzscore_y.npy")),
                fromMat.labels());
    }

    @Test
    void splitTakesTheFirstNinetyPercentOfThePermutationForFitting() throws IOException {
        DataDirectory data = DataDirectory.of(TestData.require("office_caltech10/splits/dslr_perm_seeds0-9.npy"));
        int[][] perms = OfficeDomain.DSLR.splitPermutations(data);
        assertEquals(10, perms.length);
        int[][] split = DomainAdaptationTask.trainTestSplit(perms[0]);
        assertEquals(141, split[0].length);
        assertEquals(16, split[1].length);
        assertArrayEquals(new int[] {7, 44, 112, 119}, java.util.Arrays.copyOf(split[0], 4));
    }
}
