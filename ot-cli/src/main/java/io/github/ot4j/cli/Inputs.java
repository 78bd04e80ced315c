package io.github.ot4j.cli;

import io.github.ot4j.datasets.io.NpyArray;
import io.github.ot4j.datasets.io.NpyReader;
import io.github.ot4j.geometry.Matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading command inputs, with messages that name the option and the file. */
final class Inputs {
    private Inputs() {
    }

    static NpyArray npy(String option, Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(option + ": file not found: " + file);
        }
        return NpyReader.read(file);
    }

    static Matrix matrix(String option, Path file) throws IOException {
        NpyArray a = npy(option, file);
        if (a.ndim() != 2) {
            throw new IllegalArgumentException(option + ": " + file + " must hold a 2-D array, but its shape is "
                    + a.shapeString());
        }
        try {
            return a.toMatrix();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + file + ": " + e.getMessage(), e);
        }
    }

    static double[] vector(String option, Path file) throws IOException {
        if (file == null) {
            return null;
        }
        NpyArray a = npy(option, file);
        if (a.ndim() != 1) {
            throw new IllegalArgumentException(option + ": " + file + " must hold a 1-D array, but its shape is "
                    + a.shapeString());
        }
        return a.toDoubleVector();
    }

    static int[] labels(String option, Path file) throws IOException {
        if (file == null) {
            return null;
        }
        NpyArray a = npy(option, file);
        if (a.ndim() != 1) {
            throw new IllegalArgumentException(option + ": " + file + " must hold a 1-D array of labels, but its shape is "
                    + a.shapeString());
        }
        return a.toIntVector();
    }
}
