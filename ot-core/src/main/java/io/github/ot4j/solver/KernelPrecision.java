package io.github.ot4j.solver;

/** Storage of the kernel matrix in the kernel domain. */
public enum KernelPrecision {
    /** 8 bytes per entry. */
    DOUBLE,
    /**
     * 4 bytes per entry: halves the memory traffic of each iteration (the bottleneck for large
     * problems) at a relative kernel error of about 6e-8; sums are still accumulated in double.
     * Float entries flush to zero below ~1e-38, so when {@code (max C - min C) / epsilon} exceeds
     * 80 the kernel is stabilized (at the warm start, or cold at the c-transforms of C, which put a
     * 1 in every row and column) and the scalings are absorbed into it whenever they leave
     * {@code [1e-8, 1e8]}: entries lost to the flush are then plan entries below ~1e-22.
     */
    FLOAT
}
