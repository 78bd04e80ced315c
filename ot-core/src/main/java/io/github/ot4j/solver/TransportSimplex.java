package io.github.ot4j.solver;

/**
 * The primal network simplex on the complete bipartite graph of a balanced, uncapacitated
 * transportation problem with strictly positive supplies and demands. This is the hot loop behind
 * {@link NetworkSimplex}; it assumes valid input and allocates nothing per pivot.
 *
 * <p><b>Graph.</b> Nodes {@code 0 .. n-1} are sources (supply {@code a_i}), nodes
 * {@code n .. n+m-1} are targets (demand {@code b_j}) and node {@code n+m} is an artificial root.
 * Real arc {@code e = i m + j} goes from source {@code i} to target {@code n + j} with cost
 * {@code C[e]}; artificial arc {@code n m + u} joins node {@code u} to the root (source to root at
 * cost 0, root to target at cost {@code art > max C}, so no optimal solution uses them).
 *
 * <p><b>Basis.</b> A spanning tree rooted at the artificial node, stored per node: its
 * {@code parent}, the tree arc to the parent ({@code pred}) with its orientation ({@code dir}:
 * {@link #UP} when the arc points from the node to its parent) and its flow; the preorder
 * successor ({@code thread}) and predecessor ({@code revThread}); the subtree size
 * ({@code succNum}) and the last node of the subtree in preorder ({@code lastSucc}). Node
 * potentials {@code pi} make every tree arc's reduced cost {@code C_e + pi_source - pi_target}
 * zero. The data structure is the one of Kelly and O'Neill (1991) used by LEMON's
 * {@code NetworkSimplex}; see Ahuja, Magnanti and Orlin, <i>Network Flows</i> (1993), ch. 11.
 *
 * <p><b>Pivots.</b> Entering arcs are chosen by block search (LEMON's default rule, a candidate-list
 * rule in the sense of Ahuja, Magnanti and Orlin §11.5): arcs are scanned cyclically, row by row, in
 * blocks of about {@code sqrt(#arcs)}, and the most negative reduced cost of the first block that
 * has one enters. The leaving arc is the last blocking arc
 * of the cycle met when walking it from its apex in the direction of the entering arc
 * (Cunningham 1976), which keeps the tree strongly feasible and rules out cycling. The initial
 * tree (every node hung from the root by its artificial arc, all flows positive) is strongly
 * feasible.
 */
final class TransportSimplex {

    /** The tree arc points from the node to its parent. */
    static final byte UP = 1;
    /** The tree arc points from the parent to the node. */
    static final byte DOWN = -1;

    /**
     * Every this many pivots the potentials are recomputed from the tree (so round-off cannot pile
     * up) and the progress listener is called.
     */
    static final int PROGRESS_EVERY = 1 << 12;

    private final int n;
    private final int m;
    private final int arcs;
    private final int root;
    private final double[] cost;
    private final double[] supply;
    private final double art;
    private final double threshold;
    private final int blockSize;

    private final double[] pi;
    private final int[] parent;
    private final int[] pred;
    private final byte[] dir;
    private final double[] flow;
    private final int[] thread;
    private final int[] revThread;
    private final int[] succNum;
    private final int[] lastSucc;

    private final int[] path;
    private final int[] oldRev;
    private final int[] oldLast;
    private final int[] oldNext;
    private final int[] oldSucc;
    private final int[] oldPred;
    private final byte[] oldDir;
    private final double[] oldFlow;

    private int nextArc;
    private int iterations;

