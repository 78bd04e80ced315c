package io.github.ot4j.geometry;

/** Small array helpers for this package. */
final class RawMatrix {
    private RawMatrix() {
    }

    static double[][] toArray(double[] data, int rows, int cols) {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = java.util.Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
        }
        return out;
    }

    static double[] transpose(double[] data, int rows, int cols) {
        double[] out = new double[data.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j * rows + i] = data[i * cols + j];
            }
        }
        return out;
    }
}
