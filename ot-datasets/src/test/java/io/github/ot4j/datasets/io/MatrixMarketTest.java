package io.github.ot4j.datasets.io;

import io.github.ot4j.geometry.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixMarketTest {

    @TempDir
    Path tmp;

    private Path file(String content) throws IOException {
        Path f = tmp.resolve("m.mtx");
        Files.writeString(f, content);
        return f;
    }

    @Test
    void readsCoordinateRealGeneralWithComments() throws IOException {
        Path f = file("%%MatrixMarket matrix coordinate real general\n% a comment\n\n2 3 3\n1 1 1.5\n2 3 -2\n1 1 0.5\n");
        assertEquals(Matrix.of(new double[][] {{2, 0, 0}, {0, 0, -2}}), MatrixMarket.readDense(f));
        SparseTriplets t = MatrixMarket.readSparse(f);
        assertEquals(3, t.size());
        assertArrayEquals(new int[] {0, 1, 0}, t.rowIndex());
        assertArrayEquals(new int[] {0, 2, 0}, t.colIndex());
    }

    @Test
    void readsSymmetricPatternAndIntegerFiles() throws IOException {
        Path sym = file("%%MatrixMarket matrix coordinate integer symmetric\n3 3 3\n1 1 4\n3 1 7\n3 2 -1\n");
        assertEquals(Matrix.of(new double[][] {{4, 0, 7}, {0, 0, -1}, {7, -1, 0}}), MatrixMarket.readDense(sym));
        Path pat = file("%%MatrixMarket matrix coordinate pattern general\n2 2 2\n1 2\n2 1\n");
        assertEquals(Matrix.of(new double[][] {{0, 1}, {1, 0}}), MatrixMarket.readDense(pat));
        Path skew = file("%%MatrixMarket matrix coordinate real skew-symmetric\n2 2 1\n2 1 3\n");
        assertEquals(Matrix.of(new double[][] {{0, -3}, {3, 0}}), MatrixMarket.readDense(skew));
    }

    @Test
    void readsArrayFormatColumnMajorAndSymmetric() throws IOException {
        Path gen = file("%%MatrixMarket matrix array real general\n2 3\n1\n4\n2\n5\n3\n6\n");
        assertEquals(Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}), MatrixMarket.readDense(gen));
        // lower triangle column by column: (1,1) (2,1) (3,1) (2,2) (3,2) (3,3)
        Path sym = file("%%MatrixMarket matrix array real symmetric\n3 3\n1\n2\n3\n4\n5\n6\n");
        assertEquals(Matrix.of(new double[][] {{1, 2, 3}, {2, 4, 5}, {3, 5, 6}}), MatrixMarket.readDense(sym));
    }

    @Test
    void malformedFilesNameTheLine() throws IOException {
        Path banner = file("%%MatrixMarket matrix coordinate complex general\n1 1 1\n1 1 1 0\n");
        assertTrue(assertThrows(MalformedDataException.class, () -> MatrixMarket.readDense(banner))
                .getMessage().contains("line 1: unsupported field 'complex'"));
        Path range = file("%%MatrixMarket matrix coordinate real general\n2 2 2\n1 1 1\n3 1 1\n");
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> MatrixMarket.readDense(range));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("row index 3 is outside [1, 2]"), e.getMessage());
        Path truncated = file("%%MatrixMarket matrix coordinate real general\n2 2 3\n1 1 1\n2 2 1\n");
        assertTrue(assertThrows(MalformedDataException.class, () -> MatrixMarket.readDense(truncated))
                .getMessage().contains("announces 3 entries but only 2"));
        Path extra = file("%%MatrixMarket matrix array real general\n1 1\n1\n2\n");
        assertEquals(4, assertThrows(MalformedDataException.class, () -> MatrixMarket.readDense(extra)).line());
        Path word = file("%%MatrixMarket matrix coordinate real general\n1 1 1\n1 1 x\n");
        assertTrue(assertThrows(MalformedDataException.class, () -> MatrixMarket.readDense(word))
                .getMessage().contains("line 3: not a number: 'x'"));
    }

    @Test
    void writersRoundTrip() throws IOException {
        Matrix m = Matrix.of(new double[][] {{0.1, 0, -3e-300}, {0, 7, 0}});
        Path dense = tmp.resolve("d.mtx");
        MatrixMarket.writeDense(dense, m);
        assertEquals(m, MatrixMarket.readDense(dense));
        Path sparse = tmp.resolve("s.mtx");
        SparseTriplets t = SparseTriplets.fromDense(m);
        assertEquals(3, t.size());
        MatrixMarket.writeSparse(sparse, t);
        assertEquals(t, MatrixMarket.readSparse(sparse));
        assertEquals(m, MatrixMarket.readDense(sparse));
    }
}
