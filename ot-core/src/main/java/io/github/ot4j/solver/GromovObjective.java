package io.github.ot4j.solver;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Blocks;
import io.github.ot4j.internal.Parallel;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.internal.linalg.DenseProducts;
import io.github.ot4j.internal.linalg.LowRank;
import io.github.ot4j.problem.GromovLoss;
import io.github.ot4j.problem.QuadraticProblem;

/**
 * The Gromov-Wasserstein energy {@code GW(T) = Σ_{i,j,k,l} L(C1_ik, C2_jl) T_ij T_kl} of a
 * {@link QuadraticProblem} as a {@link SmoothObjective}, computed without the
 * {@code n² × m²} tensor: with {@code L(a, b) = f1(a) + f2(b) - h1(a) h2(b)} (see
 * {@link GromovLoss}) and a plan with marginals {@code p, q},
 * <pre>
 *   tens(T) = constC - h1(C1) T h2(C2)ᵀ,   constC = f1(C1) p 1ᵀ + 1 (f2(C2) q)ᵀ,
 *   GW(T) = &lt;tens(T), T&gt;
 * </pre>
 * (Peyré, Cuturi &amp; Solomon 2016, "Gromov-Wasserstein averaging of kernel and distance
 * matrices", ICML, Proposition 1), i.e. two dense products per evaluation, through ot4j's one
 * dense-product seam. The gradient is {@code 2 tens(T)} when both cost matrices are symmetric,
 * as in POT; otherwise it is the exact {@code tens(T) + tensᵀ(T)}, where {@code tensᵀ} uses
 * {@code C1ᵀ, C2ᵀ} (POT 0.8.2 uses {@code 2 tens(T)} there too, which is not the gradient).
 *
 * <p>{@code constC} assumes that the plan has marginals {@code p, q}; this holds for every plan
 * that {@link MirrorDescent} or the conditional-gradient solver produces.
 *
 * <p>An instance keeps workspaces of size {@code n × m} and is not thread-safe: use one per
 * solve (as {@link EntropicGromovWasserstein} does).
 */
public final class GromovObjective implements SmoothObjective {

    private final int n;
    private final int m;
    /** Largest rank {@link CostFactorization#AUTO} accepts. */
    static final int MAX_FACTOR_RANK = 64;
    /** Residual {@link CostFactorization#AUTO} accepts, relative to the largest entry. */
    static final double FACTOR_TOLERANCE = 1e-13;

    private final double[] constC;
    private final boolean symmetric;
    private final double[] constCt;
    private final Product forward;
    private final Product backward;
    private final int rank1;
    private final int rank2;
    private final double[] tensor;

    private GromovObjective(QuadraticProblem problem, CostFactorization factorization) {
        this.n = problem.rows();
        this.m = problem.cols();
        GromovLoss loss = problem.loss();
        double[] c1 = RawAccess.data(problem.sourceCost());
        double[] c2 = RawAccess.data(problem.targetCost());
        double[] p = problem.a();
        double[] q = problem.b();
        this.symmetric = isSymmetric(c1, n) && isSymmetric(c2, m);
        double[] h1 = new double[n * n];
        double[] h2 = new double[m * m];
        for (int k = 0; k < h1.length; k++) {
            h1[k] = loss.h1(c1[k]);
        }
        for (int k = 0; k < h2.length; k++) {
            h2[k] = loss.h2(c2[k]);
        }
        double[][] f1 = null;
        double[][] f2 = null;
        if (factorization == CostFactorization.AUTO) {
            int maxRank = Math.min(MAX_FACTOR_RANK, Math.min(n, m) / 8);
            f1 = LowRank.factor(h1, n, n, maxRank, FACTOR_TOLERANCE);
            f2 = LowRank.factor(h2, m, m, maxRank, FACTOR_TOLERANCE);
        }
        this.rank1 = f1 == null ? -1 : f1[0].length / n;
        this.rank2 = f2 == null ? -1 : f2[0].length / m;
        this.constC = constant(loss, c1, c2, p, q, n, m, false);
        this.constCt = symmetric ? null : constant(loss, c1, c2, p, q, n, m, true);
        this.forward = new Product(n, m, h1, f1, h2, f2, false);
        this.backward = symmetric ? null : new Product(n, m, h1, f1, h2, f2, true);
        this.tensor = new double[n * m];
    }

