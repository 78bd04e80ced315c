package io.github.ot4j.solver;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.problem.PartialProblem;
import io.github.ot4j.result.DensePlan;

/**
 * Exact partial transport, POT 0.8.2's {@code ot.partial.partial_wasserstein} (Chapel, Alaya &amp;
 * Gasso 2020, "Partial optimal transport with applications on positive-unlabeled learning",
 * NeurIPS, arXiv:2002.08276, Proposition 1): the partial problem becomes a balanced one by
 * appending a dummy target of mass {@code |a| - mass} and a dummy source of mass
 * {@code |b| - mass}, with cost 0 between a real point and a dummy and {@code 2 max C} between
 * the two dummies (so no mass takes that shortcut); the {@link NetworkSimplex} solves it and the
 * dummy row and column are dropped. The plan is an optimal vertex.
 *
 * <p>Stateless and thread-safe. Memory and time are those of a network simplex on an
 * {@code (n + 1) × (m + 1)} problem.
 */
public final class ExactPartialTransport {

    private final NetworkSimplexOptions options;

    /** A solver with {@link NetworkSimplexOptions#defaults()}. */
    public ExactPartialTransport() {
        this(NetworkSimplexOptions.defaults());
    }

    /**
     * @param options options of the network simplex
     * @throws IllegalArgumentException if {@code options} is null
     */
    public ExactPartialTransport(NetworkSimplexOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /**
     * @param problem the problem
     * @return the optimal partial plan, its cost and the simplex's convergence
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public PartialTransportResult solve(PartialProblem problem) {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        Geometry geometry = problem.cost();
        int n = geometry.rows();
        int m = geometry.cols();
        double[] a = problem.a();
        double[] b = problem.b();
        double massA = 0;
        double massB = 0;
        for (double v : a) {
            massA += v;
        }
        for (double v : b) {
            massB += v;
        }
        int cols = m + 1;
        double[] extended = new double[(n + 1) * cols];
        double[] row = new double[m];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            geometry.costRow(i, row);
            System.arraycopy(row, 0, extended, i * cols, m);
            for (double c : row) {
                max = Math.max(max, c);
            }
        }
        extended[n * cols + m] = 2 * max;
        double[] aExt = java.util.Arrays.copyOf(a, n + 1);
        double[] bExt = java.util.Arrays.copyOf(b, m + 1);
        aExt[n] = Math.max(0, massB - problem.mass());
        bExt[m] = Math.max(0, massA - problem.mass());
        ExactResult r = new NetworkSimplex(options).solve(LinearProblem.of(Geometry.dense(n + 1, cols, extended), aExt, bExt));
        double[] full = r.plan().toRowMajor();
        double[] plan = new double[n * m];
        double cost = 0;
        for (int i = 0; i < n; i++) {
            geometry.costRow(i, row);
            for (int j = 0; j < m; j++) {
                double v = full[i * cols + j];
                plan[i * m + j] = v;
                cost += v * row[j];
            }
        }
        return new PartialTransportResult(problem, DensePlan.of(n, m, plan), cost, r.convergence());
    }
}
