package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostStatistics;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.Kernels;
import io.github.ot4j.internal.Parallel;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.internal.Vectorization;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.Convergence;
import io.github.ot4j.result.DensePlan;
import io.github.ot4j.result.DualPotentials;
import io.github.ot4j.result.EntropicPlan;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.result.TransportPlan;

/**
 * Entropy-regularized optimal transport by Sinkhorn's matrix scaling (Cuturi 2013,
 * arXiv:1306.0895): minimizes {@code <P, C> + epsilon KL(P | a bᵀ)} over plans with marginals
 * {@code a, b} (or, for unbalanced problems, with the marginal constraints replaced by KL
 * penalties; Chizat et al. 2018, arXiv:1607.05816).
 *
 * <p>The solver is configured once and is stateless and thread-safe:
 * <pre>{@code
 * SinkhornResult r = new Sinkhorn(SinkhornOptions.epsilon(0.05)).solve(LinearProblem.uniform(geometry));
 * }</pre>
 *
 * <p><b>Why it may not converge, and what to change.</b> The number of iterations grows like
 * {@code (max C) / epsilon}: for a small epsilon, raise {@code maxIterations}, use an
 * {@link EpsilonSchedule}, or accept a looser tolerance. In the kernel domain a small epsilon
 * makes {@code exp(-C / epsilon)} underflow; the solve then stops with
 * {@link StopReason#DIVERGED} (with {@link Domain#KERNEL}) or is restarted in the log domain
 * (with {@link Domain#AUTO}). A NaN or infinity never yields a converged result: the last finite
 * iterate is returned with {@code DIVERGED}. Unbalanced problems with small {@code tau} converge
 * slowly; their stopping test is on the change of the (log-)scalings, not the marginals.
 */
public final class Sinkhorn {

    /**
     * With {@link Domain#AUTO} and no warm start, the kernel domain is used only when
     * {@code (max C - min C) / epsilon} is at most this. {@code exp(-700)} is still a normal double
     * (~1e-304) and the kernel is shifted by {@code min C} when that is far from 0, so kernel-domain
     * solves stay exact up to here; a solve that over- or underflows anyway is restarted in the log
     * domain. (Was 300: fused InfoOT's linearized costs span 300-700 epsilon, and the kernel domain
     * solves them 2-4x faster.) With a warm start the kernel is stabilized at the warm start and
     * the range does not matter (fused InfoOT on MNIST-USPS reaches 770 epsilon after two outer
     * iterations, and every inner solve is warm-started).
     */
    public static final double AUTO_KERNEL_MAX_RANGE = 700;

    private final SinkhornOptions options;
    private final Kernels kernels;

    /**
     * @param options the configuration
     * @throws IllegalArgumentException if {@code options} is null
     */
    public Sinkhorn(SinkhornOptions options) {
        this(options, Vectorization.kernels());
    }

