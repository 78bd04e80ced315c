package io.github.ot4j.datasets.io;

import io.github.ot4j.geometry.Matrix;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0; see
 * <a href="https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html">numpy.lib.format</a>).
 *
 * <p>Supported: the element types of {@link NpyDtype} in little- or big-endian byte order, C or
 * Fortran order, and scalars, 1-D and 2-D arrays. Values are returned in C order. Structured,
 * complex, string and object arrays are rejected.
 *
 * <p>A malformed file (bad magic string, unknown version, truncated or unparsable header,
 * unsupported type, fewer or more data bytes than the shape needs) gives a
 * {@link MalformedDataException} naming the file, the byte offset and the problem; nothing is
 * returned in that case. The class is stateless and thread-safe.
 */
public final class NpyReader {

    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int CHUNK = 1 << 16;

    private NpyReader() {
    }

    /**
     * Reads a whole file.
     *
     * @param file the {@code .npy} file
     * @return the array
     * @throws MalformedDataException if the content is not a supported NPY array
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if {@code file} is null
     */
    public static NpyArray read(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), CHUNK)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads one array from a stream positioned at the start of the NPY data and checks that the
     * stream ends right after it. The stream is not closed.
     *
     * @param in the stream
     * @param source the name used in error messages, e.g. the file name
     * @return the array
     * @throws MalformedDataException if the content is not a supported NPY array
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if an argument is null
     */
    public static NpyArray read(InputStream in, String source) throws IOException {
        if (in == null || source == null) {
            throw new IllegalArgumentException("in and source must not be null");
        }
        byte[] prefix = readFully(in, 8, source, 0, "magic string and version");
        for (int k = 0; k < MAGIC.length; k++) {
            if (prefix[k] != MAGIC[k]) {
                throw MalformedDataException.atOffset(source, k,
                        "not an NPY file: the file must start with \\x93NUMPY, found " + printable(prefix, 6));
            }
        }
        int major = prefix[6] & 0xff;
        int minor = prefix[7] & 0xff;
        if (major < 1 || major > 3) {
            throw MalformedDataException.atOffset(source, 6,
                    "unsupported NPY format version " + major + "." + minor + " (1.0, 2.0 and 3.0 are supported)");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        byte[] lengthField = readFully(in, lengthBytes, source, 8, "header length");
        ByteBuffer lb = ByteBuffer.wrap(lengthField).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1 ? (lb.getShort() & 0xffff) : (lb.getInt() & 0xffffffffL);
        long headerStart = 8 + lengthBytes;
        if (headerLength > (1 << 24)) {
            throw MalformedDataException.atOffset(source, 8, "implausible header length " + headerLength);
        }
        byte[] headerBytes = readFully(in, (int) headerLength, source, headerStart, "header");
        String text = new String(headerBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        NpyHeader header;
        try {
            header = NpyHeader.parse(text);
        } catch (NpyHeader.HeaderException e) {
            throw MalformedDataException.atOffset(source, headerStart + e.position, "bad header: " + e.getMessage());
        }
        long dataStart = headerStart + headerLength;
        long count = 1;
        for (int d : header.shape()) {
            count *= d;
            if (count > Integer.MAX_VALUE - 8) {
                throw MalformedDataException.atOffset(source, headerStart, "shape " + NpyArray.shapeString(header.shape())
                        + " has too many elements for a Java array");
            }
        }
        NpyArray array = readData(in, source, header, (int) count, dataStart);
        if (in.read() >= 0) {
            long expectedEnd = dataStart + count * header.dtype().itemSize();
            throw MalformedDataException.atOffset(source, expectedEnd, "unexpected bytes after the data: shape "
                    + NpyArray.shapeString(header.shape()) + " of " + header.dtype().code() + " needs "
                    + (count * header.dtype().itemSize()) + " bytes after the header (shape mismatch?)");
        }
        return array;
    }

    /**
     * Reads a file as a matrix (see {@link NpyArray#toMatrix()} for how 1-D arrays are shaped).
     *
     * @param file the {@code .npy} file
     * @return the matrix
     * @throws MalformedDataException if the file is malformed, empty, or holds NaN or infinities
     * @throws IOException if the file cannot be read
     */
    public static Matrix readMatrix(Path file) throws IOException {
        NpyArray a = read(file);
        try {
            return a.toMatrix();
        } catch (IllegalStateException e) {
            throw MalformedDataException.of(file.toString(), e.getMessage());
        }
    }

    /**
     * Reads a file holding a vector of doubles (1-D, or 2-D with one row or column).
     *
     * @param file the {@code .npy} file
     * @return the values
     * @throws MalformedDataException if the file is malformed or not a vector
     * @throws IOException if the file cannot be read
     */
    public static double[] readDoubleVector(Path file) throws IOException {
        NpyArray a = read(file);
        try {
            return a.toDoubleVector();
        } catch (IllegalStateException e) {
            throw MalformedDataException.of(file.toString(), e.getMessage());
        }
    }

    /**
     * Reads a file holding integer labels (see {@link NpyArray#toIntVector()}).
     *
     * @param file the {@code .npy} file
     * @return the labels
     * @throws MalformedDataException if the file is malformed, not a vector, or holds non-integers
     * @throws IOException if the file cannot be read
     */
    public static int[] readIntVector(Path file) throws IOException {
        NpyArray a = read(file);
        try {
            return a.toIntVector();
        } catch (IllegalStateException e) {
            throw MalformedDataException.of(file.toString(), e.getMessage());
        }
    }

    private static NpyArray readData(InputStream in, String source, NpyHeader h, int count, long dataStart)
            throws IOException {
        NpyDtype t = h.dtype();
        int item = t.itemSize();
        double[] doubles = t.isFloating() ? new double[count] : null;
        long[] longs = t.isFloating() ? null : new long[count];
        byte[] buf = new byte[Math.max(item, CHUNK - CHUNK % item)];
        ByteBuffer bb = ByteBuffer.wrap(buf).order(h.order());
        int done = 0;
        while (done < count) {
            int n = Math.min(count - done, buf.length / item);
            int got = in.readNBytes(buf, 0, n * item);
            if (got < n * item) {
                long have = (long) done * item + got;
                throw MalformedDataException.atOffset(source, dataStart + have, "data truncated: shape "
                        + NpyArray.shapeString(h.shape()) + " of " + t.code() + " needs " + ((long) count * item)
                        + " bytes after the header but the file has only " + have);
            }
            bb.clear();
            for (int k = 0; k < n; k++) {
                int i = done + k;
                switch (t) {
                    case FLOAT64 -> doubles[i] = bb.getDouble();
                    case FLOAT32 -> doubles[i] = bb.getFloat();
                    case INT64 -> longs[i] = bb.getLong();
                    case INT32 -> longs[i] = bb.getInt();
                    case INT16 -> longs[i] = bb.getShort();
                    case INT8 -> longs[i] = bb.get();
                    case UINT32 -> longs[i] = bb.getInt() & 0xffffffffL;
                    case UINT16 -> longs[i] = bb.getShort() & 0xffff;
                    case UINT8 -> longs[i] = bb.get() & 0xff;
                    case BOOL -> longs[i] = bb.get() != 0 ? 1 : 0;
                    default -> throw new IllegalStateException("unhandled dtype " + t);
                }
            }
            done += n;
        }
        int[] shape = h.shape();
        if (h.fortranOrder() && shape.length == 2 && shape[0] > 1 && shape[1] > 1) {
            int r = shape[0];
            int c = shape[1];
            if (doubles != null) {
                double[] out = new double[count];
                for (int j = 0; j < c; j++) {
                    for (int i = 0; i < r; i++) {
                        out[i * c + j] = doubles[j * r + i];
                    }
                }
                doubles = out;
            } else {
                long[] out = new long[count];
                for (int j = 0; j < c; j++) {
                    for (int i = 0; i < r; i++) {
                        out[i * c + j] = longs[j * r + i];
                    }
                }
                longs = out;
            }
        }
        return doubles != null ? NpyArray.ofDoubles(shape, t, doubles) : NpyArray.ofLongs(shape, t, longs);
    }

    private static byte[] readFully(InputStream in, int n, String source, long offset, String what) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw MalformedDataException.atOffset(source, offset + b.length, "file truncated in the " + what
                    + ": expected " + n + " bytes, found " + b.length);
        }
        return b;
    }

    private static String printable(byte[] b, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            int c = b[k] & 0xff;
            if (c >= 0x20 && c < 0x7f) {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\x%02x", c));
            }
        }
        return sb.toString();
    }
}