    /**
     * @param n number of sources, at least 1
     * @param m number of targets, at least 1
     * @param cost row-major {@code n × m} finite costs; kept by reference, not modified
     * @param min the smallest cost
     * @param max the largest cost
     * @param a positive supplies, length n
     * @param b positive demands, length m, with the same total as {@code a} up to round-off
     * @param threshold an arc enters only if its reduced cost is below {@code -threshold}
     */
    TransportSimplex(int n, int m, double[] cost, double min, double max, double[] a, double[] b, double threshold) {
        this.n = n;
        this.m = m;
        this.arcs = n * m;
        int nodes = n + m;
        this.root = nodes;
        this.cost = cost;
        this.threshold = threshold;
        this.blockSize = Math.max(10, (int) Math.sqrt(arcs));
        double artificial = max + Math.max(max - min, Math.abs(max));
        this.art = artificial > max ? artificial : max + 1;

        this.supply = new double[nodes + 1];
        this.pi = new double[nodes + 1];
        this.parent = new int[nodes + 1];
        this.pred = new int[nodes + 1];
        this.dir = new byte[nodes + 1];
        this.flow = new double[nodes + 1];
        this.thread = new int[nodes + 1];
        this.revThread = new int[nodes + 1];
        this.succNum = new int[nodes + 1];
        this.lastSucc = new int[nodes + 1];
        this.path = new int[nodes + 1];
        this.oldRev = new int[nodes + 1];
        this.oldLast = new int[nodes + 1];
        this.oldNext = new int[nodes + 1];
        this.oldSucc = new int[nodes + 1];
        this.oldPred = new int[nodes + 1];
        this.oldDir = new byte[nodes + 1];
        this.oldFlow = new double[nodes + 1];

        for (int u = 0; u < nodes; u++) {
            parent[u] = root;
            pred[u] = arcs + u;
            thread[u] = u + 1;
            revThread[u + 1] = u;
            succNum[u] = 1;
            lastSucc[u] = u;
            if (u < n) {
                supply[u] = a[u];
                dir[u] = UP;
                flow[u] = a[u];
                pi[u] = 0;
            } else {
                supply[u] = -b[u - n];
                dir[u] = DOWN;
                flow[u] = b[u - n];
                pi[u] = art;
            }
        }
        parent[root] = -1;
        pred[root] = -1;
        thread[root] = 0;
        revThread[0] = root;
        succNum[root] = nodes + 1;
        lastSucc[root] = nodes - 1;
    }

    /**
     * Pivots until no arc prices out or the cap is reached.
     *
     * @param maxIterations pivot cap
     * @param listener progress receiver, called every {@link #PROGRESS_EVERY} pivots
     * @return the stop reason: CONVERGED, MAX_ITERATIONS or CANCELLED
     */
    io.github.ot4j.result.StopReason run(int maxIterations, ProgressListener listener) {
        while (true) {
            int in = findEntering();
            if (in < 0) {
                // Confirm optimality with potentials recomputed from the tree (no accumulated round-off).
                refreshPotentials();
                in = findEntering();
                if (in < 0) {
                    return io.github.ot4j.result.StopReason.CONVERGED;
                }
            }
            if (iterations >= maxIterations) {
                return io.github.ot4j.result.StopReason.MAX_ITERATIONS;
            }
            pivot(in);
            iterations++;
            if (iterations % PROGRESS_EVERY == 0) {
                refreshPotentials();
                if (!listener.onProgress(new Progress("network-simplex", iterations, maxIterations, Double.NaN))) {
                    return io.github.ot4j.result.StopReason.CANCELLED;
                }
            }
        }
    }

    /** @return pivots performed */
    int iterations() {
        return iterations;
    }

    /**
     * Block search: scans arcs cyclically from where the last search stopped, in blocks of
     * {@code blockSize}; returns the best arc of the first block holding an arc whose reduced
     * cost is below {@code -threshold}, or -1 after a full pass without one.
     */
    private int findEntering() {
        final double[] cost = this.cost;
        final double[] pi = this.pi;
        final int[] pred = this.pred;
        final int n = this.n;
        final int m = this.m;
        int i = nextArc / m;
        int j = nextArc - i * m;
        double min = -threshold;
        int best = -1;
        int remaining = arcs;
        int budget = blockSize;
        while (remaining > 0) {
            int len = Math.min(Math.min(m - j, budget), remaining);
            int base = i * m;
            double ps = pi[i];
            int end = j + len;
            for (int k = j; k < end; k++) {
                double c = cost[base + k] + ps - pi[n + k];
                if (c < min && pred[i] != base + k && pred[n + k] != base + k) {
                    min = c;
                    best = base + k;
                }
            }
            remaining -= len;
            budget -= len;
            j = end;
            if (j == m) {
                j = 0;
                if (++i == n) {
                    i = 0;
                }
            }
            if (budget == 0) {
                if (best >= 0) {
                    nextArc = i * m + j;
                    return best;
                }
                budget = blockSize;
            }
        }
        if (best >= 0) {
            nextArc = i * m + j;
        }
        return best;
    }