    /**
     * With explicit kernels; used by tests to compare implementations.
     *
     * @param options the configuration
     * @param kernels the inner loops
     */
    Sinkhorn(SinkhornOptions options, Kernels kernels) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
        this.kernels = kernels;
    }

    /** @return the configuration */
    public SinkhornOptions options() {
        return options;
    }

    /**
     * Solves from a cold start.
     *
     * @param problem the problem
     * @return the result
     * @throws IllegalArgumentException if {@code problem} is null
     */
    public SinkhornResult solve(LinearProblem problem) {
        return solve(problem, null, ProgressListener.NONE);
    }

    /**
     * Solves from a warm start.
     *
     * @param problem the problem
     * @param warmStart initial potentials, or null for a cold start
     * @return the result
     */
    public SinkhornResult solve(LinearProblem problem, DualPotentials warmStart) {
        return solve(problem, warmStart, ProgressListener.NONE);
    }

    /**
     * Solves, reporting progress at every error check.
     *
     * @param problem the problem
     * @param warmStart initial potentials, or null for a cold start
     * @param listener progress receiver, may cancel; null for none
     * @return the result
     * @throws IllegalArgumentException if {@code problem} is null or the warm start has the
     *     wrong shape
     */
    public SinkhornResult solve(LinearProblem problem, DualPotentials warmStart, ProgressListener listener) {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        Geometry geometry = problem.geometry();
        int n = geometry.rows();
        int m = geometry.cols();
        if (warmStart != null && (warmStart.f().length != n || warmStart.g().length != m)) {
            throw new IllegalArgumentException("warm start is " + warmStart.f().length + " x " + warmStart.g().length
                    + " but the problem is " + n + " x " + m);
        }
        ProgressListener progress = listener == null ? ProgressListener.NONE : listener;
        CostStatistics stats = geometry.statistics();
        double eps = resolveEpsilon(stats);
        double[] a = problem.a();
        double[] b = problem.b();
        Domain domain = chooseDomain(geometry, stats, eps, warmStart);

        double[] f = warmStart == null ? new double[n] : warmStart.f();
        double[] g = warmStart == null ? new double[m] : warmStart.g();
        EngineResult out = null;
        KernelSinkhorn kernelEngine = null;
        double[][] scalings = null;
        if (domain == Domain.KERNEL) {
            double plainMaxRange = options.precision() == KernelPrecision.FLOAT
                    ? KernelSinkhorn.FLOAT_PLAIN_MAX_RANGE : AUTO_KERNEL_MAX_RANGE;
            boolean plainFits = stats.range() / eps <= plainMaxRange;
            // A cold double kernel stays plain whatever the range (POT's kernel; it diverges where POT's does).
            boolean coldDouble = warmStart == null && options.precision() == KernelPrecision.DOUBLE;
            if (geometry.isMatrixFree() || plainFits || coldDouble) {
                kernelEngine = new KernelSinkhorn(geometry, a, b, problem.tauA(), problem.tauB(), eps,
                        options.precision(), kernels, options.parallelism());
                scalings = warmStart == null ? new double[][] {filled(n, 1.0 / n), filled(m, 1.0 / m)}
                        : kernelEngine.fromPotentials(f, g);
            }
            if (scalings == null && !geometry.isMatrixFree()) {
                // The plain kernel cannot hold this range or these scalings: stabilize it for the
                // starting potentials (K <= 1 with a 1 in every row and column), with scalings
                // that represent them exactly.
                kernelEngine = new KernelSinkhorn(geometry, a, b, problem.tauA(), problem.tauB(), eps,
                        options.precision(), kernels, options.parallelism(), f, g);
                scalings = kernelEngine.initialScalings(f, g);
            }
            if (scalings == null) {
                domain = Domain.LOG;
            } else {
                out = kernelEngine.run(scalings[0], scalings[1], options.maxIterations(), options.tolerance(),
                        options.checkEvery(), options.errorNorm(), progress);
                kernelEngine.toPotentials(out.f(), out.g(), f, g);
                if (out.reason() == StopReason.DIVERGED && options.domain() == Domain.AUTO) {
                    // Restart in the log domain from the last finite potentials (or cold if they are not finite).
                    domain = Domain.LOG;
                    if (!finitePotentials(f, g)) {
                        f = new double[n];
                        g = new double[m];
                    }
                    out = null;
                }
            }
        }
        int iterationsBefore = 0;
        double[] traceBefore = new double[0];
        if (domain == Domain.LOG) {
            LogSinkhorn engine = new LogSinkhorn(geometry, a, b, problem.tauA(), problem.tauB(), kernels,
                    options.parallelism());
            EpsilonSchedule schedule = options.schedule();
            if (schedule.isActive()) {
                double start = Math.max(stats.range(), eps);
                for (double stageEps : schedule.stages(start, eps)) {
                    EngineResult stage = engine.run(f, g, stageEps, schedule.iterationsPerStage(), 0,
                            options.checkEvery(), options.errorNorm(), progress, "sinkhorn eps=" + stageEps);
                    iterationsBefore += stage.iterations();
                    if (stage.reason() == StopReason.CANCELLED || stage.reason() == StopReason.DIVERGED) {
                        out = stage;
                        break;
                    }
                }
            }
            if (out == null) {
                int remaining = Math.max(1, options.maxIterations() - iterationsBefore);
                out = engine.run(f, g, eps, remaining, options.tolerance(), options.checkEvery(),
                        options.errorNorm(), progress, "sinkhorn");
            }
            f = out.f();
            g = out.g();
        }
        Convergence convergence = new Convergence(out.reason(), iterationsBefore + out.iterations(), out.finalError(),
                options.tolerance(), concat(traceBefore, out.trace()));
        return buildResult(problem, a, b, eps, domain, f, g, kernelEngine, domain == Domain.KERNEL ? out : null,
                convergence);
    }

    private SinkhornResult buildResult(LinearProblem problem, double[] a, double[] b, double eps, Domain domain,
                                       double[] f, double[] g, KernelSinkhorn kernelEngine, EngineResult kernelOut,
                                       Convergence convergence) {
        Geometry geometry = problem.geometry();
        int n = geometry.rows();
        int m = geometry.cols();
        DualPotentials potentials = new DualPotentials(f, g);
        TransportPlan plan;
        double[] dense = null;
        if (!geometry.isMatrixFree()) {
            dense = new double[Math.multiplyExact(n, m)];
            if (kernelEngine != null && kernelOut != null && kernelEngine.hasStoredKernel()) {
                kernelEngine.plan(kernelOut.f(), kernelOut.g(), dense);
            } else {
                PlanMath.fromPotentials(geometry, f, g, eps, dense, options.parallelism());
            }
            // Computed here: checked in parallel and wrapped, not copied and re-checked on one thread.
            plan = PlanMath.finiteNonNegative(dense, n, m, options.parallelism())
                    ? RawAccess.wrapPlan(n, m, dense)
                    : DensePlan.of(n, m, dense); // throws, naming the bad entry
        } else {
            plan = EntropicPlan.of(geometry, potentials, eps);
        }
        double[] rowMass = new double[n];
        double[] colMass = new double[m];
        double[] costs = PlanMath.costAndEntropy(geometry, plan, dense, a, b, f, g, eps, rowMass, colMass,
                options.parallelism());
        double transport = costs[0];
        double regularized = transport + eps * costs[1];
        if (!problem.isBalanced()) {
            regularized += penalty(problem.tauA(), eps, rowMass, a) + penalty(problem.tauB(), eps, colMass, b);
        }
        return new SinkhornResult(problem, eps, domain, potentials, plan, transport, regularized, convergence);
    }

    private static double penalty(double tau, double eps, double[] mass, double[] target) {
        if (tau == 1) {
            return 0;
        }
        double rho = eps * tau / (1 - tau);
        return rho * PlanMath.generalizedKl(mass, target);
    }

    private double resolveEpsilon(CostStatistics stats) {
        double e;
        switch (options.scale()) {
            case MAX_COST:
                e = options.epsilon() * stats.max();
                break;
            case MEAN_COST:
                e = options.epsilon() * stats.mean();
                break;
            default:
                e = options.epsilon();
        }
        if (!(e > 0) || !Double.isFinite(e)) {
            throw new IllegalArgumentException("epsilon " + options.epsilon() + " relative to the " + options.scale()
                    + " of the cost gives " + e + "; it must be > 0");
        }
        return e;
    }

    private Domain chooseDomain(Geometry geometry, CostStatistics stats, double eps, DualPotentials warmStart) {
        if (options.domain() != Domain.AUTO) {
            return options.schedule().isActive() ? Domain.LOG : options.domain();
        }
        if (geometry.isMatrixFree() || options.schedule().isActive()) {
            return Domain.LOG;
        }
        if (warmStart != null) {
            // The kernel is stabilized at the warm start, so the range of C does not matter; a
            // solve that overflows anyway is restarted in the log domain.
            return Domain.KERNEL;
        }
        return stats.range() / eps > AUTO_KERNEL_MAX_RANGE ? Domain.LOG : Domain.KERNEL;
    }

    private static boolean finitePotentials(double[] f, double[] g) {
        for (double x : f) {
            if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
                return false;
            }
        }
        for (double x : g) {
            if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
                return false;
            }
        }
        return true;
    }

    private static double[] filled(int n, double value) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, value);
        return out;
    }

    private static double[] concat(double[] x, double[] y) {
        double[] out = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    /** @return the kernels this solver uses */
    Kernels kernels() {
        return kernels;
    }

    static int chunksFor(int parallelism, int n, int m) {
        return Parallel.chunks(parallelism, (long) n * m, n);
    }
}
