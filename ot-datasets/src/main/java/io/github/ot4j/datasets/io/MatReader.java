package io.github.ot4j.datasets.io;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.RawAccess;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.MatFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads numeric variables from MATLAB level-5 {@code .mat} files (the format of MATLAB up to 7.2
 * and of {@code save -v7}) through MFL ({@code us.hebi.matlab.mat:mfl-core}).
 *
 * <p>Any real numeric or logical class is accepted (double, single, int8 to uint64) and converted
 * to double; this matters because MATLAB stores integer-valued doubles compactly (for example as
 * uint8) and some tools then report them as uint8. Dense and sparse 2-D arrays are supported.
 *
 * <p>The Office-Caltech files use the key pairs {@code feas}/{@code labels} (DeCAF),
 * {@code fts}/{@code labels} (SURF) and {@code feas}/{@code label} (z-scored SURF);
 * {@link #readLabeled(Path)} finds them automatically. A missing key, a non-numeric, complex or
 * more-than-2-D variable, non-finite features, non-integer labels, MATLAB 7.3 (HDF5) files and
 * files MFL cannot parse give a {@link MalformedDataException} naming the file, and for keys,
 * the keys present. Stateless and thread-safe.
 */
public final class MatReader {

    /** Feature keys tried by {@link #readLabeled(Path)}, in order. */
    static final List<String> FEATURE_KEYS = List.of("feas", "fts", "X", "features", "data");
    /** Label keys tried by {@link #readLabeled(Path)}, in order. */
    static final List<String> LABEL_KEYS = List.of("labels", "label", "y", "Y", "gnd");

    private MatReader() {
    }

    /**
     * @param file a MATLAB v5 file
     * @return the variable names in file order
     * @throws MalformedDataException if the file is not a readable v5 MAT-file
     * @throws IOException if the file cannot be read
     */
    public static List<String> keys(Path file) throws IOException {
        try (Mat5File mat = open(file)) {
            return keys(mat);
        }
    }

    /**
     * Reads one numeric variable as a matrix (MATLAB's rows and columns kept).
     *
     * @param file a MATLAB v5 file
     * @param key the variable name
     * @return the matrix
     * @throws MalformedDataException if the key is missing (the message lists the keys present),
     *     the variable is not a real 2-D numeric array, or holds NaN or infinities
     * @throws IOException if the file cannot be read
     */
    public static Matrix readMatrix(Path file, String key) throws IOException {
        requireKey(key, "key");
        try (Mat5File mat = open(file)) {
            return matrix(file, mat, key);
        }
    }

    /**
     * Reads a label vector ({@code n × 1} or {@code 1 × n}) of integer values.
     *
     * @param file a MATLAB v5 file
     * @param key the variable name
     * @return the labels
     * @throws MalformedDataException if the key is missing, the variable is not a vector, or a value
     *     is not an integer
     * @throws IOException if the file cannot be read
     */
    public static int[] readLabels(Path file, String key) throws IOException {
        requireKey(key, "key");
        try (Mat5File mat = open(file)) {
            return labels(file, mat, key);
        }
    }

    /**
     * Reads features (one sample per row) and labels from the given keys.
     *
     * @param file a MATLAB v5 file
     * @param featuresKey the feature variable
     * @param labelsKey the label variable
     * @return the labelled data
     * @throws MalformedDataException if a key is missing, the shapes disagree, or the values are
     *     not as described for {@link #readMatrix} and {@link #readLabels}
     * @throws IOException if the file cannot be read
     */
    public static LabeledData readLabeled(Path file, String featuresKey, String labelsKey) throws IOException {
        requireKey(featuresKey, "featuresKey");
        requireKey(labelsKey, "labelsKey");
        try (Mat5File mat = open(file)) {
            Matrix x = matrix(file, mat, featuresKey);
            int[] y = labels(file, mat, labelsKey);
            if (y.length != x.rows()) {
                throw MalformedDataException.of(file.toString(), "'" + labelsKey + "' has " + y.length
                        + " entries but '" + featuresKey + "' has " + x.rows() + " rows");
            }
            return new LabeledData(x, y);
        }
    }

    /**
     * Reads features and labels, choosing the first present key of {@code feas, fts, X, features,
     * data} for the features and of {@code labels, label, y, Y, gnd} for the labels.
     *
     * @param file a MATLAB v5 file
     * @return the labelled data
     * @throws MalformedDataException if no known feature or label key is present (the message lists
     *     the keys present), or as for {@link #readLabeled(Path, String, String)}
     * @throws IOException if the file cannot be read
     */
    public static LabeledData readLabeled(Path file) throws IOException {
        List<String> present = keys(file);
        String fk = FEATURE_KEYS.stream().filter(present::contains).findFirst().orElse(null);
        String lk = LABEL_KEYS.stream().filter(present::contains).findFirst().orElse(null);
        if (fk == null || lk == null) {
            throw MalformedDataException.of(file.toString(), "no " + (fk == null ? "feature key (tried "
                    + FEATURE_KEYS + ")" : "label key (tried " + LABEL_KEYS + ")") + "; keys present: " + present);
        }
        return readLabeled(file, fk, lk);
    }

    private static Mat5File open(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        String source = file.toString();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(128);
        }
        String text = new String(head, 0, Math.min(head.length, 116), StandardCharsets.ISO_8859_1);
        if (text.startsWith("MATLAB 7.3 MAT-file") || (head.length >= 8 && head[0] == (byte) 0x89 && head[1] == 'H')) {
            throw MalformedDataException.of(source, "MATLAB 7.3 (HDF5) files are not supported; convert the "
                    + "variables to .npy (for example with h5py) or re-save with save -v7");
        }
        if (head.length < 128) {
            throw MalformedDataException.atOffset(source, head.length, "file truncated: a MAT-file header has 128 bytes");
        }
        try {
            return Mat5.readFromFile(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw MalformedDataException.wrap(source, "not a readable MATLAB v5 MAT-file: " + e.getMessage(), e);
        }
    }

    private static List<String> keys(MatFile mat) {
        List<String> out = new ArrayList<>();
        for (MatFile.Entry e : mat.getEntries()) {
            out.add(e.getName());
        }
        return out;
    }

    private static us.hebi.matlab.mat.types.Matrix numeric(Path file, MatFile mat, String key) throws MalformedDataException {
        List<String> present = keys(mat);
        if (!present.contains(key)) {
            throw MalformedDataException.of(file.toString(), "missing key '" + key + "'; keys present: " + present);
        }
        Array a = mat.getArray(key);
        if (!(a instanceof us.hebi.matlab.mat.types.Matrix m)) {
            throw MalformedDataException.of(file.toString(), "'" + key + "' is a " + a.getType()
                    + " array, not a numeric matrix");
        }
        if (m.isComplex()) {
            throw MalformedDataException.of(file.toString(), "'" + key + "' is complex; only real arrays are supported");
        }
        if (m.getNumDimensions() != 2) {
            throw MalformedDataException.of(file.toString(), "'" + key + "' has " + m.getNumDimensions()
                    + " dimensions; only 2-D arrays are supported");
        }
        return m;
    }

    private static Matrix matrix(Path file, MatFile mat, String key) throws MalformedDataException {
        us.hebi.matlab.mat.types.Matrix m = numeric(file, mat, key);
        int rows = m.getNumRows();
        int cols = m.getNumCols();
        if (rows == 0 || cols == 0) {
            throw MalformedDataException.of(file.toString(), "'" + key + "' is empty (" + rows + " x " + cols + ")");
        }
        double[] data = new double[Math.multiplyExact(rows, cols)];
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                double v = m.getDouble(i, j);
                if (!Double.isFinite(v)) {
                    throw MalformedDataException.of(file.toString(), "'" + key + "'(" + (i + 1) + "," + (j + 1)
                            + ") is " + v + "; only finite values are supported");
                }
                data[i * cols + j] = v;
            }
        }
        return RawAccess.wrap(rows, cols, data);
    }

    private static int[] labels(Path file, MatFile mat, String key) throws MalformedDataException {
        us.hebi.matlab.mat.types.Matrix m = numeric(file, mat, key);
        if (m.getNumRows() != 1 && m.getNumCols() != 1) {
            throw MalformedDataException.of(file.toString(), "'" + key + "' is " + m.getNumRows() + " x "
                    + m.getNumCols() + "; labels must be a vector");
        }
        int n = m.getNumElements();
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            double v = m.getDouble(k);
            if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw MalformedDataException.of(file.toString(), "'" + key + "'(" + (k + 1) + ") = " + v
                        + " is not an integer label");
            }
            out[k] = (int) v;
        }
        return out;
    }

    private static void requireKey(String key, String name) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException(name + " must be a non-empty variable name, got " + key);
        }
    }
}
