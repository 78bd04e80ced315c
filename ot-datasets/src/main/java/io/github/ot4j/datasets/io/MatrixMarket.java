package io.github.ot4j.datasets.io;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads and writes NIST Matrix Market {@code .mtx} files
 * (<a href="https://math.nist.gov/MatrixMarket/formats.html">format description</a>), the common
 * exchange format for single-cell count matrices.
 *
 * <p>Reading supports the {@code coordinate} and {@code array} formats, the {@code real},
 * {@code integer} and {@code pattern} fields (pattern entries are 1) and the {@code general},
 * {@code symmetric} and {@code skew-symmetric} symmetries (the missing triangle is filled in).
 * {@code complex} and {@code hermitian} files are rejected. Indices in the file are 1-based; the
 * results are 0-based.
 *
 * <p>A bad banner, a bad size line, an index out of range, a non-numeric or non-finite value, or a
 * file with fewer or more entries than its size line announces gives a
 * {@link MalformedDataException} naming the file and the 1-based line. Stateless and thread-safe.
 */
public final class MatrixMarket {

    private enum Format { COORDINATE, ARRAY }

    private enum Field { REAL, INTEGER, PATTERN }

    private enum Symmetry { GENERAL, SYMMETRIC, SKEW_SYMMETRIC }

    private MatrixMarket() {
    }

    /**
     * Reads a file as a dense matrix (duplicate coordinate entries are summed).
     *
     * @param file the {@code .mtx} file
     * @return the matrix
     * @throws MalformedDataException if the file is malformed or too large for a dense matrix
     * @throws IOException if the file cannot be read
     */
    public static Matrix readDense(Path file) throws IOException {
        SparseTriplets t = readSparse(file);
        try {
            return t.toDense();
        } catch (IllegalArgumentException e) {
            throw MalformedDataException.of(String.valueOf(file), e.getMessage() + "; use readSparse");
        }
    }

