package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.CostStatistics;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.ScalarKernels;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.DualPotentials;
import io.github.ot4j.result.EntropicPlan;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.result.TransportPlan;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants of Sinkhorn on seeded random problems. */
class SinkhornPropertiesTest {

    private static final double TOL = 1e-10;

    private static LinearProblem randomProblem(long seed, int n, int m) {
        Matrix x = RandomProblems.gaussian(seed, n, 3);
        Matrix y = RandomProblems.gaussian(seed + 1, m, 3);
        return LinearProblem.of(CostFunction.squaredEuclidean().pairwise(x, y), RandomProblems.weights(seed + 2, n),
                RandomProblems.weights(seed + 3, m));
    }

    private static SinkhornOptions strict(double eps, Domain domain) {
        return SinkhornOptions.epsilon(eps).withDomain(domain).withTolerance(TOL).withMaxIterations(100_000)
                .withCheckEvery(1);
    }

    @ParameterizedTest
    @EnumSource(value = Domain.class, names = {"KERNEL", "LOG"})
    void plansHaveTheRequestedMarginalsAndAreNonNegative(Domain domain) {
        LinearProblem p = randomProblem(1, 37, 53);
        SinkhornResult r = new Sinkhorn(strict(0.5, domain)).solve(p);
        assertEquals(StopReason.CONVERGED, r.convergence().reason());
        assertEquals(domain, r.domain());
        double[] rows = r.plan().rowMarginal();
        double[] cols = r.plan().columnMarginal();
        double[] a = p.a();
        double[] b = p.b();
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], rows[i], 1e-14, "row marginals are exact after the row update");
        }
        double l1 = 0;
        for (int j = 0; j < b.length; j++) {
            l1 += Math.abs(cols[j] - b[j]);
        }
        assertTrue(l1 <= TOL, "column error " + l1);
        assertEquals(r.convergence().finalError(), l1, 1e-12, "the reported error is the L1 column error");
        for (double v : r.plan().toRowMajor()) {
            assertTrue(v >= 0 && Double.isFinite(v));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {2.0, 0.3, 0.05})
    void kernelAndLogDomainsAgree(double eps) {
        LinearProblem p = randomProblem(2, 40, 30);
        SinkhornResult k = new Sinkhorn(strict(eps, Domain.KERNEL)).solve(p);
        SinkhornResult l = new Sinkhorn(strict(eps, Domain.LOG)).solve(p);
        assertTrue(k.isConverged() && l.isConverged());
        double[] pk = k.plan().toRowMajor();
        double[] pl = l.plan().toRowMajor();
        for (int i = 0; i < pk.length; i++) {
            assertEquals(pk[i], pl[i], 1e-9 * Math.max(pk[i], 1e-3));
        }
        assertEquals(k.transportCost(), l.transportCost(), 1e-9 * k.transportCost());
        assertEquals(k.regularizedCost(), l.regularizedCost(), 1e-9 * Math.abs(k.regularizedCost()));
    }

    @Test
    void regularizedCostEqualsTheDualObjective() {
        LinearProblem p = randomProblem(3, 25, 35);
        double eps = 0.2;
        SinkhornResult r = new Sinkhorn(strict(eps, Domain.LOG)).solve(p);
        double[] a = p.a();
        double[] b = p.b();
        DualPotentials pot = r.potentials();
        // primal  <P,C> + eps KL(P | a b^T)  equals the dual  <a,f> + <b,g> - eps sum P - eps <a,log a> - eps <b,log b> + eps
        double dual = pot.dot(a, b) - eps * r.plan().mass();
        for (double v : a) {
            dual -= eps * v * Math.log(v);
        }
        for (double v : b) {
            dual -= eps * v * Math.log(v);
        }
        dual += eps;
        assertEquals(dual, r.regularizedCost(), 1e-8);
        assertTrue(r.regularizedCost() > r.transportCost(), "the KL term is positive away from the product coupling");
    }

    @Test
    void smallEpsilonApproachesTheOptimalAssignment() {
        int n = 6;
        Matrix x = RandomProblems.gaussian(4, n, 2);
        Matrix y = RandomProblems.gaussian(5, n, 2);
        Geometry g = CostFunction.squaredEuclidean().pairwise(x, y);
        double best = Double.POSITIVE_INFINITY;
        int[] perm = {0, 1, 2, 3, 4, 5};
        do {
            double c = 0;
            for (int i = 0; i < n; i++) {
                c += g.cost(i, perm[i]) / n;
            }
            best = Math.min(best, c);
        } while (nextPermutation(perm));
        // The entropic optimum satisfies <P_eps, C> <= OT + eps KL(P* | a bᵀ) = OT + eps log n for a
        // permutation P*, and the gap shrinks with epsilon.
        double previousGap = Double.POSITIVE_INFINITY;
        for (double rel : new double[] {0.1, 0.03, 0.01}) {
            SinkhornOptions o = SinkhornOptions.relativeEpsilon(rel, EpsilonScale.MAX_COST).withTolerance(1e-10)
                    .withMaxIterations(200_000);
            SinkhornResult r = new Sinkhorn(o).solve(LinearProblem.uniform(g));
            assertTrue(r.isConverged(), "eps " + rel + ": " + r.convergence());
            double gap = r.transportCost() - best;
            assertTrue(gap >= -1e-9, "entropic cost cannot beat the optimum: gap " + gap);
            assertTrue(gap <= r.epsilon() * Math.log(n) + 1e-9, "gap " + gap + " above eps log n");
            assertTrue(gap < previousGap, "the gap shrinks with epsilon");
            previousGap = gap;
        }
    }

    private static boolean nextPermutation(int[] p) {
        int i = p.length - 2;
        while (i >= 0 && p[i] >= p[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = p.length - 1;
        while (p[j] <= p[i]) {
            j--;
        }
        int t = p[i];
        p[i] = p[j];
        p[j] = t;
        for (int l = i + 1, r = p.length - 1; l < r; l++, r--) {
            t = p[l];
            p[l] = p[r];
            p[r] = t;
        }
        return true;
    }

    @Test
    void matrixFreePointCloudMatchesDenseCosts() {
        Matrix x = RandomProblems.gaussian(6, 300, 4);
        Matrix y = RandomProblems.gaussian(7, 250, 4);
        Geometry online = Geometry.pointCloud(x, y, CostFunction.squaredEuclidean());
        Geometry dense = online.toDense();
        SinkhornResult ro = new Sinkhorn(strict(1.0, Domain.AUTO)).solve(LinearProblem.uniform(online));
        SinkhornResult rd = new Sinkhorn(strict(1.0, Domain.LOG)).solve(LinearProblem.uniform(dense));
        assertInstanceOf(EntropicPlan.class, ro.plan(), "matrix-free geometries never store the plan");
        assertEquals(Domain.LOG, ro.domain());
        assertEquals(rd.transportCost(), ro.transportCost(), 1e-10 * rd.transportCost());
        double[] y0 = new double[250];
        java.util.Arrays.fill(y0, 1.0);
        double[] pa = ro.plan().pullBack(y0);
        double[] pb = rd.plan().pullBack(y0);
        for (int i = 0; i < pa.length; i++) {
            assertEquals(pb[i], pa[i], 1e-14);
        }
    }

    @Test
    void floatKernelStorageIsCloseToDouble() {
        LinearProblem p = randomProblem(8, 120, 140);
        SinkhornOptions o = strict(0.5, Domain.KERNEL).withTolerance(1e-8);
        SinkhornResult d = new Sinkhorn(o).solve(p);
        SinkhornResult f = new Sinkhorn(o.withPrecision(KernelPrecision.FLOAT)).solve(p);
        assertTrue(f.isConverged());
        assertEquals(d.transportCost(), f.transportCost(), 1e-6 * d.transportCost());
    }

    @Test
    void scalarAndVectorKernelsGiveTheSameSolution() {
        LinearProblem p = randomProblem(9, 130, 70);
        for (Domain domain : new Domain[] {Domain.KERNEL, Domain.LOG}) {
            SinkhornResult s = new Sinkhorn(strict(0.1, domain), ScalarKernels.INSTANCE).solve(p);
            SinkhornResult v = new Sinkhorn(strict(0.1, domain)).solve(p);
            assertEquals(s.transportCost(), v.transportCost(), 1e-11 * s.transportCost(), domain.toString());
        }
    }

    @Test
    void warmStartFromTheSolutionConvergesAtOnce() {
        LinearProblem p = randomProblem(10, 50, 60);
        Sinkhorn solver = new Sinkhorn(strict(0.05, Domain.LOG));
        SinkhornResult cold = solver.solve(p);
        SinkhornResult warm = solver.solve(p, cold.potentials());
        assertTrue(cold.convergence().iterations() > 20);
        assertTrue(warm.convergence().iterations() <= 2, "warm start iterations: " + warm.convergence().iterations());
        assertEquals(cold.transportCost(), warm.transportCost(), 1e-9 * cold.transportCost());
    }

    @Test
    void epsilonScalingReachesTheSameSolutionAndHelpsAtTinyEpsilon() {
        Matrix x = RandomProblems.gaussian(11, 60, 3);
        Matrix y = RandomProblems.gaussian(12, 60, 3);
        LinearProblem p = LinearProblem.of(CostFunction.squaredEuclidean().pairwise(x, y),
                RandomProblems.weights(13, 60), RandomProblems.weights(14, 60));
        SinkhornOptions tiny = SinkhornOptions.relativeEpsilon(5e-4, EpsilonScale.MAX_COST).withDomain(Domain.LOG)
                .withMaxIterations(100_000).withCheckEvery(1);
        EpsilonSchedule schedule = EpsilonSchedule.geometric(0.5, 5);
        // To a loose tolerance the final-stage convergence rate does not dominate, and annealing pays.
        SinkhornResult plainLoose = new Sinkhorn(tiny.withTolerance(1e-3)).solve(p);
        SinkhornResult scaledLoose = new Sinkhorn(tiny.withTolerance(1e-3).withSchedule(schedule)).solve(p);
        assertTrue(plainLoose.isConverged() && scaledLoose.isConverged());
        assertTrue(scaledLoose.convergence().iterations() < 0.8 * plainLoose.convergence().iterations(),
                scaledLoose.convergence().iterations() + " vs " + plainLoose.convergence().iterations());
        // To a tight tolerance both reach the same solution.
        SinkhornResult plain = new Sinkhorn(tiny.withTolerance(1e-9)).solve(p);
        SinkhornResult scaled = new Sinkhorn(tiny.withTolerance(1e-9).withSchedule(schedule)).solve(p);
        assertTrue(plain.isConverged() && scaled.isConverged());
        assertEquals(plain.transportCost(), scaled.transportCost(), 1e-8 * plain.transportCost());
    }

    @Test
    void relativeEpsilonIsScaledByTheCost() {
        LinearProblem p = randomProblem(12, 20, 20);
        CostStatistics s = p.geometry().statistics();
        SinkhornResult r = new Sinkhorn(SinkhornOptions.relativeEpsilon(0.05, EpsilonScale.MAX_COST)).solve(p);
        assertEquals(0.05 * s.max(), r.epsilon(), 1e-15);
        SinkhornResult q = new Sinkhorn(SinkhornOptions.relativeEpsilon(0.05, EpsilonScale.MEAN_COST)).solve(p);
        assertEquals(0.05 * s.mean(), q.epsilon(), 1e-15);
    }

    @ParameterizedTest
    @EnumSource(value = Domain.class, names = {"KERNEL", "LOG"})
    void zeroToleranceRunsExactlyMaxIterations(Domain domain) {
        LinearProblem p = randomProblem(13, 10, 12);
        SinkhornResult r = new Sinkhorn(SinkhornOptions.epsilon(1).withDomain(domain).withTolerance(0).withMaxIterations(37))
                .solve(p);
        assertEquals(StopReason.MAX_ITERATIONS, r.convergence().reason());
        assertEquals(37, r.convergence().iterations());
        double[] cols = r.plan().columnMarginal();
        double[] b = p.b();
        double l1 = 0;
        for (int j = 0; j < b.length; j++) {
            l1 += Math.abs(cols[j] - b[j]);
        }
        assertTrue(l1 > 0);
        assertEquals(l1, r.convergence().finalError(), 1e-12, "the final error is measured after the last iteration");
    }

    @Test
    void listenerCanCancel() {
        LinearProblem p = randomProblem(14, 30, 30);
        AtomicInteger calls = new AtomicInteger();
        SinkhornResult r = new Sinkhorn(strict(0.01, Domain.LOG)).solve(p, null, pr -> calls.incrementAndGet() < 3);
        assertEquals(StopReason.CANCELLED, r.convergence().reason());
        assertEquals(3, calls.get());
        assertEquals(3, r.convergence().iterations());
    }

    @Test
    void singlePointAndDegenerateProblemsWork() {
        SinkhornResult one = new Sinkhorn(SinkhornOptions.epsilon(0.1)).solve(
                LinearProblem.uniform(Geometry.dense(new double[][] {{3.0}})));
        assertTrue(one.isConverged());
        assertEquals(1.0, one.plan().get(0, 0), 1e-15);
        assertEquals(3.0, one.transportCost(), 1e-15);

        SinkhornResult row = new Sinkhorn(SinkhornOptions.epsilon(0.1)).solve(
                LinearProblem.of(Geometry.dense(new double[][] {{1, 2, 3}}), null, new double[] {0.2, 0.3, 0.5}));
        assertTrue(row.isConverged());
        assertEquals(0.3, row.plan().get(0, 1), 1e-12);

        // zero weights: rows and columns without mass get no mass and -inf potentials
        LinearProblem zeros = LinearProblem.of(Geometry.dense(new double[][] {{0, 1, 2}, {1, 0, 1}, {2, 1, 0}}),
                new double[] {0.5, 0, 0.5}, new double[] {0.5, 0.5, 0});
        for (Domain d : new Domain[] {Domain.KERNEL, Domain.LOG}) {
            SinkhornResult r = new Sinkhorn(strict(0.3, d)).solve(zeros);
            assertTrue(r.isConverged(), d + ": " + r.convergence());
            assertEquals(0.0, r.plan().rowMarginal()[1], 0.0);
            assertEquals(0.0, r.plan().columnMarginal()[2], 0.0);
            assertEquals(1.0, r.plan().mass(), 1e-12);
        }
    }

    @Test
    void nonFiniteCostDuringIterationEndsDivergedWithFinitePlan() {
        // A geometry whose rows turn NaN after the kernel is built: only a misbehaving user
        // geometry can do this, and the solver must not report it as converged.
        Geometry good = CostFunction.squaredEuclidean().pairwise(RandomProblems.gaussian(15, 8, 2),
                RandomProblems.gaussian(16, 8, 2));
        AtomicInteger rowsRead = new AtomicInteger();
        Geometry flaky = new Geometry() {
            @Override
            public int rows() {
                return 8;
            }

            @Override
            public int cols() {
                return 8;
            }

            @Override
            public double cost(int i, int j) {
                return good.cost(i, j);
            }

            @Override
            public void costRow(int i, int from, int to, double[] out) {
                good.costRow(i, from, to, out);
                if (rowsRead.incrementAndGet() > 200) {
                    out[0] = Double.NaN;
                }
            }

            @Override
            public boolean isMatrixFree() {
                return true;
            }

            @Override
            public CostStatistics statistics() {
                return good.statistics();
            }
        };
        SinkhornResult r = new Sinkhorn(SinkhornOptions.epsilon(0.5).withDomain(Domain.LOG).withMaxIterations(1000))
                .solve(LinearProblem.uniform(flaky));
        assertEquals(StopReason.DIVERGED, r.convergence().reason());
        double[] f = r.potentials().f();
        for (double v : f) {
            assertTrue(Double.isFinite(v), "the last finite potentials are returned");
        }
    }

    @Test
    void unbalancedRelaxationTransportsLessWhenTargetHasMoreMass() {
        Matrix x = RandomProblems.gaussian(17, 20, 2);
        Matrix y = RandomProblems.gaussian(18, 25, 2);
        double[] b = RandomProblems.weights(19, 25);
        for (int j = 0; j < b.length; j++) {
            b[j] *= 1.5;
        }
        double eps = 0.1;
        LinearProblem p = LinearProblem.of(CostFunction.squaredEuclidean().pairwise(x, y), null, null)
                .withRelaxation(1, 1);
        LinearProblem u = new LinearProblem(p.geometry(), p.a(), b, LinearProblem.tau(1.0, eps), LinearProblem.tau(1.0, eps));
        SinkhornResult k = new Sinkhorn(strict(eps, Domain.KERNEL).withTolerance(1e-12)).solve(u);
        SinkhornResult l = new Sinkhorn(strict(eps, Domain.LOG).withTolerance(1e-12)).solve(u);
        assertTrue(k.isConverged() && l.isConverged());
        double mass = k.plan().mass();
        assertTrue(mass > 1 && mass < 1.5, "mass between the two totals: " + mass);
        assertEquals(k.transportCost(), l.transportCost(), 1e-8 * k.transportCost());
    }

    @Test
    void planOperatorsAgreeWithDenseAlgebra() {
        LinearProblem p = randomProblem(20, 9, 11);
        TransportPlan plan = new Sinkhorn(strict(0.5, Domain.AUTO)).solve(p).plan();
        double[][] dense = plan.toArray();
        double[] y = RandomProblems.weights(21, 11);
        double[] x = RandomProblems.weights(22, 9);
        double[] py = plan.pullBack(y);
        double[] ptx = plan.pushForward(x);
        for (int i = 0; i < 9; i++) {
            double s = 0;
            for (int j = 0; j < 11; j++) {
                s += dense[i][j] * y[j];
            }
            assertEquals(s, py[i], 1e-15);
        }
        for (int j = 0; j < 11; j++) {
            double s = 0;
            for (int i = 0; i < 9; i++) {
                s += dense[i][j] * x[i];
            }
            assertEquals(s, ptx[j], 1e-15);
        }
        Matrix ym = RandomProblems.gaussian(23, 11, 3);
        Matrix pym = plan.pullBack(ym);
        for (int i = 0; i < 9; i++) {
            for (int c = 0; c < 3; c++) {
                double s = 0;
                for (int j = 0; j < 11; j++) {
                    s += dense[i][j] * ym.get(j, c);
                }
                assertEquals(s, pym.get(i, c), 1e-14);
            }
        }
        assertEquals(plan.cost(p.geometry()), new Sinkhorn(strict(0.5, Domain.AUTO)).solve(p).transportCost(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> plan.pullBack(new double[3]));
    }
}
