package io.github.ot4j.datasets.io;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes matrices (and labelled data) as delimited text with Apache Commons CSV, in the layout
 * {@link CsvReader} reads back exactly: values in Java's shortest round-trip notation
 * ({@link Double#toString(double)}), one record per row, {@code \n} line ends, an optional header
 * {@code x0, x1, ..., label}. Writes go through a temporary file, so a failure never leaves half a
 * file. Stateless and thread-safe.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /**
     * Writes a matrix.
     *
     * @param file target, replaced if it exists
     * @param matrix the values
     * @param options delimiter and header; a label column in the options is ignored
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an argument is null
     */
    public static void write(Path file, Matrix matrix, CsvOptions options) throws IOException {
        if (matrix == null || options == null) {
            throw new IllegalArgumentException("matrix and options must not be null");
        }
        write(file, matrix, null, -1, options);
    }

    /**
     * Writes features with their labels in the options' label column.
     *
     * @param file target, replaced if it exists
     * @param data features and labels
     * @param options delimiter, header and label column (required; {@code -1} puts the labels last)
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if an argument is null, the options name no label column, or
     *     the label column is out of range for {@code data.dimension() + 1} columns
     */
    public static void write(Path file, LabeledData data, CsvOptions options) throws IOException {
        if (data == null || options == null) {
            throw new IllegalArgumentException("data and options must not be null");
        }
        if (options.labelColumn().isEmpty()) {
            throw new IllegalArgumentException("options must name a label column to write labels, got " + options);
        }
        int width = data.dimension() + 1;
        int c = options.labelColumn().getAsInt();
        int labelCol = c < 0 ? width + c : c;
        if (labelCol < 0 || labelCol >= width) {
            throw new IllegalArgumentException("labelColumn " + c + " is out of range for " + width + " columns");
        }
        write(file, data.features(), data.labels(), labelCol, options);
    }

    private static void write(Path file, Matrix x, int[] labels, int labelCol, CsvOptions options) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(options.delimiter())
                .setRecordSeparator('\n')
                .get();
        double[] v = RawAccess.data(x);
        int cols = x.cols();
        int width = labels == null ? cols : cols + 1;
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(w, format);
            String[] record = new String[width];
            if (options.header()) {
                for (int j = 0, f = 0; j < width; j++) {
                    record[j] = j == labelCol ? "label" : "x" + f++;
                }
                printer.printRecord((Object[]) record);
            }
            for (int i = 0; i < x.rows(); i++) {
                for (int j = 0, f = 0; j < width; j++) {
                    record[j] = j == labelCol ? Integer.toString(labels[i]) : Double.toString(v[i * cols + f++]);
                }
                printer.printRecord((Object[]) record);
            }
            printer.flush();
        });
    }
}
