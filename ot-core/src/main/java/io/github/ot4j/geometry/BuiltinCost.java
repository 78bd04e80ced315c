package io.github.ot4j.geometry;

/**
 * Built-in costs with row kernels over a column-major (transposed) target set, which the JIT
 * vectorizes: for a fixed source point the loop runs over target points with unit stride.
 */
abstract class BuiltinCost implements CostFunction {

    /**
     * Writes {@code out[j - from] = c(x, y_j)} for {@code j in [from, to)}.
     *
     * @param x array holding the source point
     * @param xOffset its start
     * @param yt targets, column-major: coordinate k of target j at {@code yt[k * m + j]}
     * @param aux per-target auxiliary values from {@link #auxiliary}, or null
     * @param m number of targets
     * @param d dimension
     * @param from first target
     * @param to end target (exclusive)
     * @param out output, length at least {@code to - from}
     */
    abstract void costRow(double[] x, int xOffset, double[] yt, double[] aux, int m, int d,
                          int from, int to, double[] out);

    /**
     * @param yt column-major targets
     * @param m number of targets
     * @param d dimension
     * @return per-target values the row kernel needs (e.g. norms), or null
     */
    double[] auxiliary(double[] yt, int m, int d) {
        return null;
    }

    static void squaredDistances(double[] x, int xOffset, double[] yt, int m, int d, int from, int to, double[] out) {
        int len = to - from;
        double x0 = x[xOffset];
        for (int j = 0; j < len; j++) {
            double t = x0 - yt[from + j];
            out[j] = t * t;
        }
        for (int k = 1; k < d; k++) {
            double xk = x[xOffset + k];
            int base = k * m + from;
            for (int j = 0; j < len; j++) {
                double t = xk - yt[base + j];
                out[j] += t * t;
            }
        }
    }

    static final class SquaredEuclidean extends BuiltinCost {
        static final SquaredEuclidean INSTANCE = new SquaredEuclidean();

        @Override
        public double cost(double[] x, double[] y) {
            return cost(x, 0, y, 0, x.length);
        }

        @Override
        public double cost(double[] xs, int xOffset, double[] ys, int yOffset, int dimension) {
            double s = 0;
            for (int k = 0; k < dimension; k++) {
                double t = xs[xOffset + k] - ys[yOffset + k];
                s += t * t;
            }
            return s;
        }

        @Override
        void costRow(double[] x, int xOffset, double[] yt, double[] aux, int m, int d, int from, int to, double[] out) {
            squaredDistances(x, xOffset, yt, m, d, from, to, out);
        }

        @Override
        public String name() {
            return "sqeuclidean";
        }
    }

    static final class Euclidean extends BuiltinCost {
        static final Euclidean INSTANCE = new Euclidean();

        @Override
        public double cost(double[] x, double[] y) {
            return cost(x, 0, y, 0, x.length);
        }

        @Override
        public double cost(double[] xs, int xOffset, double[] ys, int yOffset, int dimension) {
            return Math.sqrt(SquaredEuclidean.INSTANCE.cost(xs, xOffset, ys, yOffset, dimension));
        }

        @Override
        void costRow(double[] x, int xOffset, double[] yt, double[] aux, int m, int d, int from, int to, double[] out) {
            squaredDistances(x, xOffset, yt, m, d, from, to, out);
            int len = to - from;
            for (int j = 0; j < len; j++) {
                out[j] = Math.sqrt(out[j]);
            }
        }

        @Override
        public String name() {
            return "euclidean";
        }
    }

    static final class Cosine extends BuiltinCost {
        static final Cosine INSTANCE = new Cosine();

        @Override
        public double cost(double[] x, double[] y) {
            return cost(x, 0, y, 0, x.length);
        }

        @Override
        public double cost(double[] xs, int xOffset, double[] ys, int yOffset, int dimension) {
            double xy = 0;
            double xx = 0;
            double yy = 0;
            for (int k = 0; k < dimension; k++) {
                double a = xs[xOffset + k];
                double b = ys[yOffset + k];
                xy += a * b;
                xx += a * a;
                yy += b * b;
            }
            return fromParts(xy, Math.sqrt(xx), Math.sqrt(yy));
        }

        private static double fromParts(double xy, double nx, double ny) {
            if (nx == 0 || ny == 0) {
                return 1;
            }
            double c = 1 - xy / (nx * ny);
            return c < 0 ? 0 : c;
        }

        @Override
        double[] auxiliary(double[] yt, int m, int d) {
            double[] norms = new double[m];
            for (int k = 0; k < d; k++) {
                for (int j = 0; j < m; j++) {
                    double v = yt[k * m + j];
                    norms[j] += v * v;
                }
            }
            for (int j = 0; j < m; j++) {
                norms[j] = Math.sqrt(norms[j]);
            }
            return norms;
        }

        @Override
        void costRow(double[] x, int xOffset, double[] yt, double[] aux, int m, int d, int from, int to, double[] out) {
            int len = to - from;
            java.util.Arrays.fill(out, 0, len, 0.0);
            double xx = 0;
            for (int k = 0; k < d; k++) {
                double xk = x[xOffset + k];
                xx += xk * xk;
                int base = k * m + from;
                for (int j = 0; j < len; j++) {
                    out[j] += xk * yt[base + j];
                }
            }
            double nx = Math.sqrt(xx);
            for (int j = 0; j < len; j++) {
                out[j] = fromParts(out[j], nx, aux[from + j]);
            }
        }

        @Override
        public String name() {
            return "cosine";
        }
    }

    static final class Minkowski extends BuiltinCost {
        private final double p;

        Minkowski(double p) {
            this.p = p;
        }

        @Override
        public double cost(double[] x, double[] y) {
            return cost(x, 0, y, 0, x.length);
        }

        @Override
        public double cost(double[] xs, int xOffset, double[] ys, int yOffset, int dimension) {
            double s = 0;
            for (int k = 0; k < dimension; k++) {
                s += term(Math.abs(xs[xOffset + k] - ys[yOffset + k]));
            }
            return finish(s);
        }

        private double term(double t) {
            return p == 1 ? t : Math.pow(t, p);
        }

        private double finish(double s) {
            return p == 1 ? s : Math.pow(s, 1 / p);
        }

        @Override
        void costRow(double[] x, int xOffset, double[] yt, double[] aux, int m, int d, int from, int to, double[] out) {
            int len = to - from;
            java.util.Arrays.fill(out, 0, len, 0.0);
            for (int k = 0; k < d; k++) {
                double xk = x[xOffset + k];
                int base = k * m + from;
                for (int j = 0; j < len; j++) {
                    out[j] += term(Math.abs(xk - yt[base + j]));
                }
            }
            if (p != 1) {
                for (int j = 0; j < len; j++) {
                    out[j] = finish(out[j]);
                }
            }
        }

        @Override
        public String name() {
            return p == 1 ? "cityblock" : "minkowski:" + p;
        }
    }

    @Override
    public String toString() {
        return "CostFunction[" + name() + "]";
    }
}
