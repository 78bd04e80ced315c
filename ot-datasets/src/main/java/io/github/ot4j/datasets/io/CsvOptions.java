package io.github.ot4j.datasets.io;

import java.util.OptionalInt;

/**
 * How a delimited text file is laid out: the delimiter, whether the first record is a header, and
 * which column (if any) holds integer class labels. Start from {@link #csv()} or {@link #tsv()}
 * and refine with the {@code with*} methods, which return new objects.
 *
 * @param delimiter the field separator; not a quote, CR or LF
 * @param header true if the first record holds column names (skipped when reading)
 * @param labelColumn the 0-based label column, or a negative index counted from the end
 *     ({@code -1} is the last column); empty when there is no label column
 */
public record CsvOptions(char delimiter, boolean header, OptionalInt labelColumn) {

    /**
     * @param delimiter the field separator; not a quote, CR or LF
     * @param header true if the first record holds column names (skipped when reading)
     * @param labelColumn the 0-based label column, or a negative index counted from the end ({@code -1} is the last column); empty when there is no label column
     * @throws IllegalArgumentException if the delimiter is a quote or line break, or
     *     {@code labelColumn} is null
     */
    public CsvOptions {
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("delimiter must not be a quote or line break, got '"
                    + (delimiter == '"' ? "\"" : delimiter == '\r' ? "\\r" : "\\n") + "'");
        }
        if (labelColumn == null) {
            throw new IllegalArgumentException("labelColumn must not be null (use OptionalInt.empty())");
        }
    }

    /** @return comma-separated, no header, no label column */
    public static CsvOptions csv() {
        return new CsvOptions(',', false, OptionalInt.empty());
    }

    /** @return tab-separated, no header, no label column */
    public static CsvOptions tsv() {
        return new CsvOptions('\t', false, OptionalInt.empty());
    }

    /**
     * @param newDelimiter the field separator
     * @return a copy with that delimiter
     */
    public CsvOptions withDelimiter(char newDelimiter) {
        return new CsvOptions(newDelimiter, header, labelColumn);
    }

    /**
     * @param hasHeader whether the first record is a header to skip
     * @return a copy with that header setting
     */
    public CsvOptions withHeader(boolean hasHeader) {
        return new CsvOptions(delimiter, hasHeader, labelColumn);
    }

    /**
     * @param column 0-based label column, or negative to count from the end ({@code -1} = last)
     * @return a copy with that label column
     */
    public CsvOptions withLabelColumn(int column) {
        return new CsvOptions(delimiter, header, OptionalInt.of(column));
    }

    /** @return a copy without a label column */
    public CsvOptions withoutLabelColumn() {
        return new CsvOptions(delimiter, header, OptionalInt.empty());
    }
}
