package io.github.ot4j.datasets.io;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.datasets.testing.TestData;
import io.github.ot4j.geometry.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTest {

    @TempDir
    Path tmp;

    private Path file(String name, String content) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    @Test
    void readsPlainCsvWithBlankLinesAndSpaces() throws IOException {
        Path f = file("a.csv", "1, 2.5,-3\n\n4,5e-1 , 6\n");
        assertEquals(Matrix.of(new double[][] {{1, 2.5, -3}, {4, 0.5, 6}}), CsvReader.readMatrix(f, CsvOptions.csv()));
    }

    @Test
    void readsTsvWithHeaderAndLabelColumn() throws IOException {
        Path f = file("a.tsv", "label\tx\ty\n2\t0.5\t1\n1.0\t-1\t3\n");
        LabeledData d = CsvReader.readLabeled(f, CsvOptions.tsv().withHeader(true).withLabelColumn(0));
        assertEquals(Matrix.of(new double[][] {{0.5, 1}, {-1, 3}}), d.features());
        assertArrayEquals(new int[] {2, 1}, d.labels());
        // the label column may be named from the end, and readMatrix skips it
        Path g = file("b.csv", "0.5,1,7\n-1,3,8\n");
        assertArrayEquals(new int[] {7, 8}, CsvReader.readLabeled(g, CsvOptions.csv().withLabelColumn(-1)).labels());
        assertEquals(Matrix.of(new double[][] {{0.5, 1}, {-1, 3}}), CsvReader.readMatrix(g, CsvOptions.csv().withLabelColumn(2)));
    }

    @Test
    void raggedRowNamesFileAndLine() throws IOException {
        Path f = file("ragged.csv", "1,2,3\n4,5,6\n\n7,8\n");
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> CsvReader.readMatrix(f, CsvOptions.csv()));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith(f + ": line 4: ragged row: 2 fields but the first data row has 3"), e.getMessage());
    }

    @Test
    void nonNumericCellNamesLineColumnAndText() throws IOException {
        Path f = file("bad.csv", "x,y\n1,2\n3,abc\n");
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> CsvReader.readMatrix(f, CsvOptions.csv().withHeader(true)));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("column 2 is not a number: 'abc'"), e.getMessage());
        // without the header option, the header line itself is the bad row
        MalformedDataException h = assertThrows(MalformedDataException.class, () -> CsvReader.readMatrix(f, CsvOptions.csv()));
        assertEquals(1, h.line());
    }

    @Test
    void emptyCellsNaNAndNonIntegerLabelsAreRejected() throws IOException {
        Path empty = file("e.csv", "1,,3\n");
        assertTrue(assertThrows(MalformedDataException.class, () -> CsvReader.readMatrix(empty, CsvOptions.csv()))
                .getMessage().contains("column 2 is empty"));
        Path nan = file("n.csv", "1,NaN\n");
        assertTrue(assertThrows(MalformedDataException.class, () -> CsvReader.readMatrix(nan, CsvOptions.csv()))
                .getMessage().contains("column 2 is NaN"));
        Path label = file("l.csv", "1,2,1.5\n");
        assertTrue(assertThrows(MalformedDataException.class,
                () -> CsvReader.readLabeled(label, CsvOptions.csv().withLabelColumn(2)))
                .getMessage().contains("label in column 3 is not an integer: '1.5'"));
        Path none = file("none.csv", "\n\n");
        assertTrue(assertThrows(MalformedDataException.class, () -> CsvReader.readMatrix(none, CsvOptions.csv()))
                .getMessage().contains("no data rows"));
        assertThrows(IllegalArgumentException.class, () -> CsvReader.readLabeled(label, CsvOptions.csv()));
    }

    @Test
    void writerRoundTripsMatricesAndLabelsExactly() throws IOException {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] v = new double[6][4];
        int[] y = new int[6];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 4; j++) {
                v[i][j] = rng.nextGaussian() * Math.pow(10, rng.nextInt(-20, 20));
            }
            y[i] = rng.nextInt(-3, 10);
        }
        LabeledData d = new LabeledData(Matrix.of(v), y);
        CsvOptions semicolon = CsvOptions.csv().withDelimiter(';').withHeader(true).withLabelColumn(1);
        Path f = tmp.resolve("rt.csv");
        CsvWriter.write(f, d, semicolon);
        assertTrue(Files.readAllLines(f).get(0).equals("x0;label;x1;x2;x3"), Files.readAllLines(f).get(0));
        assertEquals(d, CsvReader.readLabeled(f, semicolon));
        Path g = tmp.resolve("m.tsv");
        CsvWriter.write(g, d.features(), CsvOptions.tsv());
        assertEquals(d.features(), CsvReader.readMatrix(g, CsvOptions.tsv()));
    }

    @Test
    void readsScotLabelFilesAndRealCsvLikeTheNpyCopies() throws IOException {
        Path dir = TestData.require("scgem/scGEM_expression.csv", "scgem/scGEM_expression_X.npy",
                "scgem/scGEM_typeExpression.txt", "scgem/scGEM_y.npy");
        Matrix csv = CsvReader.readMatrix(dir.resolve("scgem/scGEM_expression.csv"), CsvOptions.csv());
        assertEquals(NpyReader.readMatrix(dir.resolve("scgem/scGEM_expression_X.npy")), csv);
        assertArrayEquals(NpyReader.readIntVector(dir.resolve("scgem/scGEM_y.npy")),
                CsvReader.readLabels(dir.resolve("scgem/scGEM_typeExpression.txt")));
    }
}
