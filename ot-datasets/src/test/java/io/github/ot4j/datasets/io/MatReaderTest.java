package io.github.ot4j.datasets.io;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.datasets.testing.TestData;
import io.github.ot4j.geometry.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.MatFile;
import us.hebi.matlab.mat.types.MatlabType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatReaderTest {

    @TempDir
    Path tmp;

    /** A 3 x 2 uint8 feature matrix "fts" and a 3 x 1 double label vector "labels". */
    private Path surfLike() throws IOException {
        us.hebi.matlab.mat.types.Matrix fts = Mat5.newMatrix(3, 2, MatlabType.UInt8);
        int[][] v = {{0, 200}, {7, 1}, {255, 3}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                fts.setInt(i, j, v[i][j]);
            }
        }
        us.hebi.matlab.mat.types.Matrix labels = Mat5.newMatrix(3, 1);
        labels.setDouble(0, 0, 1);
        labels.setDouble(1, 0, 10);
        labels.setDouble(2, 0, 4);
        MatFile mat = Mat5.newMatFile().addArray("fts", fts).addArray("labels", labels);
        Path f = tmp.resolve("surf_like.mat");
        Mat5.writeToFile(mat, f.toFile());
        return f;
    }

    @Test
    void readsUint8FeaturesAsDoubleAndFindsKeys() throws IOException {
        Path f = surfLike();
        assertEquals(List.of("fts", "labels"), MatReader.keys(f));
        LabeledData d = MatReader.readLabeled(f);
        assertEquals(Matrix.of(new double[][] {{0, 200}, {7, 1}, {255, 3}}), d.features());
        assertArrayEquals(new int[] {1, 10, 4}, d.labels());
        assertEquals(d, MatReader.readLabeled(f, "fts", "labels"));
    }

    @Test
    void missingKeyListsTheKeysPresent() throws IOException {
        Path f = surfLike();
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> MatReader.readMatrix(f, "feas"));
        assertEquals(f + ": missing key 'feas'; keys present: [fts, labels]", e.getMessage());
        MalformedDataException l = assertThrows(MalformedDataException.class, () -> MatReader.readLabeled(f, "fts", "label"));
        assertTrue(l.getMessage().contains("missing key 'label'"), l.getMessage());
    }

    @Test
    void autoDetectionFailsClearlyWithoutKnownKeys() throws IOException {
        MatFile mat = Mat5.newMatFile().addArray("A", Mat5.newMatrix(2, 2));
        Path f = tmp.resolve("a.mat");
        Mat5.writeToFile(mat, f.toFile());
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> MatReader.readLabeled(f));
        assertTrue(e.getMessage().contains("keys present: [A]") && e.getMessage().contains("feas"), e.getMessage());
    }

    @Test
    void rejectsNonIntegerLabelsAndNonMatFiles() throws IOException {
        us.hebi.matlab.mat.types.Matrix y = Mat5.newMatrix(2, 1);
        y.setDouble(0, 0, 1);
        y.setDouble(1, 0, 2.5);
        Path f = tmp.resolve("y.mat");
        Mat5.writeToFile(Mat5.newMatFile().addArray("y", y), f.toFile());
        assertTrue(assertThrows(MalformedDataException.class, () -> MatReader.readLabels(f, "y"))
                .getMessage().contains("'y'(2) = 2.5 is not an integer label"));

        Path text = tmp.resolve("text.mat");
        Files.writeString(text, "hello, I am not a MAT-file");
        assertThrows(MalformedDataException.class, () -> MatReader.keys(text));

        Path hdf5 = tmp.resolve("v73.mat");
        byte[] header = Arrays.copyOf("MATLAB 7.3 MAT-file, Platform: GLNXA64".getBytes(StandardCharsets.US_ASCII), 512);
        Files.write(hdf5, header);
        assertTrue(assertThrows(MalformedDataException.class, () -> MatReader.keys(hdf5)).getMessage().contains("7.3"));
    }

    @Test
    void realOfficeCaltechMatFilesMatchTheirNpyConversions() throws IOException {
        String base = "office_caltech10/";
        Path dir = TestData.require(base + "surf/dslr_SURF_L10.mat", base + "surf/dslr_surf_X.npy", base + "surf/dslr_surf_y.npy",
                base + "surf_zscore/webcam_surf_zscore.mat", base + "surf_zscore/webcam_surfzscore_X.npy",
                base + "decaf6/dslr_decaf.mat", base + "decaf6/dslr_decaf_X.npy");
        LabeledData surf = MatReader.readLabeled(dir.resolve(base + "surf/dslr_SURF_L10.mat"));
        assertEquals(NpyReader.readMatrix(dir.resolve(base + "surf/dslr_surf_X.npy")), surf.features());
        assertArrayEquals(NpyReader.readIntVector(dir.resolve(base + "surf/dslr_surf_y.npy")), surf.labels());
        LabeledData z = MatReader.readLabeled(dir.resolve(base + "surf_zscore/webcam_surf_zscore.mat"), "feas", "label");
        assertEquals(NpyReader.readMatrix(dir.resolve(base + "surf_zscore/webcam_surfzscore_X.npy")), z.features());
        Matrix decaf = MatReader.readMatrix(dir.resolve(base + "decaf6/dslr_decaf.mat"), "feas");
        assertEquals(NpyReader.readMatrix(dir.resolve(base + "decaf6/dslr_decaf_X.npy")), decaf);
    }
}