    /**
     * Reads a file as triplets: the stored entries of a coordinate file (plus their mirror images
     * for symmetric files), or the non-zero entries of an array file.
     *
     * @param file the {@code .mtx} file
     * @return the triplets, 0-based
     * @throws MalformedDataException if the file is malformed
     * @throws IOException if the file cannot be read
     */
    public static SparseTriplets readSparse(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        String source = file.toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return parse(in, source);
        }
    }

    private static SparseTriplets parse(BufferedReader in, String source) throws IOException {
        String banner = in.readLine();
        long line = 1;
        if (banner == null) {
            throw MalformedDataException.atLine(source, 1, "empty file; expected a %%MatrixMarket banner");
        }
        String[] b = banner.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (b.length != 5 || !b[0].equals("%%matrixmarket") || !b[1].equals("matrix")) {
            throw MalformedDataException.atLine(source, 1, "expected '%%MatrixMarket matrix <format> <field> <symmetry>', found '"
                    + abbreviate(banner) + "'");
        }
        Format format = switch (b[2]) {
            case "coordinate" -> Format.COORDINATE;
            case "array" -> Format.ARRAY;
            default -> throw MalformedDataException.atLine(source, 1, "unknown format '" + b[2] + "' (coordinate or array)");
        };
        Field field = switch (b[3]) {
            case "real", "double" -> Field.REAL;
            case "integer" -> Field.INTEGER;
            case "pattern" -> Field.PATTERN;
            default -> throw MalformedDataException.atLine(source, 1, "unsupported field '" + b[3]
                    + "' (real, integer and pattern are supported)");
        };
        Symmetry symmetry = switch (b[4]) {
            case "general" -> Symmetry.GENERAL;
            case "symmetric" -> Symmetry.SYMMETRIC;
            case "skew-symmetric" -> Symmetry.SKEW_SYMMETRIC;
            default -> throw MalformedDataException.atLine(source, 1, "unsupported symmetry '" + b[4]
                    + "' (general, symmetric and skew-symmetric are supported)");
        };
        if (field == Field.PATTERN && format == Format.ARRAY) {
            throw MalformedDataException.atLine(source, 1, "the pattern field is only valid with the coordinate format");
        }
        String text;
        do {
            text = in.readLine();
            line++;
        } while (text != null && (text.isBlank() || text.startsWith("%")));
        if (text == null) {
            throw MalformedDataException.atLine(source, line, "file ends before the size line");
        }
        long[] size = integers(text, format == Format.COORDINATE ? 3 : 2, source, line, "size line");
        if (size[0] < 1 || size[1] < 1 || size[0] > Integer.MAX_VALUE || size[1] > Integer.MAX_VALUE) {
            throw MalformedDataException.atLine(source, line, "bad matrix size " + size[0] + " x " + size[1]);
        }
        int rows = (int) size[0];
        int cols = (int) size[1];
        if (symmetry != Symmetry.GENERAL && rows != cols) {
            throw MalformedDataException.atLine(source, line, b[4] + " matrix must be square, got " + rows + " x " + cols);
        }
        long expected = format == Format.COORDINATE ? size[2] : switch (symmetry) {
            case GENERAL -> (long) rows * cols;
            case SYMMETRIC -> (long) rows * (rows + 1) / 2;
            case SKEW_SYMMETRIC -> (long) rows * (rows - 1) / 2;
        };
        long capacity = symmetry == Symmetry.GENERAL ? expected : 2 * expected;
        if (expected < 0 || capacity > Integer.MAX_VALUE - 8) {
            throw MalformedDataException.atLine(source, line, "bad or too large entry count " + expected);
        }
        int[] r = new int[(int) Math.min(capacity, 1 << 20)];
        int[] c = new int[r.length];
        double[] v = new double[r.length];
        int n = 0;
        long read = 0;
        // array format walks column-major over the stored part
        int ai = 0;
        int aj = 0;
        if (format == Format.ARRAY && symmetry == Symmetry.SKEW_SYMMETRIC) {
            ai = 1;
        }
        while (read < expected) {
            text = in.readLine();
            line++;
            if (text == null) {
                throw MalformedDataException.atLine(source, line, "file truncated: the size line announces " + expected
                        + " entries but only " + read + " were found");
            }
            if (text.isBlank() || text.startsWith("%")) {
                continue;
            }
            int i;
            int j;
            double value;
            if (format == Format.COORDINATE) {
                String[] tok = tokens(text, field == Field.PATTERN ? 2 : 3, source, line);
                i = index(tok[0], rows, source, line, "row") - 1;
                j = index(tok[1], cols, source, line, "column") - 1;
                value = field == Field.PATTERN ? 1.0 : number(tok[2], field, source, line);
            } else {
                String[] tok = tokens(text, 1, source, line);
                i = ai;
                j = aj;
                value = number(tok[0], field, source, line);
                ai++;
                if (ai >= rows) {
                    aj++;
                    ai = symmetry == Symmetry.GENERAL ? 0 : symmetry == Symmetry.SYMMETRIC ? aj : aj + 1;
                }
            }
            read++;
            if (symmetry == Symmetry.SKEW_SYMMETRIC && i == j) {
                if (value != 0) {
                    throw MalformedDataException.atLine(source, line, "skew-symmetric matrix has a non-zero diagonal entry");
                }
                continue;
            }
            if (format == Format.ARRAY && value == 0) {
                continue;
            }
            int need = n + (symmetry != Symmetry.GENERAL && i != j ? 2 : 1);
            if (need > r.length) {
                int grown = (int) Math.min(capacity, Math.max(need, 2L * r.length));
                r = Arrays.copyOf(r, grown);
                c = Arrays.copyOf(c, grown);
                v = Arrays.copyOf(v, grown);
            }
            r[n] = i;
            c[n] = j;
            v[n++] = value;
            if (symmetry != Symmetry.GENERAL && i != j) {
                r[n] = j;
                c[n] = i;
                v[n++] = symmetry == Symmetry.SKEW_SYMMETRIC ? -value : value;
            }
        }
        while ((text = in.readLine()) != null) {
            line++;
            if (!text.isBlank() && !text.startsWith("%")) {
                throw MalformedDataException.atLine(source, line, "unexpected data after the " + expected
                        + " entries the size line announces");
            }
        }
        return new SparseTriplets(rows, cols, Arrays.copyOf(r, n), Arrays.copyOf(c, n), Arrays.copyOf(v, n));
    }

    /**
     * Writes a dense matrix in the {@code array real general} format (column-major, values in
     * Java's shortest round-trip notation). Goes through a temporary file.
     *
     * @param file target, replaced if it exists
     * @param matrix the values
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an argument is null
     */
    public static void writeDense(Path file, Matrix matrix) throws IOException {
        if (matrix == null) {
            throw new IllegalArgumentException("matrix must not be null");
        }
        double[] d = RawAccess.data(matrix);
        AtomicFiles.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII));
            w.write("%%MatrixMarket matrix array real general\n");
            w.write(matrix.rows() + " " + matrix.cols() + "\n");
            for (int j = 0; j < matrix.cols(); j++) {
                for (int i = 0; i < matrix.rows(); i++) {
                    w.write(Double.toString(d[i * matrix.cols() + j]));
                    w.write('\n');
                }
            }
            w.flush();
        });
    }

    /**
     * Writes triplets in the {@code coordinate real general} format (1-based indices, entries in
     * stored order). Goes through a temporary file.
     *
     * @param file target, replaced if it exists
     * @param triplets the entries
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an argument is null
     */
    public static void writeSparse(Path file, SparseTriplets triplets) throws IOException {
        if (triplets == null) {
            throw new IllegalArgumentException("triplets must not be null");
        }
        int[] r = triplets.rowIndex();
        int[] c = triplets.colIndex();
        double[] v = triplets.values();
        AtomicFiles.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII));
            w.write("%%MatrixMarket matrix coordinate real general\n");
            w.write(triplets.rows() + " " + triplets.cols() + " " + v.length + "\n");
            for (int k = 0; k < v.length; k++) {
                w.write((r[k] + 1) + " " + (c[k] + 1) + " " + v[k] + "\n");
            }
            w.flush();
        });
    }

    private static String[] tokens(String text, int count, String source, long line) throws MalformedDataException {
        String[] tok = text.trim().split("\\s+");
        if (tok.length != count) {
            throw MalformedDataException.atLine(source, line, "expected " + count + " values, found " + tok.length
                    + ": '" + abbreviate(text) + "'");
        }
        return tok;
    }

    private static long[] integers(String text, int count, String source, long line, String what) throws MalformedDataException {
        String[] tok = tokens(text, count, source, line);
        long[] out = new long[count];
        for (int k = 0; k < count; k++) {
            try {
                out[k] = Long.parseLong(tok[k]);
            } catch (NumberFormatException e) {
                throw MalformedDataException.atLine(source, line, what + " must hold " + count + " integers, found '"
                        + abbreviate(text) + "'");
            }
        }
        return out;
    }

    private static int index(String tok, int max, String source, long line, String what) throws MalformedDataException {
        long v;
        try {
            v = Long.parseLong(tok);
        } catch (NumberFormatException e) {
            throw MalformedDataException.atLine(source, line, what + " index is not an integer: '" + abbreviate(tok) + "'");
        }
        if (v < 1 || v > max) {
            throw MalformedDataException.atLine(source, line, what + " index " + v + " is outside [1, " + max + "]");
        }
        return (int) v;
    }

    private static double number(String tok, Field field, String source, long line) throws MalformedDataException {
        try {
            double v = field == Field.INTEGER ? (double) Long.parseLong(tok) : Double.parseDouble(tok);
            if (!Double.isFinite(v)) {
                throw MalformedDataException.atLine(source, line, "value " + tok + " is not finite");
            }
            return v;
        } catch (NumberFormatException e) {
            throw MalformedDataException.atLine(source, line, "not " + (field == Field.INTEGER ? "an integer" : "a number")
                    + ": '" + abbreviate(tok) + "'");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