    /**
     * @param problem the problem; only its costs, weights and loss are used (not the feature
     *     cost or {@code α})
     * @return a new objective for this problem
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public static GromovObjective of(QuadraticProblem problem) {
        return of(problem, CostFactorization.AUTO);
    }

    /**
     * @param problem the problem; only its costs, weights and loss are used
     * @param factorization whether to look for exact low-rank factors of the cost matrices
     * @return a new objective for this problem
     * @throws IllegalArgumentException if an argument is null
     */
    public static GromovObjective of(QuadraticProblem problem, CostFactorization factorization) {
        if (problem == null || factorization == null) {
            throw new IllegalArgumentException("problem and factorization must not be null");
        }
        return new GromovObjective(problem, factorization);
    }

    /**
     * {@code constC_ij = Σ_k f1(C1_ik) p_k + Σ_l f2(C2_jl) q_l} (with transposed costs if asked).
     */
    private static double[] constant(GromovLoss loss, double[] c1, double[] c2, double[] p, double[] q, int n, int m,
                                     boolean transposed) {
        // Each row and column term is its own sequential sum, so splitting the rows (columns)
        // across threads changes no value; the passes are O(n² + m²) evaluations of the loss.
        double[] rowTerm = new double[n];
        int rowChunks = Parallel.chunks(0, (long) n * n, n);
        Parallel.run(rowChunks, c -> {
            for (int i = Parallel.start(c, rowChunks, n); i < Parallel.start(c + 1, rowChunks, n); i++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += loss.f1(transposed ? c1[k * n + i] : c1[i * n + k]) * p[k];
                }
                rowTerm[i] = s;
            }
        });
        double[] colTerm = new double[m];
        int colChunks = Parallel.chunks(0, (long) m * m, m);
        Parallel.run(colChunks, c -> {
            for (int j = Parallel.start(c, colChunks, m); j < Parallel.start(c + 1, colChunks, m); j++) {
                double s = 0;
                for (int l = 0; l < m; l++) {
                    s += loss.f2(transposed ? c2[l * m + j] : c2[j * m + l]) * q[l];
                }
                colTerm[j] = s;
            }
        });
        double[] out = new double[n * m];
        Blocks.run(0, out.length, n, Blocks.rowsPerBlock(m), (b, from, to) -> {
            for (int i = from; i < to; i++) {
                for (int j = 0; j < m; j++) {
                    out[i * m + j] = rowTerm[i] + colTerm[j];
                }
            }
        });
        return out;
    }

    private static boolean isSymmetric(double[] c, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (c[i * n + j] != c[j * n + i]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return true when both cost matrices are symmetric (then the gradient is {@code 2 tens(T)}) */
    public boolean isSymmetric() {
        return symmetric;
    }

    /**
     * @return the rank of the factorization used for {@code h1(C1)}, or -1 if it is applied as
     *     a dense matrix
     */
    public int sourceRank() {
        return rank1;
    }

    /**
     * @return the rank of the factorization used for {@code h2(C2)}, or -1 if it is applied as
     *     a dense matrix
     */
    public int targetRank() {
        return rank2;
    }

    /** @return number of source points */
    public int rows() {
        return n;
    }

    /** @return number of target points */
    public int cols() {
        return m;
    }

    /**
     * Writes {@code tens(T) = constC - h1(C1) T h2(C2)ᵀ} (POT's {@code tensor_product}).
     *
     * @param plan T, row-major {@code n × m}; not modified
     * @param out destination, {@code n × m}, must not be {@code plan}
     * @throws IllegalArgumentException if an array has the wrong length
     */
    public void tensor(double[] plan, double[] out) {
        requireSize("plan", plan);
        requireSize("out", out);
        tensorInto(plan, out);
    }

    /** {@code out = constC - h1 T h2ᵀ}. */
    private void tensorInto(double[] plan, double[] out) {
        forward.apply(plan, out);
        // elementwise, so any split across threads gives the same entries (see Blocks for the threshold)
        Blocks.run(0, out.length, out.length, Blocks.SIZE, (b, from, to) -> {
            for (int k = from; k < to; k++) {
                out[k] = constC[k] - out[k];
            }
        });
    }

    /**
     * {@code GW(T) = <tens(T), T>} (POT's {@code gwloss}).
     *
     * @param plan T, row-major; not modified
     * @return the value
     */
    public double value(double[] plan) {
        requireSize("plan", plan);
        tensorInto(plan, tensor);
        return dot(tensor, plan);
    }

    @Override
    public double value(double[] plan, int rows, int cols) {
        requireShape(rows, cols);
        return value(plan);
    }

    @Override
    public double valueAndGradient(double[] plan, int rows, int cols, double[] gradient) {
        requireShape(rows, cols);
        requireSize("plan", plan);
        requireSize("gradient", gradient);
        // One pass over the n × m arrays after the dense products, a sum over fixed blocks added
        // in block order (Blocks.sum), so that GW(T) does not depend on the number of threads.
        if (symmetric) {
            // tens = constC - h1 T h2ᵀ, GW = <tens, T>, gradient = 2 tens
            forward.apply(plan, gradient);
            return Blocks.sum(0, gradient.length, (from, to) -> {
                double s0 = 0;
                double s1 = 0;
                int k = from;
                for (; k + 1 < to; k += 2) {
                    double t0 = constC[k] - gradient[k];
                    double t1 = constC[k + 1] - gradient[k + 1];
                    s0 += t0 * plan[k];
                    s1 += t1 * plan[k + 1];
                    gradient[k] = 2 * t0;
                    gradient[k + 1] = 2 * t1;
                }
                for (; k < to; k++) {
                    double t = constC[k] - gradient[k];
                    s0 += t * plan[k];
                    gradient[k] = 2 * t;
                }
                return s0 + s1;
            });
        }
        // tens = constC - h1 T h2ᵀ, GW = <tens, T>, gradient = tens + (constCt - h1ᵀ T h2)
        forward.apply(plan, tensor);
        backward.apply(plan, gradient);
        return Blocks.sum(0, gradient.length, (from, to) -> {
            double s0 = 0;
            double s1 = 0;
            int k = from;
            for (; k + 1 < to; k += 2) {
                double t0 = constC[k] - tensor[k];
                double t1 = constC[k + 1] - tensor[k + 1];
                s0 += t0 * plan[k];
                s1 += t1 * plan[k + 1];
                gradient[k] = (constCt[k] - gradient[k]) + t0;
                gradient[k + 1] = (constCt[k + 1] - gradient[k + 1]) + t1;
            }
            for (; k < to; k++) {
                double t = constC[k] - tensor[k];
                s0 += t * plan[k];
                gradient[k] = (constCt[k] - gradient[k]) + t;
            }
            return s0 + s1;
        });
    }

    /**
     * The coefficients of {@code GW(T + s D) = GW(T) + s B + s² A} along a direction {@code D}
     * (with {@code constC} held fixed, as for directions between plans with the same marginals):
     * {@code A = -<h1 D h2ᵀ, D>}, {@code B = <constC, D> - <h1 D h2ᵀ, T> - <h1 T h2ᵀ, D>}.
     *
     * @param plan T; not modified
     * @param direction D; not modified
     * @return {@code {A, B}}
     */
    double[] quadraticAlong(double[] plan, double[] direction) {
        forward.apply(direction, tensor);
        double a = -dot(tensor, direction);
        double b = dot(constC, direction) - dot(tensor, plan);
        forward.apply(plan, tensor);
        b -= dot(tensor, direction);
        return new double[] {a, b};
    }

    private void requireShape(int rows, int cols) {
        if (rows != n || cols != m) {
            throw new IllegalArgumentException("the plan is " + rows + " x " + cols + " but the objective is " + n
                    + " x " + m);
        }
    }

    private void requireSize(String name, double[] x) {
        if (x == null || x.length != n * m) {
            throw new IllegalArgumentException(name + " has " + (x == null ? 0 : x.length) + " entries but the problem is "
                    + n + " x " + m);
        }
    }

    /** {@code <x, y>} over fixed blocks on all threads (independent of the thread count). */
    static double dot(double[] x, double[] y) {
        return Blocks.dot(0, x, y);
    }

    /**
     * {@code out = h1 T h2ᵀ} (or, transposed, {@code h1ᵀ T h2}) through dense products, using
     * low-rank factors {@code h = U Vᵀ} where available. Owns its workspaces.
     */
    private static final class Product {
        private final int n;
        private final int m;
        private final double[] h1;
        private final double[] u1;
        private final double[] v1;
        private final int r1;
        private final double[] h2;
        private final double[] u2;
        private final double[] v2;
        private final int r2;
        private final double[] work1;
        private final double[] work2;
        private final double[] work3;

        Product(int n, int m, double[] h1, double[][] f1, double[] h2, double[][] f2, boolean transposed) {
            this.n = n;
            this.m = m;
            // h1ᵀ = V1 U1ᵀ and h2ᵀ's transpose: swapping the factors transposes a factored matrix.
            this.h1 = f1 != null ? null : transposed ? transpose(h1, n) : h1;
            this.u1 = f1 == null ? null : f1[transposed ? 1 : 0];
            this.v1 = f1 == null ? null : f1[transposed ? 0 : 1];
            this.r1 = f1 == null ? -1 : f1[0].length / n;
            this.h2 = f2 != null ? null : transposed ? transpose(h2, m) : h2;
            this.u2 = f2 == null ? null : f2[transposed ? 1 : 0];
            this.v2 = f2 == null ? null : f2[transposed ? 0 : 1];
            this.r2 = f2 == null ? -1 : f2[0].length / m;
            // dense/dense: work1 n×m; factored h1 only: work1 m×r1, work3 m×r1; factored h2 only:
            // work1 n×r2, work2 n×r2; both: work1 n×r2, work3 r1×r2, work2 n×r2
            int big = Math.max(n, m);
            int rank = Math.max(Math.max(r1, r2), 1);
            this.work1 = new double[f1 == null && f2 == null ? n * m : big * rank];
            this.work2 = new double[big * rank];
            this.work3 = new double[big * rank];
        }

        private static double[] transpose(double[] x, int n) {
            double[] t = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    t[j * n + i] = x[i * n + j];
                }
            }
            return t;
        }

        void apply(double[] t, double[] out) {
            if (r1 == 0 || r2 == 0) {
                java.util.Arrays.fill(out, 0);
                return;
            }
            if (h1 != null && h2 != null) {
                DenseProducts.multiply(h1, t, work1, n, n, m);
                DenseProducts.multiplyTransposeB(work1, h2, out, n, m, m);
            } else if (h2 != null) {
                // h1 = U1 V1ᵀ: U1 (h2 (Tᵀ V1))ᵀ, every product with n or m rows so that it splits across threads
                DenseProducts.multiplyTransposeA(t, v1, work1, m, n, r1);
                DenseProducts.multiply(h2, work1, work3, m, m, r1);
                DenseProducts.multiplyTransposeB(u1, work3, out, n, r1, m);
            } else if (h1 != null) {
                // h2ᵀ = V2 U2ᵀ: (h1 (T V2)) U2ᵀ
                DenseProducts.multiply(t, v2, work1, n, m, r2);
                DenseProducts.multiply(h1, work1, work2, n, n, r2);
                DenseProducts.multiplyTransposeB(work2, u2, out, n, r2, m);
            } else {
                // U1 (V1ᵀ (T V2)) U2ᵀ: one pass over T, one over the output
                DenseProducts.multiply(t, v2, work1, n, m, r2);
                DenseProducts.multiplyTransposeA(v1, work1, work3, r1, n, r2);
                DenseProducts.multiply(u1, work3, work2, n, r1, r2);
                DenseProducts.multiplyTransposeB(work2, u2, out, n, r2, m);
            }
        }
    }

    /** @return a matrix view of {@code constC} (for tests) */
    Matrix constant() {
        return Matrix.of("constC", n, m, constC);
    }
}
