package io.github.ot4j.solver;

import io.github.ot4j.internal.Parallel;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.problem.QuadraticProblem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;

/**
 * Many independent solves with one call: the problems are handed out one at a time to the
 * shared worker pool (so a slow problem does not hold up a whole block) and the results come
 * back in input order. This is the building block for distance matrices between many
 * distributions ({@link #pairwise}, {@link #cross}).
 *
 * <p>Each problem runs on one worker; small problems (below {@link Parallel#SEQUENTIAL_THRESHOLD}
 * matrix entries) solve single-threaded anyway, so a batch of small problems uses every core
 * without oversubscription. The solver function is called from several threads at once and
 * must be thread-safe, as ot4j's solvers are.
 *
 * <p>If a solve throws, the batch stops handing out new problems and rethrows the exception of
 * the lowest index that failed once the running solves finish; an {@link IllegalArgumentException}
 * is wrapped in one whose message starts with {@code "inputs[k]: "}.
 */
public final class Batch {

    private Batch() {
    }

    /**
     * Applies {@code solve} to every input, in parallel, and returns the results in input order.
     *
     * @param inputs the problems; not modified
     * @param solve the solve of one problem, thread-safe
     * @param parallelism threads to use, or 0 for all processors
     * @param <P> problem type
     * @param <R> result type
     * @return an unmodifiable list with {@code results.get(k) = solve(inputs.get(k))}
     * @throws IllegalArgumentException if an argument is null, {@code parallelism < 0}, or a
     *     solve rejects its input (the message names the index)
     */
    public static <P, R> List<R> map(List<? extends P> inputs, Function<? super P, ? extends R> solve, int parallelism) {
        if (inputs == null || solve == null) {
            throw new IllegalArgumentException("inputs and solve must not be null");
        }
        if (parallelism < 0) {
            throw new IllegalArgumentException("parallelism must be >= 0, got " + parallelism);
        }
        int count = inputs.size();
        Object[] out = new Object[count];
        int workers = Math.max(1, Math.min(count, parallelism > 0 ? parallelism : Parallel.availableProcessors()));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Failure> failure = new AtomicReference<>();
        Parallel.run(workers, worker -> {
            int k;
            while (failure.get() == null && (k = next.getAndIncrement()) < count) {
                try {
                    out[k] = solve.apply(inputs.get(k));
                } catch (RuntimeException e) {
                    Failure f = new Failure(k, e);
                    failure.accumulateAndGet(f, (x, y) -> x == null || y.index < x.index ? y : x);
                }
            }
        });
        Failure f = failure.get();
        if (f != null) {
            if (f.error instanceof IllegalArgumentException) {
                throw new IllegalArgumentException("inputs[" + f.index + "]: " + f.error.getMessage(), f.error);
            }
            throw f.error;
        }
        List<R> results = new ArrayList<>(count);
        for (Object o : out) {
            @SuppressWarnings("unchecked")
            R r = (R) o;
            results.add(r);
        }
        return Collections.unmodifiableList(results);
    }

    private record Failure(int index, RuntimeException error) {
    }

    /**
     * Solves many linear problems with the same options, on all processors.
     *
     * @param problems the problems
     * @param options Sinkhorn options for every solve
     * @return the results, in input order
     * @throws IllegalArgumentException on null arguments or an invalid problem
     */
    public static List<SinkhornResult> sinkhorn(List<LinearProblem> problems, SinkhornOptions options) {
        Sinkhorn solver = new Sinkhorn(options);
        return map(problems, solver::solve, 0);
    }

    /**
     * Solves many entropic (fused) Gromov-Wasserstein problems with the same options, on all
     * processors.
     *
     * @param problems the problems
     * @param options solver options for every solve
     * @return the results, in input order
     * @throws IllegalArgumentException on null arguments or an invalid problem
     */
    public static List<GromovWassersteinResult> entropicGromovWasserstein(List<QuadraticProblem> problems,
                                                                          EntropicGromovOptions options) {
        EntropicGromovWasserstein solver = new EntropicGromovWasserstein(options);
        return map(problems, solver::solve, 0);
    }

    /**
     * The symmetric matrix {@code D_ij = distance(items_i, items_j)} for {@code i <= j}
     * (mirrored below the diagonal), evaluated in parallel: {@code k (k + 1) / 2} evaluations
     * for k items. The diagonal is computed too, since entropic quantities are not zero there.
     *
     * @param items the distributions (or anything a distance is defined on)
     * @param distance a symmetric, thread-safe function
     * @param parallelism threads, or 0 for all processors
     * @param <T> item type
     * @return the {@code k × k} matrix
     * @throws IllegalArgumentException on null arguments or a rejected pair (the message names
     *     the pair index in row-major order of the upper triangle)
     */
    public static <T> double[][] pairwise(List<? extends T> items, ToDoubleBiFunction<? super T, ? super T> distance,
                                          int parallelism) {
        if (items == null || distance == null) {
            throw new IllegalArgumentException("items and distance must not be null");
        }
        int k = items.size();
        List<int[]> pairs = new ArrayList<>(k * (k + 1) / 2);
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                pairs.add(new int[] {i, j});
            }
        }
        List<Double> values = map(pairs, p -> distance.applyAsDouble(items.get(p[0]), items.get(p[1])), parallelism);
        double[][] d = new double[k][k];
        for (int p = 0; p < pairs.size(); p++) {
            int i = pairs.get(p)[0];
            int j = pairs.get(p)[1];
            d[i][j] = values.get(p);
            d[j][i] = values.get(p);
        }
        return d;
    }

    /**
     * The matrix {@code D_ij = distance(rows_i, cols_j)}, evaluated in parallel.
     *
     * @param rows the first family
     * @param cols the second family
     * @param distance a thread-safe function
     * @param parallelism threads, or 0 for all processors
     * @param <T> type of the first family
     * @param <U> type of the second family
     * @return the {@code rows.size() × cols.size()} matrix
     * @throws IllegalArgumentException on null arguments or a rejected pair (the message names
     *     the index {@code i * cols.size() + j})
     */
    public static <T, U> double[][] cross(List<? extends T> rows, List<? extends U> cols,
                                          ToDoubleBiFunction<? super T, ? super U> distance, int parallelism) {
        if (rows == null || cols == null || distance == null) {
            throw new IllegalArgumentException("rows, cols and distance must not be null");
        }
        int n = rows.size();
        int m = cols.size();
        List<Integer> cells = new ArrayList<>(n * m);
        for (int c = 0; c < n * m; c++) {
            cells.add(c);
        }
        List<Double> values = map(cells, c -> distance.applyAsDouble(rows.get(c / m), cols.get(c % m)), parallelism);
        double[][] d = new double[n][m];
        for (int c = 0; c < n * m; c++) {
            d[c / m][c % m] = values.get(c);
        }
        return d;
    }
}
