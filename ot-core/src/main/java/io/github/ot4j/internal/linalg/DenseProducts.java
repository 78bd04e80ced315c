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
 * <p>Single-precision overloads ({@code float[]}, float accumulation; Vector API or scalar) serve
 * callers that can afford float rounding for twice the throughput: InfoOT's low-rank kernel
 * sandwich ({@code InfoOtOptions.productPrecision}).
 *
 * <p>Rows of C are split into blocks run on the shared {@link Parallel} pool (ojAlgo threads itself).
 * Dimensions and array lengths are checked; C must not alias A or B.
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

    private static final GemmKernel VECTOR = (GemmKernel) loadVector("VectorGemm");
    private static final FloatGemmKernel VECTOR_FLOAT = (FloatGemmKernel) loadVector("VectorFloatGemm");
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
     * The backend of the single-precision products: {@link Backend#VECTOR} when the double default
     * is the Vector API kernel, {@link Backend#SCALAR} otherwise (ojAlgo has no float product).
     *
     * @return the backend used by the float methods without an explicit backend
     */
    public static Backend defaultFloatBackend() {
        return DEFAULT == Backend.VECTOR && VECTOR_FLOAT != null ? Backend.VECTOR : Backend.SCALAR;
    }

    /**
     * @param backend {@link Backend#VECTOR} or {@link Backend#SCALAR}
     * @return the name of its single-precision kernel, e.g. "vector-float-512"
     */
    public static String floatName(Backend backend) {
        return floatKernel(backend).name();
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
        checkShape(a == null ? -1 : a.length, b == null ? -1 : b.length, c == null ? -1 : c.length, n, k, m);
        GemmKernel kernel = kernel(backend);
        if (backend == Backend.OJALGO || n == 0) {
            kernel.multiply(transA, transB, n, m, k, a, b, c, 0, n);
            return;
        }
        int chunks = chunks(n, k, m, parallelism);
        Parallel.run(chunks, ch -> {
            int from = Parallel.start(ch, chunks, n);
            int to = Parallel.start(ch + 1, chunks, n);
            kernel.multiply(transA, transB, n, m, k, a, b, c, from, to);
        });
    }

    /**
     * Single-precision {@code C = A B} (float storage and accumulation) on the default float
     * backend; see {@link #multiply(double[], double[], double[], int, int, int)} for the shapes.
     *
     * @param a A ({@code n × k})
     * @param b B ({@code k × m})
     * @param c C ({@code n × m}), overwritten
     * @param n rows of A and C
     * @param k columns of A, rows of B
     * @param m columns of B and C
     */
    public static void multiply(float[] a, float[] b, float[] c, int n, int k, int m) {
        multiply(defaultFloatBackend(), false, false, a, b, c, n, k, m, 0);
    }

    /**
     * Single-precision {@code C = A Bᵀ}: A is {@code n × k}, B is {@code m × k}.
     *
     * @param a A
     * @param b B
     * @param c C ({@code n × m}), overwritten
     * @param n rows of A and C
     * @param k columns of A and B
     * @param m rows of B, columns of C
     */
    public static void multiplyTransposeB(float[] a, float[] b, float[] c, int n, int k, int m) {
        multiply(defaultFloatBackend(), false, true, a, b, c, n, k, m, 0);
    }

    /**
     * Single-precision {@code C = Aᵀ B}: A is {@code k × n}, B is {@code k × m}.
     *
     * @param a A
     * @param b B
     * @param c C ({@code n × m}), overwritten
     * @param n columns of A, rows of C
     * @param k rows of A and B
     * @param m columns of B and C
     */
    public static void multiplyTransposeA(float[] a, float[] b, float[] c, int n, int k, int m) {
        multiply(defaultFloatBackend(), true, false, a, b, c, n, k, m, 0);
    }

    /**
     * The general single-precision form {@code C = op(A) op(B)}. Each row block of C is computed
     * by one thread with a fixed summation order, so the result does not depend on the number of
     * threads.
     *
     * @param backend {@link Backend#VECTOR} or {@link Backend#SCALAR}
     * @param transA A is stored {@code k × n} (use {@code Aᵀ})
     * @param transB B is stored {@code m × k} (use {@code Bᵀ})
     * @param a A
     * @param b B
     * @param c C ({@code n × m}), overwritten
     * @param n rows of C
     * @param k inner dimension
     * @param m columns of C
     * @param parallelism threads, 0 for all processors
     * @throws IllegalArgumentException for a negative dimension, an array too short, or
     *     {@link Backend#OJALGO}
     */
    public static void multiply(Backend backend, boolean transA, boolean transB, float[] a, float[] b, float[] c,
                                int n, int k, int m, int parallelism) {
        checkShape(a == null ? -1 : a.length, b == null ? -1 : b.length, c == null ? -1 : c.length, n, k, m);
        FloatGemmKernel kernel = floatKernel(backend);
        if (n == 0) {
            return;
        }
        int chunks = chunks(n, k, m, parallelism);
        int packedLength = chunks > 1 && k > 0 ? kernel.packedBLength(m, k) : -1;
        if (packedLength < 0) {
            Parallel.run(chunks, ch -> {
                int from = Parallel.start(ch, chunks, n);
                int to = Parallel.start(ch + 1, chunks, n);
                kernel.multiply(transA, transB, n, m, k, a, b, c, from, to);
            });
            return;
        }
        // B packed once, by panels in parallel, and shared read-only by the row blocks: each
        // block re-packing it cost ~1/10 of the low-rank InfoOT sandwich (the same kernel calls
        // in the same order, so the result is bitwise that of the per-block packing).
        float[] packed = new float[packedLength];
        int panels = kernel.panels(m);
        int packChunks = Math.min(panels, parallelism > 0 ? parallelism : Parallel.availableProcessors());
        Parallel.run(packChunks, ch -> kernel.packB(transB, m, k, b, packed,
                Parallel.start(ch, packChunks, panels), Parallel.start(ch + 1, packChunks, panels)));
        Parallel.run(chunks, ch -> {
            int from = Parallel.start(ch, chunks, n);
            int to = Parallel.start(ch + 1, chunks, n);
            kernel.multiplyPacked(transA, n, m, k, a, packed, c, from, to);
        });
    }

    private static void checkShape(long aLength, long bLength, long cLength, int n, int k, int m) {
        if (n < 0 || k < 0 || m < 0) {
            throw new IllegalArgumentException("dimensions must be >= 0, got n = " + n + ", k = " + k + ", m = " + m);
        }
        if (aLength < (long) n * k) {
            throw new IllegalArgumentException("a has " + (aLength < 0 ? "null" : String.valueOf(aLength))
                    + " entries, needs " + (long) n * k + " for " + n + " x " + k);
        }
        if (bLength < (long) k * m) {
            throw new IllegalArgumentException("b has " + (bLength < 0 ? "null" : String.valueOf(bLength))
                    + " entries, needs " + (long) k * m + " for " + k + " x " + m);
        }
        if (cLength < (long) n * m) {
            throw new IllegalArgumentException("c has " + (cLength < 0 ? "null" : String.valueOf(cLength))
                    + " entries, needs " + (long) n * m + " for " + n + " x " + m);
        }
    }

    /** Row blocks of C for a product (shared by the double and float paths). */
    private static int chunks(int n, int k, int m, int parallelism) {
        long flops = (long) n * m * Math.max(1, k);
        int threads = parallelism > 0 ? parallelism : Parallel.availableProcessors();
        // More row blocks than threads (at least 48 rows each), so that work stealing evens out
        // threads slowed by other processes on a shared machine; each block re-packs B, which
        // costs k m against its (rows k m) multiply-adds.
        return flops < SEQUENTIAL_FLOPS || threads == 1 ? 1 : Math.max(1, Math.min(4 * threads, n / 48));
    }

    private static FloatGemmKernel floatKernel(Backend backend) {
        switch (backend) {
            case VECTOR:
                if (VECTOR_FLOAT == null) {
                    throw new IllegalStateException("the Vector API kernel needs --add-modules jdk.incubator.vector");
                }
                return VECTOR_FLOAT;
            case SCALAR:
                return ScalarFloatGemm.INSTANCE;
            default:
                throw new IllegalArgumentException("backend " + backend + " has no single-precision product");
        }
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

    private static Object loadVector(String className) {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            Class<?> c = Class.forName("io.github.ot4j.internal.vector." + className);
            return c.getField("INSTANCE").get(null);
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
