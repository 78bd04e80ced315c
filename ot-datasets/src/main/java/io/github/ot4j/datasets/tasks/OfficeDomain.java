package io.github.ot4j.datasets.tasks;

import io.github.ot4j.datasets.io.MalformedDataException;
import io.github.ot4j.datasets.io.NpyArray;
import io.github.ot4j.datasets.io.NpyReader;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The four Office-Caltech10 domains (Gong et al., CVPR 2012), with the same 10 classes in each.
 */
public enum OfficeDomain {
    /** Amazon product images, 958 samples. */
    AMAZON("amazon", "A", 958),
    /** Caltech-256 images, 1123 samples. */
    CALTECH("caltech", "C", 1123),
    /** DSLR photos, 157 samples. */
    DSLR("dslr", "D", 157),
    /** Webcam photos, 295 samples. */
    WEBCAM("webcam", "W", 295);

    private final String fileStem;
    private final String letter;
    private final int size;

    OfficeDomain(String fileStem, String letter, int size) {
        this.fileStem = fileStem;
        this.letter = letter;
        this.size = size;
    }

    /** @return the lower-case name used in file names, e.g. {@code amazon} */
    public String fileStem() {
        return fileStem;
    }

    /** @return the one-letter name used in tables, e.g. {@code A} */
    public String letter() {
        return letter;
    }

    /** @return the number of samples in the standard release */
    public int size() {
        return size;
    }

    /**
     * @param letter {@code A}, {@code C}, {@code D} or {@code W} (case-insensitive)
     * @return the domain
     * @throws IllegalArgumentException for any other letter
     */
    public static OfficeDomain ofLetter(String letter) {
        for (OfficeDomain d : values()) {
            if (d.letter.equalsIgnoreCase(letter)) {
                return d;
            }
        }
        throw new IllegalArgumentException("letter must be one of A, C, D, W, got " + letter);
    }

    /**
     * The split permutations {@code office_caltech10/splits/<domain>_perm_seeds0-9.npy}: row
     * {@code s} is what numpy's legacy {@code np.random.seed(s); np.random.shuffle(range(n))}
     * produces, which is how InfoOT's scripts split.
     *
     * @param data the data directory
     * @return {@code 10 × size()} permutations, row = seed
     * @throws MissingDataException if the file is absent
     * @throws MalformedDataException if a row is not a permutation of {@code 0..size()-1}
     * @throws IOException if the file cannot be read
     */
    public int[][] splitPermutations(DataDirectory data) throws IOException {
        String rel = "office_caltech10/splits/" + fileStem + "_perm_seeds0-9.npy";
        Path file = data.require(rel, "the split permutations shipped with the datasets (datasets README section 3d)");
        NpyArray a = NpyReader.read(file);
        if (a.ndim() != 2 || a.cols() < 1 || a.dtype().isFloating()) {
            throw MalformedDataException.of(file.toString(), "expected an integer (seeds, n) array, got "
                    + a.dtype().code() + " " + a.shapeString());
        }
        int rows = a.rows();
        int n = a.cols();
        int[][] out = new int[rows][n];
        for (int s = 0; s < rows; s++) {
            boolean[] seen = new boolean[n];
            for (int k = 0; k < n; k++) {
                double v = a.getDouble(s * n + k);
                if (v < 0 || v >= n || seen[(int) v]) {
                    throw MalformedDataException.of(file.toString(), "row " + s + " is not a permutation of 0.." + (n - 1)
                            + " (entry " + k + " = " + v + ")");
                }
                seen[(int) v] = true;
                out[s][k] = (int) v;
            }
        }
        return out;
    }
}
