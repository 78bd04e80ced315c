package io.github.ot4j.solver;

/** Storage of the kernel matrix in the kernel domain. */
public enum KernelPrecision {
    /** 8 bytes per entry. */
    DOUBLE,
    /**
     * 4 bytes per entry: halves the memory traffic of each iteration (the bottleneck for large
     * problems) at a relative kernel error of about 6e-8; sums are still accumulated in double.
     * Kernel entries below ~1e-38 flush to zero, so use it only when epsilon is not tiny.
     */
    FLOAT
}
