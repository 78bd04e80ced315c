package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.LinearProblem;

/**
 * The debiased Sinkhorn divergence
 * <pre>
 *   S_ε(a, b) = OT_ε(a, b) - ½ (OT_ε(a, a) + OT_ε(b, b))
 * </pre>
 * (Genevay, Peyré &amp; Cuturi 2018, arXiv:1706.00292; Feydy, Séjourné, Vialard, Amari, Trouvé &amp;
 * Peyré 2019, arXiv:1810.08278), which removes the entropic bias {@code OT_ε(a, a) ≠ 0} and
 * interpolates between OT ({@code ε → 0}) and MMD ({@code ε → ∞}). Each term is one
 * entropic transport solve; {@link DivergenceTerm} selects whether the transport cost
 * {@code <P, C>} (POT) or the regularized objective (Feydy et al.) enters, and
 * {@link SelfTermSolver} whether the symmetric terms use the plain Sinkhorn iteration (POT) or
 * the averaged symmetric one (Feydy et al.; the default, much faster). The symmetric iteration
 * assumes symmetric source and target costs, as every metric cost is. The result reports
 * the three terms, the clamped value {@code max(0, S)} (as POT returns it) and the unclamped one.
 *
 * <p>{@link #potCompatible(double)} reproduces POT 0.8.2's {@code empirical_sinkhorn_divergence}
 * (kernel-domain Sinkhorn, {@code stopThr} fixed at {@code 1e-9}, 10000 iterations, transport
 * costs). Stateless and thread-safe.
 *
 * <p><b>Why it may not converge, and what to change.</b> With {@link SelfTermSolver#SINKHORN}
 * the symmetric problems {@code OT(a, a)}, {@code OT(b, b)} converge much more slowly than the
 * cross term at small {@code ε} (POT hits its 10000-iteration cap at {@code reg = 0.1} on its
 * own test data): use {@link SelfTermSolver#SYMMETRIC}. The cross term converges like any
 * Sinkhorn solve: raise the cap or {@code ε}. Check
 * {@link SinkhornDivergenceResult#isConverged()}.
 */
public final class SinkhornDivergence {

    /** Dense costs are stored up to this many entries per term; larger ones are matrix-free. */
    static final long DENSE_LIMIT = 1L << 24;

    private final SinkhornOptions options;
    private final DivergenceTerm term;
    private final SelfTermSolver selfTerms;

    /**
     * Transport-cost terms (as POT), the symmetric terms solved by the fast averaged iteration.
     *
     * @param options the options of the three solves (tolerance, cap, norm, epsilon)
     * @throws IllegalArgumentException if {@code options} is null
     */
    public SinkhornDivergence(SinkhornOptions options) {
        this(options, DivergenceTerm.TRANSPORT_COST, SelfTermSolver.SYMMETRIC);
    }

    /**
     * @param options the options of the three solves
     * @param term which value of each solve enters the divergence
     * @param selfTerms how {@code OT(a, a)} and {@code OT(b, b)} are solved
     * @throws IllegalArgumentException if an argument is null
     */
    public SinkhornDivergence(SinkhornOptions options, DivergenceTerm term, SelfTermSolver selfTerms) {
        if (options == null || term == null || selfTerms == null) {
            throw new IllegalArgumentException("options, term and selfTerms must not be null");
        }
        this.options = options;
        this.term = term;
        this.selfTerms = selfTerms;
    }

    /**
     * POT 0.8.2's {@code empirical_sinkhorn_divergence(X_s, X_t, reg, a, b)}: kernel-domain
     * Sinkhorn with {@code stopThr = 1e-9} on the L2 column-marginal error, checked every 10
     * iterations, at most 10000 iterations, transport costs.
     *
     * @param reg POT's {@code reg}, {@code > 0}
     * @return the configured divergence
     */
    public static SinkhornDivergence potCompatible(double reg) {
        return new SinkhornDivergence(SinkhornOptions.potDefaults(reg, Domain.KERNEL).withMaxIterations(10_000),
                DivergenceTerm.TRANSPORT_COST, SelfTermSolver.SINKHORN);
    }