    private void pivot(int in) {
        final int[] parent = this.parent;
        final byte[] dir = this.dir;
        final double[] flow = this.flow;
        int s = in / m;
        int t = n + (in - s * m);

        int u = s;
        int v = t;
        while (u != v) {
            if (succNum[u] < succNum[v]) {
                u = parent[u];
            } else {
                v = parent[v];
            }
        }
        int join = u;

        // Leaving arc: the last blocking arc from the apex along the cycle s -> t -> join -> s.
        double delta = Double.POSITIVE_INFINITY;
        int out = -1;
        boolean sourceSide = true;
        for (u = s; u != join; u = parent[u]) {
            if (dir[u] == UP && flow[u] < delta) {
                delta = flow[u];
                out = u;
            }
        }
        for (u = t; u != join; u = parent[u]) {
            if (dir[u] == DOWN && flow[u] <= delta) {
                delta = flow[u];
                out = u;
                sourceSide = false;
            }
        }
        if (out < 0) {
            throw new IllegalStateException("network simplex found an unbounded cycle; the tree is corrupt");
        }
        if (delta > 0) {
            for (u = s; u != join; u = parent[u]) {
                flow[u] += dir[u] == UP ? -delta : delta;
            }
            for (u = t; u != join; u = parent[u]) {
                flow[u] += dir[u] == UP ? delta : -delta;
            }
        }
        double reduced = cost[in] + pi[s] - pi[t];
        int uIn = sourceSide ? s : t;
        int vIn = sourceSide ? t : s;
        int size = rehang(in, uIn, vIn, out, join, delta, sourceSide ? UP : DOWN);

        // The re-hung subtree moves so that the entering arc's reduced cost becomes zero.
        double sigma = sourceSide ? -reduced : reduced;
        final double[] pi = this.pi;
        final int[] thread = this.thread;
        u = uIn;
        for (int c = 0; c < size; c++) {
            pi[u] += sigma;
            u = thread[u];
        }
    }

    /**
     * Removes the leaving arc (above {@code out}), which cuts off the subtree S of {@code out};
     * re-roots S at {@code uIn} by reversing the stem {@code uIn -> ... -> out}; hangs it below
     * {@code vIn} through the entering arc. Preorder of the re-rooted S: for each stem node
     * {@code w_t} in turn, {@code w_t} and its old descendants outside the subtree of
     * {@code w_(t-1)} (at most two contiguous runs of the old thread).
     *
     * @return the size of S
     */
    private int rehang(int in, int uIn, int vIn, int out, int join, double delta, byte inDir) {
        final int[] thread = this.thread;
        final int[] revThread = this.revThread;
        final int[] lastSucc = this.lastSucc;
        final int[] succNum = this.succNum;
        final int[] parent = this.parent;
        int k = 0;
        int w = uIn;
        while (true) {
            path[k] = w;
            oldRev[k] = revThread[w];
            oldLast[k] = lastSucc[w];
            oldNext[k] = thread[lastSucc[w]];
            oldSucc[k] = succNum[w];
            oldPred[k] = pred[w];
            oldDir[k] = dir[w];
            oldFlow[k] = flow[w];
            if (w == out) {
                break;
            }
            w = parent[w];
            k++;
        }
        int size = oldSucc[k];
        int oldParent = parent[out];
        int before = oldRev[k];
        int last = oldLast[k];

        // 1. Unlink S from the thread and from its old ancestors.
        thread[before] = oldNext[k];
        revThread[oldNext[k]] = before;
        for (int p = oldParent; p >= 0 && lastSucc[p] == last; p = parent[p]) {
            lastSucc[p] = before;
        }
        for (int p = oldParent; p != join; p = parent[p]) {
            succNum[p] -= size;
        }

        // 2. Thread of S re-rooted at uIn.
        int tail = oldLast[0];
        for (int q = 1; q <= k; q++) {
            int wq = path[q];
            thread[tail] = wq;
            revThread[wq] = tail;
            tail = oldRev[q - 1];
            if (oldLast[q - 1] != oldLast[q]) {
                int restart = oldNext[q - 1];
                thread[tail] = restart;
                revThread[restart] = tail;
                tail = oldLast[q];
            }
        }

        // 3. Hang S right after vIn in preorder, below vIn in the tree.
        int next = thread[vIn];
        thread[vIn] = uIn;
        revThread[uIn] = vIn;
        thread[tail] = next;
        revThread[next] = tail;
        for (int p = vIn; p >= 0 && lastSucc[p] == vIn; p = parent[p]) {
            lastSucc[p] = tail;
        }
        for (int p = vIn; p != join; p = parent[p]) {
            succNum[p] += size;
        }

        // 4. Reverse the stem.
        parent[uIn] = vIn;
        pred[uIn] = in;
        dir[uIn] = inDir;
        flow[uIn] = delta;
        succNum[uIn] = size;
        lastSucc[uIn] = tail;
        for (int q = 1; q <= k; q++) {
            int wq = path[q];
            parent[wq] = path[q - 1];
            pred[wq] = oldPred[q - 1];
            dir[wq] = (byte) -oldDir[q - 1];
            flow[wq] = oldFlow[q - 1];
            succNum[wq] = size - oldSucc[q - 1];
            lastSucc[wq] = tail;
        }
        return size;
    }

