package io.github.ot4j.solver;

/**
 * Anderson acceleration (type II, with differences; Walker &amp; Ni 2011, SIAM J. Numer. Anal.
 * 49(4)) of a fixed-point iteration {@code x ← G(x)} on vectors: given the input {@code x_t} and
 * output {@code G(x_t)}, the next input is {@code G(x_t) - ΔG γ} with
 * {@code γ = argmin |r_t - ΔR γ|}, where {@code r = G(x) - x} and {@code ΔR, ΔG} hold the last
 * {@code depth} differences of residuals and outputs. The small least-squares problem is solved
 * through its (regularized) normal equations, whose Gram matrix is updated incrementally. The
 * history is cleared when the residual grows, which keeps the plain iteration as a fallback.
 */
final class AndersonMixer {

    private final int depth;
    private final int size;
    private final double[][] dr;
    private final double[][] dg;
    private final double[][] gram;
    private final double[] previousResidual;
    private final double[] previousOutput;
    private final double[] residual;
    private double previousNorm = Double.NaN;
    private int count;
    private int head;
    private boolean started;

    AndersonMixer(int depth, int size) {
        this.depth = depth;
        this.size = size;
        this.dr = new double[depth][size];
        this.dg = new double[depth][size];
        this.gram = new double[depth][depth];
        this.previousResidual = new double[size];
        this.previousOutput = new double[size];
        this.residual = new double[size];
    }

    /**
     * @param x the input that produced {@code gx}; not modified
     * @param gx {@code G(x)}; overwritten with the next input
     */
    void mix(double[] x, double[] gx) {
        double norm = 0;
        for (int k = 0; k < size; k++) {
            double r = gx[k] - x[k];
            residual[k] = r;
            norm += r * r;
        }
        if (started && norm > 4 * previousNorm) {
            count = 0; // the residual grew: restart from the plain step
        } else if (started) {
            int slot = (head + count) % depth;
            if (count == depth) {
                head = (head + 1) % depth;
                slot = (head + depth - 1) % depth;
                count--;
            }
            double[] a = dr[slot];
            double[] b = dg[slot];
            for (int k = 0; k < size; k++) {
                a[k] = residual[k] - previousResidual[k];
                b[k] = gx[k] - previousOutput[k];
            }
            count++;
            for (int i = 0; i < count; i++) {
                int s = (head + i) % depth;
                double d = dot(dr[s], a);
                gram[s][slot] = d;
                gram[slot][s] = d;
            }
        }
        System.arraycopy(residual, 0, previousResidual, 0, size);
        System.arraycopy(gx, 0, previousOutput, 0, size);
        previousNorm = norm;
        started = true;
        if (count == 0) {
            return;
        }
        double[][] a = new double[count][count];
        double[] rhs = new double[count];
        double trace = 0;
        for (int i = 0; i < count; i++) {
            int si = (head + i) % depth;
            rhs[i] = dot(dr[si], residual);
            for (int j = 0; j < count; j++) {
                a[i][j] = gram[si][(head + j) % depth];
            }
            trace += a[i][i];
        }
        double reg = 1e-10 * trace / count;
        for (int i = 0; i < count; i++) {
            a[i][i] += reg;
        }
        double[] gamma = solve(a, rhs);
        if (gamma == null) {
            count = 0;
            return;
        }
        for (int i = 0; i < count; i++) {
            double c = gamma[i];
            double[] d = dg[(head + i) % depth];
            for (int k = 0; k < size; k++) {
                gx[k] -= c * d[k];
            }
        }
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += x[k] * y[k];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting; null if singular. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            if (!(Math.abs(a[p][c]) > 0)) {
                return null;
            }
            double[] tr = a[c];
            a[c] = a[p];
            a[p] = tr;
            double tb = b[c];
            b[c] = b[p];
            b[p] = tb;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k < n; k++) {
                    a[r][k] -= f * a[c][k];
                }
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = s / a[r][r];
        }
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        return x;
    }
}
