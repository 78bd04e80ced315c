package io.github.ot4j.datasets.io;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Reads numeric delimited text (CSV, TSV, ...) with Apache Commons CSV: one point per record,
 * numbers in Java/Python notation ({@code 1}, {@code -2.5}, {@code 1.0e+00}), optional header,
 * optional integer label column, blank lines ignored, surrounding spaces trimmed, RFC 4180
 * quoting honoured.
 *
 * <p>A ragged record, an empty or non-numeric cell, a NaN or infinite value, or a non-integer
 * label gives a {@link MalformedDataException} naming the file, the 1-based line and column and
 * the offending text; nothing is returned in that case. Stateless and thread-safe.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /**
     * Reads the numeric columns of a file as a matrix; the label column, if the options name
     * one, is skipped (and need not be numeric).
     *
     * @param file the file (UTF-8)
     * @param options layout
     * @return one row per record
     * @throws MalformedDataException if the file is empty or malformed
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if an argument is null
     */
    public static Matrix readMatrix(Path file, CsvOptions options) throws IOException {
        return parse(file, options, false).features();
    }

    /**
     * Reads features and the label column named by the options.
     *
     * @param file the file (UTF-8)
     * @param options layout; must name a label column
     * @return features (all other columns) and labels
     * @throws MalformedDataException if the file is empty or malformed, or a label is not an integer
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if an argument is null or the options name no label column
     */
    public static LabeledData readLabeled(Path file, CsvOptions options) throws IOException {
        if (options != null && options.labelColumn().isEmpty()) {
            throw new IllegalArgumentException("options must name a label column to read labels, got " + options);
        }
        return parse(file, options, true);
    }

    /**
     * Reads a file with one integer label per line, such as SCOT's {@code *_types.txt} (integral
     * floats like {@code 1.000000000000000000e+00} are accepted).
     *
     * @param file the file (UTF-8)
     * @return the labels
     * @throws MalformedDataException if a line holds more than one value or a non-integer
     * @throws IOException if the file cannot be read
     */
    public static int[] readLabels(Path file) throws IOException {
        Matrix m = readMatrix(file, CsvOptions.csv());
        if (m.cols() != 1) {
            throw MalformedDataException.of(String.valueOf(file), "expected one label per line, found "
                    + m.cols() + " columns");
        }
        double[] v = RawAccess.data(m);
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = toLabel(v[i], String.valueOf(file), i + 1, 1, Double.toString(v[i]));
        }
        return out;
    }

    private static LabeledData parse(Path file, CsvOptions options, boolean wantLabels) throws IOException {
        if (file == null || options == null) {
            throw new IllegalArgumentException("file and options must not be null");
        }
        String source = file.toString();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(options.delimiter())
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> it = parser.iterator();
            int width = -1;
            int labelCol = -1;
            int rows = 0;
            double[] data = new double[1024];
            int[] labels = new int[wantLabels ? 256 : 0];
            boolean headerSkipped = !options.header();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException e) {
                    throw MalformedDataException.wrap(source, "after line " + parser.getCurrentLineNumber()
                            + ": " + e.getCause().getMessage(), e);
                }
                // the line on which the record ends (records span one line unless quoted fields hold line breaks)
                long line = Math.max(1, parser.getCurrentLineNumber());
                if (!headerSkipped) {
                    headerSkipped = true;
                    continue;
                }
                if (width < 0) {
                    width = record.size();
                    if (options.labelColumn().isPresent()) {
                        int c = options.labelColumn().getAsInt();
                        labelCol = c < 0 ? width + c : c;
                        if (labelCol < 0 || labelCol >= width) {
                            throw MalformedDataException.atLine(source, line, "label column " + c
                                    + " does not exist in a record of " + width + " fields");
                        }
                        if (width == 1) {
                            throw MalformedDataException.atLine(source, line,
                                    "the only column is the label column, so there are no features");
                        }
                    }
                } else if (record.size() != width) {
                    throw MalformedDataException.atLine(source, line, "ragged row: " + record.size()
                            + " fields but the first data row has " + width);
                }
                int cols = labelCol >= 0 ? width - 1 : width;
                if ((long) (rows + 1) * cols > Integer.MAX_VALUE - 8) {
                    throw MalformedDataException.atLine(source, line, "too many values for one matrix");
                }
                if (data.length < (rows + 1) * cols) {
                    data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8L, 2L * (rows + 1) * cols));
                }
                int k = rows * cols;
                for (int j = 0; j < width; j++) {
                    String cell = record.get(j);
                    if (j == labelCol) {
                        if (wantLabels) {
                            if (labels.length <= rows) {
                                labels = Arrays.copyOf(labels, 2 * labels.length + 1);
                            }
                            labels[rows] = toLabel(number(cell, source, line, j), source, line, j + 1, cell);
                        }
                        continue;
                    }
                    data[k++] = number(cell, source, line, j);
                }
                rows++;
            }
            if (rows == 0) {
                throw MalformedDataException.of(source, "no data rows");
            }
            int cols = labelCol >= 0 ? width - 1 : width;
            Matrix x = RawAccess.wrap(rows, cols, Arrays.copyOf(data, rows * cols));
            return new LabeledData(x, wantLabels ? Arrays.copyOf(labels, rows) : new int[rows]);
        }
    }

    private static double number(String cell, String source, long line, int column) throws MalformedDataException {
        if (cell.isEmpty()) {
            throw MalformedDataException.atLine(source, line, "column " + (column + 1) + " is empty");
        }
        double v;
        try {
            v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw MalformedDataException.atLine(source, line, "column " + (column + 1) + " is not a number: '"
                    + abbreviate(cell) + "'");
        }
        if (!Double.isFinite(v)) {
            throw MalformedDataException.atLine(source, line, "column " + (column + 1) + " is " + v
                    + "; only finite values are allowed");
        }
        return v;
    }

    private static int toLabel(double v, String source, long line, int column, String cell) throws MalformedDataException {
        if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw MalformedDataException.atLine(source, line, "label in column " + column + " is not an integer: '"
                    + abbreviate(cell) + "'");
        }
        return (int) v;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
