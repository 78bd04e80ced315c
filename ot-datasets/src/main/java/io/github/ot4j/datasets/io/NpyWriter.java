package io.github.ot4j.datasets.io;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes NumPy {@code .npy} files that {@code numpy.load} and {@link NpyReader} read back exactly:
 * matrices and real vectors as little-endian float64 ({@code <f8}) in C order, label vectors as
 * little-endian int32 ({@code <i4}). The header is format version 1.0, padded with spaces so the
 * data start on a 64-byte boundary, as numpy does.
 *
 * <p>Writing to a path goes through a temporary file in the same directory that replaces the
 * target only when complete (see {@link AtomicFiles}), so a failed write never leaves half a file.
 * The class is stateless and thread-safe; arrays passed in are not modified.
 */
public final class NpyWriter {

    private NpyWriter() {
    }

    /**
     * Writes a matrix as a 2-D float64 array of shape {@code (rows, cols)}.
     *
     * @param file target file, replaced if it exists
     * @param matrix the values
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an argument is null
     */
    public static void write(Path file, Matrix matrix) throws IOException {
        require(matrix, "matrix");
        AtomicFiles.write(file, out -> write(out, matrix));
    }

    /**
     * Writes a 1-D float64 array.
     *
     * @param file target file, replaced if it exists
     * @param values the values (any doubles, including NaN)
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an argument is null
     */
    public static void write(Path file, double[] values) throws IOException {
        require(values, "values");
        AtomicFiles.write(file, out -> write(out, values));
    }

    /**
     * Writes a 1-D int32 array, the format of the {@code *_y.npy} label files.
     *
     * @param file target file, replaced if it exists
     * @param labels the values
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an argument is null
     */
    public static void write(Path file, int[] labels) throws IOException {
        require(labels, "labels");
        AtomicFiles.write(file, out -> write(out, labels));
    }

    /**
     * Writes a matrix to a stream (not closed).
     *
     * @param out the stream
     * @param matrix the values
     * @throws IOException if writing fails
     */
    public static void write(OutputStream out, Matrix matrix) throws IOException {
        require(matrix, "matrix");
        require(out, "out");
        writeDoubles(out, new int[] {matrix.rows(), matrix.cols()}, RawAccess.data(matrix));
    }

    /**
     * Writes a 1-D float64 array to a stream (not closed).
     *
     * @param out the stream
     * @param values the values
     * @throws IOException if writing fails
     */
    public static void write(OutputStream out, double[] values) throws IOException {
        require(values, "values");
        require(out, "out");
        writeDoubles(out, new int[] {values.length}, values);
    }

    /**
     * Writes a 1-D int32 array to a stream (not closed).
     *
     * @param out the stream
     * @param labels the values
     * @throws IOException if writing fails
     */
    public static void write(OutputStream out, int[] labels) throws IOException {
        require(labels, "labels");
        require(out, "out");
        OutputStream o = new BufferedOutputStream(out, 1 << 16);
        o.write(header("<i4", new int[] {labels.length}));
        ByteBuffer bb = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : labels) {
            if (bb.remaining() < 4) {
                o.write(bb.array(), 0, bb.position());
                bb.clear();
            }
            bb.putInt(v);
        }
        o.write(bb.array(), 0, bb.position());
        o.flush();
    }

    private static void writeDoubles(OutputStream out, int[] shape, double[] data) throws IOException {
        OutputStream o = new BufferedOutputStream(out, 1 << 16);
        o.write(header("<f8", shape));
        ByteBuffer bb = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : data) {
            if (bb.remaining() < 8) {
                o.write(bb.array(), 0, bb.position());
                bb.clear();
            }
            bb.putDouble(v);
        }
        o.write(bb.array(), 0, bb.position());
        o.flush();
    }

    /** Magic, version, header length and the padded header dict, for format version 1.0 or 2.0. */
    static byte[] header(String descr, int[] shape) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + NpyArray.shapeString(shape) + ", }";
        int major = dict.length() + 11 > 0xffff ? 2 : 1;
        int prefix = major == 1 ? 10 : 12;
        int total = prefix + dict.length() + 1;
        int padded = (total + 63) / 64 * 64;
        String text = dict + " ".repeat(padded - total) + "\n";
        byte[] h = text.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer bb = ByteBuffer.allocate(prefix + h.length).order(ByteOrder.LITTLE_ENDIAN);
        bb.put(NpyReader.MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) {
            bb.putShort((short) h.length);
        } else {
            bb.putInt(h.length);
        }
        bb.put(h);
        return bb.array();
    }

    private static void require(Object o, String name) {
        if (o == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }
}
