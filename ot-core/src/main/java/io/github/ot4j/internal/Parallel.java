package io.github.ot4j.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;

/**
 * A fixed pool of daemon worker threads, one per available processor, shared by all solvers.
 * Work is split into as many chunks as the requested parallelism; the calling thread runs one
 * chunk itself. Nested calls from inside the pool are safe (work stealing).
 */
public final class Parallel {

    private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors(),
            pool -> {
                ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setDaemon(true);
                t.setName("ot4j-worker-" + t.getPoolIndex());
                return t;
            }, null, false);

    /** Problems with fewer matrix entries than this run on one thread. */
    public static final long SEQUENTIAL_THRESHOLD = 1L << 16;

    private Parallel() {
    }

    /** @return the number of processors available to this JVM */
    public static int availableProcessors() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The parallelism to use for a job of {@code work} units.
     *
     * @param requested the caller's parallelism, or 0 for "all processors"
     * @param work the size of the job, e.g. {@code n * m}
     * @param maxChunks the most chunks that make sense (e.g. number of rows)
     * @return the number of chunks, at least 1
     */
    public static int chunks(int requested, long work, int maxChunks) {
        if (work < SEQUENTIAL_THRESHOLD) {
            return 1;
        }
        int p = requested > 0 ? requested : availableProcessors();
        return Math.max(1, Math.min(p, maxChunks));
    }

    /**
     * Runs {@code body.accept(c)} for every chunk {@code c in [0, chunks)} and waits for all.
     *
     * @param chunks number of chunks, at least 1
     * @param body the work; exceptions are rethrown in the caller
     */
    public static void run(int chunks, IntConsumer body) {
        if (chunks <= 1) {
            body.accept(0);
            return;
        }
        List<RecursiveAction> tasks = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int chunk = c;
            tasks.add(new RecursiveAction() {
                private static final long serialVersionUID = 1L;

                @Override
                protected void compute() {
                    body.accept(chunk);
                }
            });
        }
        if (ForkJoinTask.inForkJoinPool()) {
            ForkJoinTask.invokeAll(tasks);
        } else {
            POOL.invoke(new RecursiveAction() {
                private static final long serialVersionUID = 1L;

                @Override
                protected void compute() {
                    invokeAll(tasks);
                }
            });
        }
    }

    /**
     * @param chunk chunk index
     * @param chunks number of chunks
     * @param n range size
     * @return the first index of the chunk's part of {@code [0, n)}
     */
    public static int start(int chunk, int chunks, int n) {
        return (int) ((long) chunk * n / chunks);
    }

    /**
     * Runs {@code tasks} on the shared pool and returns when all are done.
     *
     * @param count number of tasks
     * @param task the task body, given its index
     */
    public static void forEach(int count, IntConsumer task) {
        if (count <= 0) {
            return;
        }
        run(Math.min(count, Math.max(1, availableProcessors())), c -> {
            int chunks = Math.min(count, Math.max(1, availableProcessors()));
            int from = start(c, chunks, count);
            int to = start(c + 1, chunks, count);
            for (int k = from; k < to; k++) {
                task.accept(k);
            }
        });
    }
}
