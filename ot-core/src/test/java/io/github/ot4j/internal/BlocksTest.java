package io.github.ot4j.internal;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Blocked passes: every block exactly once, and sums that do not depend on the thread count. */
class BlocksTest {

    @Test
    void sumsAreAddedInBlockOrderWhateverTheThreadCount() {
        int length = 5 * Blocks.SIZE + 123;
        SplittableRandom r = new SplittableRandom(11);
        double[] x = new double[length];
        double[] y = new double[length];
        for (int k = 0; k < length; k++) {
            x[k] = r.nextDouble() - 0.3;
            y[k] = r.nextDouble() * 1e3;
        }
        // the definition: four-accumulator partials over fixed blocks, added in block order
        double expected = 0;
        for (int from = 0; from < length; from += Blocks.SIZE) {
            expected += Blocks.dot(x, y, from, Math.min(length, from + Blocks.SIZE));
        }
        for (int parallelism : new int[] {1, 2, 3, 0}) {
            assertEquals(expected, Blocks.dot(parallelism, x, y), 0.0, "parallelism " + parallelism);
        }
    }

    @Test
    void everyBlockRunsOnce() {
        int count = 1000;
        int size = 7;
        AtomicInteger[] seen = new AtomicInteger[count];
        for (int k = 0; k < count; k++) {
            seen[k] = new AtomicInteger();
        }
        int[] blockOf = new int[count];
        Blocks.run(2, Parallel.SEQUENTIAL_THRESHOLD, count, size, (b, from, to) -> {
            for (int k = from; k < to; k++) {
                seen[k].incrementAndGet();
                blockOf[k] = b;
            }
        });
        for (int k = 0; k < count; k++) {
            assertEquals(1, seen[k].get(), "item " + k);
            assertEquals(k / size, blockOf[k], "item " + k);
        }
        assertEquals(143, Blocks.count(count, size));
        assertEquals(1, Blocks.count(0, size));
    }
}