    /** @return the options of the three solves */
    public SinkhornOptions options() {
        return options;
    }

    /** @return which value of each solve enters the divergence */
    public DivergenceTerm term() {
        return term;
    }

    /** @return how the symmetric terms are solved */
    public SelfTermSolver selfTerms() {
        return selfTerms;
    }

    /**
     * The divergence between two weighted point clouds under a ground cost.
     *
     * @param x source points, one per row
     * @param y target points, one per row, same dimension
     * @param a source weights (null for uniform)
     * @param b target weights (null for uniform), same total mass
     * @param cost the ground cost
     * @return the divergence and its terms
     * @throws IllegalArgumentException on invalid input
     */
    public SinkhornDivergenceResult compute(Matrix x, Matrix y, double[] a, double[] b, CostFunction cost) {
        if (x == null || y == null || cost == null) {
            throw new IllegalArgumentException("x, y and cost must not be null");
        }
        if (x.cols() != y.cols()) {
            throw new IllegalArgumentException("x has dimension " + x.cols() + " but y has " + y.cols());
        }
        return compute(geometry(x, y, cost), geometry(x, x, cost), geometry(y, y, cost), a, b);
    }

    private static Geometry geometry(Matrix x, Matrix y, CostFunction cost) {
        return (long) x.rows() * y.rows() <= DENSE_LIMIT ? cost.pairwise(x, y) : Geometry.pointCloud(x, y, cost);
    }

    /**
     * The divergence from the three cost matrices.
     *
     * @param crossCost {@code C(x, y)}, {@code n × m}
     * @param sourceCost {@code C(x, x)}, {@code n × n}
     * @param targetCost {@code C(y, y)}, {@code m × m}
     * @param a source weights (null for uniform)
     * @param b target weights (null for uniform), same total mass
     * @return the divergence and its terms
     * @throws IllegalArgumentException on invalid input or inconsistent shapes
     */
    public SinkhornDivergenceResult compute(Geometry crossCost, Geometry sourceCost, Geometry targetCost, double[] a,
                                            double[] b) {
        if (crossCost == null || sourceCost == null || targetCost == null) {
            throw new IllegalArgumentException("the three costs must not be null");
        }
        int n = crossCost.rows();
        int m = crossCost.cols();
        if (sourceCost.rows() != n || sourceCost.cols() != n) {
            throw new IllegalArgumentException("sourceCost is " + sourceCost.rows() + " x " + sourceCost.cols()
                    + " but must be " + n + " x " + n);
        }
        if (targetCost.rows() != m || targetCost.cols() != m) {
            throw new IllegalArgumentException("targetCost is " + targetCost.rows() + " x " + targetCost.cols()
                    + " but must be " + m + " x " + m);
        }
        LinearProblem ab = LinearProblem.of(crossCost, a, b);
        double[] wa = ab.a();
        double[] wb = ab.b();
        Sinkhorn solver = new Sinkhorn(options);
        SinkhornResult cross = solver.solve(ab);
        SinkhornResult source = self(solver, sourceCost, wa);
        SinkhornResult target = self(solver, targetCost, wb);
        double tab = value(cross);
        double taa = value(source);
        double tbb = value(target);
        double s = tab - 0.5 * (taa + tbb);
        return new SinkhornDivergenceResult(Math.max(0, s), s, tab, taa, tbb, term, cross, source, target);
    }

    private SinkhornResult self(Sinkhorn solver, Geometry cost, double[] w) {
        if (selfTerms == SelfTermSolver.SYMMETRIC) {
            return SymmetricSinkhorn.solve(cost, w, options);
        }
        return solver.solve(LinearProblem.of(cost, w, w));
    }

    private double value(SinkhornResult r) {
        return term == DivergenceTerm.TRANSPORT_COST ? r.transportCost() : r.regularizedCost();
    }
}
