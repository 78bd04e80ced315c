package io.github.ot4j.internal.linalg;

import io.github.ot4j.internal.Parallel;

/**
 * The one seam for dense matrix products in ot4j ({@code C = op(A) op(B)} on row-major
 * {@code double[]}): InfoOT's {@code K_x P K_y}, Gromov-Wasserstein's tensor product and the
 * low-rank kernel factors all call it, so a faster backend helps every one of them.
 *
 * <p>Backends ({@link Backend}): a register-blocked Vector API kernel (the default when
 * {@code jdk.incubator.vector} is in the boot layer), ojAlgo (the pure-Java fallback), and a
 * scalar blocked loop (the test oracle). The system property {@code ot4j.gemm} =
 * {@code vector|ojalgo|scalar} overrides the choice. Measured on the project machine (2 cores,
 * AMD EPYC Zen 5, quiet, n = k = m = 1047): Vector API ~130 GFLOP/s, ojAlgo ~15, scalar ~15; see
 * {@code ot-bench} {@code DenseProductsBench}.
 *
 * <p>Rows of C are split into blocks run on the shared {@link Parallel} pool (ojAlgo threads itself).
 * Arguments are not checked beyond what the array bounds catch; C must not alias A or B.
 * Not part of the API.
 */
public final class DenseProducts {

    /** Which implementation computes the products. */
    public enum Backend {
        /** Register-blocked Vector API kernel (needs {@code --add-modules jdk.incubator.vector}). */
        VECTOR,
        /** ojAlgo's {@code R064Store.fillByMultiplying}. */
        OJALGO,
        /** Blocked scalar loops; the reference. */
        SCALAR
    }

    /** Products below this many multiply-adds run on one thread. */
    private static final long SEQUENTIAL_FLOPS = 1L << 20;

    private static final GemmKernel VECTOR = loadVector();
    private static final Backend DEFAULT = chooseDefault();

    private DenseProducts() {
    }

    /** @return the backend used by the methods without an explicit backend */
    public static Backend defaultBackend() {
        return DEFAULT;
    }

    /** @return true when the Vector API kernel can be used in this JVM */
    public static boolean vectorAvailable() {
        return VECTOR != null;
    }

    /**
     * @param backend a backend
     * @return its name, e.g. "vector-512"
     */
    public static String name(Backend backend) {
        return kernel(backend).name();
    }

    /**
     * {@code C = A B}: A is {@code n × k}, B is {@code k × m}, C is {@code n × m}, all row-major.
     *
     * @param a A
     * @param b B
     * @param c C, overwritten
     * @param n rows of A and C
     * @param k columns of A, rows of B
     * @param m columns of B and C
     */
    public static void multiply(double[] a, double[] b, double[] c, int n, int k, int m) {
        multiply(DEFAULT, false, false, a, b, c, n, k, m, 0);
    }

    /**
     * {@code C = A Bᵀ}: A is {@code n × k}, B is {@code m × k}.
     *
     * @param a A
     * @param b B
     * @param c C ({@code n × m}), overwritten
     * @param n rows of A and C
     * @param k columns of A and B
     * @param m rows of B, columns of C
     */
    public static void multiplyTransposeB(double[] a, double[] b, double[] c, int n, int k, int m) {
        multiply(DEFAULT, false, true, a, b, c, n, k, m, 0);
    }

    /**
     * {@code C = Aᵀ B}: A is {@code k × n}, B is {@code k × m}.
     *
     * @param a A
     * @param b B
     * @param c C ({@code n × m}), overwritten
     * @param n columns of A, rows of C
     * @param k rows of A and B
     * @param m columns of B and C
     */
    public static void multiplyTransposeA(double[] a, double[] b, double[] c, int n, int k, int m) {
        multiply(DEFAULT, true, false, a, b, c, n, k, m, 0);
    }

    /**
     * The general form {@code C = op(A) op(B)} with an explicit backend and parallelism.
     *
     * @param backend the implementation
     * @param transA A is stored {@code k × n} (use {@code Aᵀ})
     * @param transB B is stored {@code m × k} (use {@code Bᵀ})
     * @param a A
     * @param b B
     * @param c C ({@code n × m}), overwritten
     * @param n rows of C
     * @param k inner dimension
     * @param m columns of C
     * @param parallelism threads, 0 for all processors
     */
    public static void multiply(Backend backend, boolean transA, boolean transB, double[] a, double[] b, double[] c,
                                int n, int k, int m, int parallelism) {
        if (a.length < (long) n * k || b.length < (long) k * m || c.length < (long) n * m) {
            throw new IllegalArgumentException("arrays too short for " + n + " x " + k + " times " + k + " x " + m);
        }
        GemmKernel kernel = kernel(backend);
        if (backend == Backend.OJALGO || n == 0) {
            kernel.multiply(transA, transB, n, m, k, a, b, c, 0, n);
            return;
        }
        long flops = (long) n * m * Math.max(1, k);
        int threads = parallelism > 0 ? parallelism : Parallel.availableProcessors();
        // More row blocks than threads (at least 48 rows each), so that work stealing evens out
        // threads slowed by other processes on a shared machine; each block re-packs B, which
        // costs k m against its (rows k m) multiply-adds.
        int chunks = flops < SEQUENTIAL_FLOPS || threads == 1 ? 1 : Math.max(1, Math.min(4 * threads, n / 48));
        Parallel.run(chunks, ch -> {
            int from = Parallel.start(ch, chunks, n);
            int to = Parallel.start(ch + 1, chunks, n);
            kernel.multiply(transA, transB, n, m, k, a, b, c, from, to);
        });
    }

    private static GemmKernel kernel(Backend backend) {
        switch (backend) {
            case VECTOR:
                if (VECTOR == null) {
                    throw new IllegalStateException("the Vector API kernel needs --add-modules jdk.incubator.vector");
                }
                return VECTOR;
            case OJALGO:
                return OjAlgoGemm.INSTANCE;
            default:
                return ScalarGemm.INSTANCE;
        }
    }

    private static GemmKernel loadVector() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            Class<?> c = Class.forName("io.github.ot4j.internal.vector.VectorGemm");
            return (GemmKernel) c.getField("INSTANCE").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    private static Backend chooseDefault() {
        String p = System.getProperty("ot4j.gemm");
        if (p != null) {
            switch (p.toLowerCase(java.util.Locale.ROOT)) {
                case "vector":
                    if (VECTOR != null) {
                        return Backend.VECTOR;
                    }
                    break;
                case "ojalgo":
                    return Backend.OJALGO;
                case "scalar":
                    return Backend.SCALAR;
                default:
                    break;
            }
        }
        if ("false".equalsIgnoreCase(System.getProperty("ot4j.vector"))) {
            return Backend.OJALGO;
        }
        return VECTOR != null ? Backend.VECTOR : Backend.OJALGO;
    }
}
