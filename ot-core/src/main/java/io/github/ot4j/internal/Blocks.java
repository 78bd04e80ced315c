package io.github.ot4j.internal;

/**
 * Passes over large arrays (an {@code n × m} plan, cost or gradient) split across the shared
 * {@link Parallel} pool such that the result does not depend on the number of threads: the range
 * is cut into blocks of a size fixed by the caller (never by the thread count), each block's
 * partial result is computed by one thread, and the partials are combined in block order (the
 * pattern of {@code KernelMutualInformation} in ot-info). Work below
 * {@link Parallel#SEQUENTIAL_THRESHOLD} runs on the calling thread alone, so that small problems
 * (solved many at a time by {@code Batch}) pay no hand-off.
 */
public final class Blocks {

    /**
     * Elements per block of the flat passes ({@link #sum}): 128 KiB of doubles, small enough for
     * a 10⁶-entry array to spread evenly over the threads, large enough that the per-block
     * overhead is negligible.
     */
    public static final int SIZE = 1 << 14;

    /** The body of a blocked pass. */
    @FunctionalInterface
    public interface Body {
        /**
         * @param block the block's index
         * @param from its first item
         * @param to one past its last item
         */
        void run(int block, int from, int to);
    }

    /** A partial sum over a range. */
    @FunctionalInterface
    public interface RangeSum {
        /**
         * @param from first index
         * @param to one past the last index
         * @return the sum over {@code [from, to)}
         */
        double sum(int from, int to);
    }

    private Blocks() {
    }

    /**
     * @param count number of items
     * @param size items per block, at least 1
     * @return the number of blocks of {@code [0, count)}, at least 1
     */
    public static int count(int count, int size) {
        return Math.max(1, (count + size - 1) / size);
    }

    /**
     * @param cols the row length
     * @return rows per block such that a block holds about {@link #SIZE} entries (at least one row)
     */
    public static int rowsPerBlock(int cols) {
        return Math.max(1, SIZE / Math.max(1, cols));
    }

    /**
     * Runs {@code body} on every block {@code [b size, min(count, (b + 1) size))} of
     * {@code [0, count)}, the blocks spread over up to {@code parallelism} threads.
     *
     * @param parallelism requested threads, 0 for all processors
     * @param work size of the whole job (e.g. {@code n m}), compared with
     *     {@link Parallel#SEQUENTIAL_THRESHOLD}
     * @param count number of items
     * @param size items per block, at least 1
     * @param body the work; it must write each block's results to that block's own slots
     */
    public static void run(int parallelism, long work, int count, int size, Body body) {
        int blocks = count(count, size);
        int chunks = Parallel.chunks(parallelism, work, blocks);
        Parallel.run(chunks, c -> {
            int last = Parallel.start(c + 1, chunks, blocks);
            for (int b = Parallel.start(c, chunks, blocks); b < last; b++) {
                body.run(b, b * size, (int) Math.min(count, (long) (b + 1) * size));
            }
        });
    }

    /**
     * {@code Σ body(block)} over the blocks of {@link #SIZE} entries of {@code [0, length)}, added
     * in block order. A single block is summed directly by the caller.
     *
     * @param parallelism requested threads, 0 for all processors
     * @param length range size
     * @param body the partial sum of a range
     * @return the sum
     */
    public static double sum(int parallelism, int length, RangeSum body) {
        int blocks = count(length, SIZE);
        if (blocks == 1) {
            return body.sum(0, length);
        }
        double[] partial = new double[blocks];
        run(parallelism, length, length, SIZE, (b, from, to) -> partial[b] = body.sum(from, to));
        double s = 0;
        for (double p : partial) {
            s += p;
        }
        return s;
    }

    /**
     * {@code Σ x_k y_k} over {@code [from, to)} with four accumulators, which break the
     * dependency chain of one running sum. Plain Java rather than {@link Kernels#dot}: these
     * passes are bound by memory bandwidth, and so the value does not depend on whether the
     * Vector API is present either.
     *
     * @param x first vector
     * @param y second vector
     * @param from first index
     * @param to one past the last index
     * @return the dot product of the range
     */
    public static double dot(double[] x, double[] y, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = from;
        for (; k + 3 < to; k += 4) {
            s0 += x[k] * y[k];
            s1 += x[k + 1] * y[k + 1];
            s2 += x[k + 2] * y[k + 2];
            s3 += x[k + 3] * y[k + 3];
        }
        for (; k < to; k++) {
            s0 += x[k] * y[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * {@code <x, y>} over whole arrays, blocked and split across threads.
     *
     * @param parallelism requested threads, 0 for all processors
     * @param x first vector
     * @param y second vector, as long as {@code x}
     * @return the dot product
     */
    public static double dot(int parallelism, double[] x, double[] y) {
        return sum(parallelism, x.length, (from, to) -> dot(x, y, from, to));
    }
}
