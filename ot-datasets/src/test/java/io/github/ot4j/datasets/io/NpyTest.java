package io.github.ot4j.datasets.io;

import io.github.ot4j.datasets.testing.TestData;
import io.github.ot4j.geometry.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NpyTest {

    @TempDir
    Path tmp;

    /** Builds an NPY file from a header dict and raw data bytes, the way numpy lays it out. */
    static byte[] npy(int major, String dict, byte[] data) {
        int prefix = major == 1 ? 10 : 12;
        int total = prefix + dict.length() + 1;
        int padded = (total + 63) / 64 * 64;
        byte[] h = (dict + " ".repeat(padded - total) + "\n").getBytes(
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        ByteBuffer bb = ByteBuffer.allocate(prefix + h.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        bb.put(NpyReader.MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) {
            bb.putShort((short) h.length);
        } else {
            bb.putInt(h.length);
        }
        return bb.put(h).put(data).array();
    }

    static NpyArray parse(byte[] bytes) throws IOException {
        return NpyReader.read(new ByteArrayInputStream(bytes), "test.npy");
    }

    static byte[] doubles(ByteOrder order, double... v) {
        ByteBuffer bb = ByteBuffer.allocate(8 * v.length).order(order);
        for (double x : v) {
            bb.putDouble(x);
        }
        return bb.array();
    }

    @Test
    void roundTripsAMatrixExactlyThroughAFile() throws IOException {
        SplittableRandom rng = new SplittableRandom(7);
        double[][] v = new double[13][5];
        for (double[] row : v) {
            for (int j = 0; j < row.length; j++) {
                row[j] = rng.nextGaussian() * 1e3;
            }
        }
        v[0][0] = Double.MIN_VALUE;
        v[1][1] = -0.0;
        Matrix m = Matrix.of(v);
        Path f = tmp.resolve("m.npy");
        NpyWriter.write(f, m);
        assertEquals(0, Files.size(f) % 8);
        NpyArray a = NpyReader.read(f);
        assertEquals(NpyDtype.FLOAT64, a.dtype());
        assertArrayEquals(new int[] {13, 5}, a.shape());
        assertEquals(m, a.toMatrix());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(a.toMatrix().get(1, 1)));
    }

    @Test
    void writerHeaderIsNumpyVersion1AlignedTo64Bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NpyWriter.write(out, Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}));
        byte[] b = out.toByteArray();
        assertEquals(1, b[6]);
        assertEquals(0, b[7]);
        int headerLength = (b[8] & 0xff) | (b[9] & 0xff) << 8;
        assertEquals(0, (10 + headerLength) % 64);
        String header = new String(b, 10, headerLength, StandardCharsets.ISO_8859_1);
        assertTrue(header.startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }"), header);
        assertTrue(header.endsWith("\n"));
        assertEquals(10 + headerLength + 6 * 8, b.length);
    }

    @Test
    void roundTripsVectorsAndLabels() throws IOException {
        Path d = tmp.resolve("d.npy");
        Path y = tmp.resolve("y.npy");
        double[] values = {1.5, Double.NaN, -2, 1e-300};
        int[] labels = {3, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0};
        NpyWriter.write(d, values);
        NpyWriter.write(y, labels);
        assertArrayEquals(values, NpyReader.readDoubleVector(d));
        NpyArray a = NpyReader.read(y);
        assertEquals(NpyDtype.INT32, a.dtype());
        assertArrayEquals(new int[] {5}, a.shape());
        assertArrayEquals(labels, a.toIntVector());
        assertArrayEquals(labels, NpyReader.readIntVector(y));
    }

    @Test
    void readsFortranOrderAsRowMajor() throws IOException {
        // column-major storage of [[1, 2, 3], [4, 5, 6]]
        byte[] f = npy(1, "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }",
                doubles(ByteOrder.LITTLE_ENDIAN, 1, 4, 2, 5, 3, 6));
        assertEquals(Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}), parse(f).toMatrix());
    }

    @Test
    void readsBigEndianFloat32AndIntegerTypes() throws IOException {
        ByteBuffer f4 = ByteBuffer.allocate(12).order(ByteOrder.BIG_ENDIAN).putFloat(1.25f).putFloat(-3f).putFloat(0.1f);
        NpyArray a = parse(npy(1, "{'descr': '>f4', 'fortran_order': False, 'shape': (3,), }", f4.array()));
        assertEquals(NpyDtype.FLOAT32, a.dtype());
        assertArrayEquals(new double[] {1.25, -3, 0.1f}, a.toDoubleVector());

        ByteBuffer i8 = ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN).putLong(-7).putLong(1L << 40);
        NpyArray b = parse(npy(1, "{'descr': '>i8', 'fortran_order': False, 'shape': (2,), }", i8.array()));
        assertEquals(NpyDtype.INT64, b.dtype());
        assertArrayEquals(new double[] {-7, 1L << 40}, b.toDoubleVector());
        IllegalStateException tooBig = assertThrows(IllegalStateException.class, b::toIntVector);
        assertTrue(tooBig.getMessage().contains("[1]"), tooBig.getMessage());

        NpyArray u = parse(npy(1, "{'descr': '|u1', 'fortran_order': False, 'shape': (2, 2), }",
                new byte[] {0, (byte) 255, 7, (byte) 128}));
        assertEquals(NpyDtype.UINT8, u.dtype());
        assertEquals(Matrix.of(new double[][] {{0, 255}, {7, 128}}), u.toMatrix());

        ByteBuffer i4 = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(4).putInt(-2);
        assertArrayEquals(new int[] {4, -2},
                parse(npy(1, "{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }", i4.array())).toIntVector());
    }

    @Test
    void readsFormatVersions2And3AndScalars() throws IOException {
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2), }";
        byte[] data = doubles(ByteOrder.LITTLE_ENDIAN, 8, 9);
        Matrix expected = Matrix.of(new double[][] {{8, 9}});
        assertEquals(expected, parse(npy(2, dict, data)).toMatrix());
        assertEquals(expected, parse(npy(3, dict, data)).toMatrix());
        NpyArray s = parse(npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (), }",
                doubles(ByteOrder.LITTLE_ENDIAN, 4.5)));
        assertEquals(0, s.ndim());
        assertEquals(4.5, s.toMatrix().get(0, 0));
    }

    @Test
    void floatLabelsAreAcceptedOnlyWhenIntegral() throws IOException {
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }";
        assertArrayEquals(new int[] {1, 2, 3}, parse(npy(1, dict, doubles(ByteOrder.LITTLE_ENDIAN, 1, 2, 3))).toIntVector());
        NpyArray bad = parse(npy(1, dict, doubles(ByteOrder.LITTLE_ENDIAN, 1, 2.5, 3)));
        IllegalStateException e = assertThrows(IllegalStateException.class, bad::toIntVector);
        assertTrue(e.getMessage().contains("[1] = 2.5"), e.getMessage());
    }

    @Test
    void rejectsBadMagic() {
        byte[] b = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", doubles(ByteOrder.LITTLE_ENDIAN, 1));
        b[1] = 'X';
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> parse(b));
        assertEquals(1, e.byteOffset());
        assertTrue(e.getMessage().startsWith("test.npy: at byte offset 1: not an NPY file"), e.getMessage());
    }

    @Test
    void rejectsUnknownVersion() {
        byte[] b = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", doubles(ByteOrder.LITTLE_ENDIAN, 1));
        b[6] = 9;
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> parse(b));
        assertTrue(e.getMessage().contains("version 9.0"), e.getMessage());
    }

    @Test
    void rejectsTruncatedHeader() {
        byte[] b = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", doubles(ByteOrder.LITTLE_ENDIAN, 1));
        byte[] cut = Arrays.copyOf(b, 40);
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> parse(cut));
        assertEquals(40, e.byteOffset());
        assertTrue(e.getMessage().contains("truncated in the header"), e.getMessage());
        assertThrows(MalformedDataException.class, () -> parse(new byte[0]));
    }

    @Test
    void rejectsUnparsableHeaderWithItsOffset() {
        byte[] b = npy(1, "{'descr': '<f8', 'fortran_order': Maybe, 'shape': (1,), }", doubles(ByteOrder.LITTLE_ENDIAN, 1));
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> parse(b));
        assertEquals(10 + "{'descr': '<f8', 'fortran_order': ".length(), e.byteOffset());
        assertTrue(e.getMessage().contains("True or False"), e.getMessage());
        byte[] missing = npy(1, "{'descr': '<f8', 'shape': (1,), }", doubles(ByteOrder.LITTLE_ENDIAN, 1));
        assertTrue(assertThrows(MalformedDataException.class, () -> parse(missing)).getMessage().contains("fortran_order"));
    }

    @Test
    void rejectsUnsupportedDtypesAndRanks() {
        byte[] complex = npy(1, "{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }", new byte[16]);
        assertTrue(assertThrows(MalformedDataException.class, () -> parse(complex)).getMessage().contains("unsupported dtype '<c16'"));
        byte[] structured = npy(1, "{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (1,), }", new byte[8]);
        assertTrue(assertThrows(MalformedDataException.class, () -> parse(structured)).getMessage().contains("structured"));
        byte[] cube = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 1, 1), }", new byte[8]);
        assertTrue(assertThrows(MalformedDataException.class, () -> parse(cube)).getMessage().contains("(1, 1, 1)"));
    }

    @Test
    void rejectsTruncatedDataNamingFileAndOffset() throws IOException {
        byte[] b = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }",
                doubles(ByteOrder.LITTLE_ENDIAN, 1, 2, 3, 4, 5, 6));
        Path f = tmp.resolve("cut.npy");
        Files.write(f, Arrays.copyOf(b, b.length - 5));
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> NpyReader.readMatrix(f));
        assertEquals(b.length - 5, e.byteOffset());
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("needs 48 bytes") && e.getMessage().contains("only 43"), e.getMessage());
    }

    @Test
    void rejectsExtraDataAsShapeMismatch() {
        byte[] b = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }",
                doubles(ByteOrder.LITTLE_ENDIAN, 1, 2, 3));
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> parse(b));
        assertTrue(e.getMessage().contains("shape mismatch"), e.getMessage());
    }

    @Test
    void readMatrixRejectsNaNNamingTheEntry() throws IOException {
        Path f = tmp.resolve("nan.npy");
        NpyWriter.write(f, new double[] {0, 1, Double.NaN});
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> NpyReader.readMatrix(f));
        assertTrue(e.getMessage().contains("[2][0] is NaN"), e.getMessage());
    }

    @Test
    void failedWriteLeavesNoFile() {
        Path f = tmp.resolve("never.npy");
        assertThrows(IllegalArgumentException.class, () -> NpyWriter.write(f, (Matrix) null));
        assertFalse(Files.exists(f));
    }

    @Test
    void realFortranOrderFileEqualsItsCOrderCopy() throws IOException {
        Path dir = TestData.require("snareseq/SNAREseq_atac_feat.npy", "snareseq/SNAREseq_atac_X.npy",
                "snareseq/SNAREseq_y.npy");
        Matrix fortran = NpyReader.readMatrix(dir.resolve("snareseq/SNAREseq_atac_feat.npy"));
        Matrix c = NpyReader.readMatrix(dir.resolve("snareseq/SNAREseq_atac_X.npy"));
        assertEquals(1047, fortran.rows());
        assertEquals(19, fortran.cols());
        assertEquals(c, fortran);
        int[] y = NpyReader.readIntVector(dir.resolve("snareseq/SNAREseq_y.npy"));
        assertEquals(1047, y.length);
        assertEquals(379, Arrays.stream(y).filter(v -> v == 1).count());
        assertEquals(143, Arrays.stream(y).filter(v -> v == 4).count());
    }

    @Test
    void realSplitPermutationsMatchTheReadme() throws IOException {
        Path dir = TestData.require("office_caltech10/splits/dslr_perm_seeds0-9.npy");
        NpyArray a = NpyReader.read(dir.resolve("office_caltech10/splits/dslr_perm_seeds0-9.npy"));
        assertArrayEquals(new int[] {10, 157}, a.shape());
        Matrix m = a.toMatrix();
        assertArrayEquals(new double[] {7, 44, 112, 119}, Arrays.copyOf(m.row(0), 4));
        double[] sorted = m.row(9);
        Arrays.sort(sorted);
        for (int k = 0; k < sorted.length; k++) {
            assertEquals(k, sorted[k]);
        }
    }
}