    private double arcCost(int e) {
        if (e < arcs) {
            return cost[e];
        }
        return e - arcs < n ? 0.0 : art;
    }

    /** Recomputes every potential from the root down the tree, in preorder. */
    void refreshPotentials() {
        pi[root] = 0;
        for (int u = thread[root]; u != root; u = thread[u]) {
            double c = arcCost(pred[u]);
            pi[u] = dir[u] == UP ? pi[parent[u]] - c : pi[parent[u]] + c;
        }
    }

    /**
     * Recomputes the flow on every tree arc from the supplies (leaves first), so that the
     * returned flow depends on the final basis only. The flow above a node is the net supply of
     * its subtree, a difference of sums of up to the total mass; it is accumulated in
     * double-double arithmetic (Knuth's TwoSum) so that small flows keep full relative accuracy.
     * Tiny negative values from round-off on degenerate arcs are clamped to zero.
     */
    void refreshFlows() {
        double[] hi = oldFlow;
        double[] lo = new double[hi.length];
        System.arraycopy(supply, 0, hi, 0, supply.length);
        for (int u = revThread[root]; u != root; u = revThread[u]) {
            double x = hi[u] + lo[u];
            double f = dir[u] == UP ? x : -x;
            flow[u] = f > 0 ? f : 0;
            int p = parent[u];
            double s = hi[p] + hi[u];
            double back = s - hi[p];
            double error = (hi[p] - (s - back)) + (hi[u] - back);
            double tail = lo[p] + lo[u] + error;
            double sum = s + tail;
            lo[p] = tail - (sum - s);
            hi[p] = sum;
        }
    }

    /**
     * @return the most negative reduced cost over all real arcs (0 if none is negative)
     */
    double minReducedCost() {
        double min = 0;
        for (int i = 0; i < n; i++) {
            int base = i * m;
            double ps = pi[i];
            for (int j = 0; j < m; j++) {
                double c = cost[base + j] + ps - pi[n + j];
                if (c < min) {
                    min = c;
                }
            }
        }
        return min;
    }

    /**
     * Visits the real tree arcs carrying positive flow.
     *
     * @param sink receives {@code (source, target, flow)} with compact indices
     */
    void forEachFlow(FlowSink sink) {
        for (int u = 0; u < n + m; u++) {
            int e = pred[u];
            if (e < arcs && flow[u] > 0) {
                int i = e / m;
                sink.accept(i, e - i * m, flow[u]);
            }
        }
    }

    /** @param i source @return its potential as a dual variable, {@code f_i = -pi_i} */
    double sourcePotential(int i) {
        return -pi[i];
    }

    /** @param j target @return its potential as a dual variable, {@code g_j = pi_(n+j)} */
    double targetPotential(int j) {
        return pi[n + j];
    }

    /** Receives one flow entry. */
    @FunctionalInterface
    interface FlowSink {
        /**
         * @param i compact source index
         * @param j compact target index
         * @param value flow, {@code > 0}
         */
        void accept(int i, int j, double value);
    }
}
