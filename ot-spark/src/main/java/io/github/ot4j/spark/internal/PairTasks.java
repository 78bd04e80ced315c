package io.github.ot4j.spark.internal;

import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.spark.PairwiseDistance;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * The block layout of a pairwise computation. Samples are dealt into {@code B} blocks by index
 * ({@code index mod B}); each unordered pair of blocks {@code (p, q)} is one Spark task that
 * receives the samples of both blocks and solves every pair between them. Each sample is
 * shuffled {@code B} times, so the data moved is {@code B} times the input instead of one copy
 * per pair, and every task solves a batch of about {@code (N / B)^2} problems.
 *
 * <p>Each unordered pair {@code {i, j}} is solved once, from the sample with the smaller index
 * (in id order) to the other, and reported in both orders.
 */
public final class PairTasks {

    private PairTasks() {
    }

    /** Per-sample self terms of the Sinkhorn divergence, indexed like the samples. */
    public record SelfTerms(double[] values, boolean[] converged) implements Serializable {
    }

    /**
     * @param samples number of samples, at least 1
     * @param targetTasks desired number of tasks, at least 1
     * @return the number of blocks: the smallest {@code B} with {@code B (B + 1) / 2 >= targetTasks},
     *     at most {@code samples}
     */
    public static int blocks(int samples, int targetTasks) {
        int b = 1;
        while ((long) b * (b + 1) / 2 < targetTasks) {
            b++;
        }
        return Math.max(1, Math.min(b, samples));
    }

    /**
     * Sends a sample to every block pair that contains its block.
     *
     * @param s the sample
     * @param blocks number of blocks
     * @return (key, sample) pairs
     */
    public static Iterator<Tuple2<Integer, Sample>> route(Sample s, int blocks) {
        int p = s.index() % blocks;
        List<Tuple2<Integer, Sample>> out = new ArrayList<>(blocks);
        for (int q = 0; q < blocks; q++) {
            out.add(new Tuple2<>(BlockPairPartitioner.key(p, q, blocks), s));
        }
        return out.iterator();
    }

    /**
     * Solves the self terms {@code OT_ε(μ_i, μ_i)} of the samples of one partition.
     *
     * @param samples the samples
     * @param solves the solver setup
     * @return {@code {index, value, converged ? 1 : 0}} per sample
     */
    public static Iterator<double[]> selfTerms(Iterator<Sample> samples, SmallSolves solves) {
        List<double[]> out = new ArrayList<>();
        List<Sample> batch = new ArrayList<>();
        while (samples.hasNext()) {
            batch.add(samples.next());
            if (batch.size() == solves.batchSize() || !samples.hasNext()) {
                List<LinearProblem> problems = new ArrayList<>(batch.size());
                for (Sample s : batch) {
                    problems.add(solves.problem(s, s));
                }
                List<double[]> values = solves.solve(problems, (k, r) -> new double[] {r.regularizedCost(),
                        SmallSolves.converged(r.regularizedCost(), r) ? 1 : 0});
                for (int k = 0; k < batch.size(); k++) {
                    out.add(new double[] {batch.get(k).index(), values.get(k)[0], values.get(k)[1]});
                }
                batch.clear();
            }
        }
        return out.iterator();
    }

    /**
     * Solves every pair of one block pair and returns the rows {@code (i, j, value, converged)},
     * each unordered pair in both orders, plus the diagonal when the block pair is diagonal.
     *
     * @param key the block pair's key
     * @param group the samples of both blocks
     * @param blocks number of blocks
     * @param solves the solver setup
     * @param distance what to compute
     * @param self self terms (divergence only, else null)
     * @return the rows
     */
    public static Iterator<Row> solve(int key, Iterable<Sample> group, int blocks, SmallSolves solves,
                                      PairwiseDistance distance, SelfTerms self) {
        int p = key / blocks;
        int q = key % blocks;
        List<Sample> first = new ArrayList<>();
        List<Sample> second = new ArrayList<>();
        for (Sample s : group) {
            (s.index() % blocks == p ? first : second).add(s);
        }
        first.sort(Comparator.comparingInt(Sample::index));
        second.sort(Comparator.comparingInt(Sample::index));
        boolean divergence = distance == PairwiseDistance.SINKHORN_DIVERGENCE;
        List<Sample[]> pairs = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (p == q) {
            for (int a = 0; a < first.size(); a++) {
                if (divergence) {
                    Sample s = first.get(a);
                    rows.add(RowFactory.create(s.id(), s.id(), 0.0, self.converged()[s.index()]));
                }
                for (int b = divergence ? a + 1 : a; b < first.size(); b++) {
                    pairs.add(new Sample[] {first.get(a), first.get(b)});
                }
            }
        } else {
            for (Sample x : first) {
                for (Sample y : second) {
                    pairs.add(x.index() < y.index() ? new Sample[] {x, y} : new Sample[] {y, x});
                }
            }
        }
        for (int from = 0; from < pairs.size(); from += solves.batchSize()) {
            List<Sample[]> chunk = pairs.subList(from, Math.min(pairs.size(), from + solves.batchSize()));
            List<LinearProblem> problems = new ArrayList<>(chunk.size());
            for (Sample[] pair : chunk) {
                problems.add(solves.problem(pair[0], pair[1]));
            }
            List<double[]> values = solves.solve(problems, (k, r) -> {
                double v = divergence ? r.regularizedCost() : r.transportCost();
                return new double[] {v, SmallSolves.converged(v, r) ? 1 : 0};
            });
            for (int k = 0; k < chunk.size(); k++) {
                Sample x = chunk.get(k)[0];
                Sample y = chunk.get(k)[1];
                double value = values.get(k)[0];
                boolean converged = values.get(k)[1] == 1;
                if (divergence) {
                    value = value - 0.5 * self.values()[x.index()] - 0.5 * self.values()[y.index()];
                    converged = converged && self.converged()[x.index()] && self.converged()[y.index()];
                }
                rows.add(RowFactory.create(x.id(), y.id(), value, converged));
                if (x.index() != y.index()) {
                    rows.add(RowFactory.create(y.id(), x.id(), value, converged));
                }
            }
        }
        return rows.iterator();
    }
}
