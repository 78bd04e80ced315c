package io.github.ot4j.internal;

/** The scalar reference implementation of {@link Kernels}; the oracle in tests. */
public final class ScalarKernels implements Kernels {

    /** The instance. */
    public static final ScalarKernels INSTANCE = new ScalarKernels();

    private ScalarKernels() {
    }

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public double dot(double[] x, int xOff, double[] y, int yOff, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < len; j += 4) {
            s0 += x[xOff + j] * y[yOff + j];
            s1 += x[xOff + j + 1] * y[yOff + j + 1];
            s2 += x[xOff + j + 2] * y[yOff + j + 2];
            s3 += x[xOff + j + 3] * y[yOff + j + 3];
        }
        for (; j < len; j++) {
            s0 += x[xOff + j] * y[yOff + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public double dot(float[] x, int xOff, double[] y, int yOff, int len) {
        double s0 = 0;
        double s1 = 0;
        int j = 0;
        for (; j + 1 < len; j += 2) {
            s0 += x[xOff + j] * y[yOff + j];
            s1 += x[xOff + j + 1] * y[yOff + j + 1];
        }
        for (; j < len; j++) {
            s0 += x[xOff + j] * y[yOff + j];
        }
        return s0 + s1;
    }

    @Override
    public void axpy(double alpha, double[] x, int xOff, double[] y, int yOff, int len) {
        for (int j = 0; j < len; j++) {
            y[yOff + j] += alpha * x[xOff + j];
        }
    }

    @Override
    public void axpy(double alpha, float[] x, int xOff, double[] y, int yOff, int len) {
        for (int j = 0; j < len; j++) {
            y[yOff + j] += alpha * x[xOff + j];
        }
    }

    @Override
    public void dot4(double[] x, int off, int stride, double[] y, int len, double[] out) {
        for (int r = 0; r < 4; r++) {
            out[r] = dot(x, off + r * stride, y, 0, len);
        }
    }

    @Override
    public void dot4(float[] x, int off, int stride, double[] y, int len, double[] out) {
        for (int r = 0; r < 4; r++) {
            out[r] = dot(x, off + r * stride, y, 0, len);
        }
    }

    @Override
    public void axpy4(double[] alpha, double[] x, int off, int stride, double[] y, int len) {
        for (int r = 0; r < 4; r++) {
            axpy(alpha[r], x, off + r * stride, y, 0, len);
        }
    }

    @Override
    public void axpy4(double[] alpha, float[] x, int off, int stride, double[] y, int len) {
        for (int r = 0; r < 4; r++) {
            axpy(alpha[r], x, off + r * stride, y, 0, len);
        }
    }

    @Override
    public void expScaled(double[] x, double scale, double[] out, int outOff, int len) {
        for (int j = 0; j < len; j++) {
            out[outOff + j] = Math.exp(scale * x[j]);
        }
    }

    @Override
    public void expScaled(double[] x, double scale, float[] out, int outOff, int len) {
        for (int j = 0; j < len; j++) {
            out[outOff + j] = (float) Math.exp(scale * x[j]);
        }
    }

    @Override
    public double maxDifference(double[] g, int gOff, double[] c, int len) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < len; j++) {
            double z = g[gOff + j] - c[j];
            if (z > max) {
                max = z;
            }
        }
        return max;
    }

    @Override
    public double sumExpDifference(double[] g, int gOff, double[] c, double shift, double invEpsilon, int len) {
        double s = 0;
        for (int j = 0; j < len; j++) {
            s += Math.exp((g[gOff + j] - c[j] - shift) * invEpsilon);
        }
        return s;
    }

    @Override
    public double expDifference(double[] g, int gOff, double[] c, int cOff, double shift, double invEpsilon,
                                double[] out, int len) {
        double s = 0;
        for (int j = 0; j < len; j++) {
            double e = Math.exp((g[gOff + j] - c[cOff + j] - shift) * invEpsilon);
            out[j] = e;
            s += e;
        }
        return s;
    }

    @Override
    public void accumulateExp(double fi, double[] g, double[] c, double invEpsilon, double[] acc, int off, int len) {
        for (int j = 0; j < len; j++) {
            acc[off + j] += Math.exp((fi + g[off + j] - c[j]) * invEpsilon);
        }
    }

    @Override
    public void maxAccumulate(double fi, double[] c, double[] max, int off, int len) {
        for (int j = 0; j < len; j++) {
            double z = fi - c[j];
            if (z > max[off + j]) {
                max[off + j] = z;
            }
        }
    }
}
