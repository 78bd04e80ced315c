package io.github.ot4j.solver;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.result.SparsePlan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invariants every exact result must satisfy, with named tolerances: primal feasibility
 * (marginals), the vertex property, dual feasibility, complementary slackness and strong duality.
 */
final class ExactChecks {

    /** Relative tolerance on each marginal entry. */
    static final double MARGINAL_TOLERANCE = 1e-12;
    /** Absolute floor of the marginal tolerance, relative to the total mass (round-off of tiny entries). */
    static final double MARGINAL_FLOOR = 1e-16;
    /** Relative tolerance on dual feasibility and complementary slackness (relative to max |C|). */
    static final double DUAL_TOLERANCE = 1e-12;
    /** Relative tolerance on strong duality {@code <P, C> = <a, f> + <b, g>}. */
    static final double DUALITY_GAP_TOLERANCE = 1e-9;

    private ExactChecks() {
    }

    /**
     * Asserts every optimality condition of {@code r} for its own problem.
     *
     * @param r a converged result
     */
    static void assertOptimal(ExactResult r) {
        assertTrue(r.isConverged(), r.convergence().toString());
        Geometry geometry = r.problem().geometry();
        double[] a = r.problem().a();
        double[] b = r.problem().b();
        int n = geometry.rows();
        int m = geometry.cols();
        SparsePlan plan = r.plan();
        double massA = sum(a);
        double massB = sum(b);

        assertTrue(plan.nonZeros() <= n + m - 1, "a vertex has at most n + m - 1 non-zeros, got " + plan.nonZeros());
        double[] row = plan.rowMarginal();
        double[] col = plan.columnMarginal();
        for (int i = 0; i < n; i++) {
            assertEquals(a[i], row[i], MARGINAL_TOLERANCE * a[i] + MARGINAL_FLOOR * massA, "row marginal " + i);
        }
        double ratio = massA / massB;
        for (int j = 0; j < m; j++) {
            assertEquals(b[j] * ratio, col[j], MARGINAL_TOLERANCE * b[j] + MARGINAL_FLOOR * massA, "column marginal " + j);
        }

        double[] f = r.potentials().f();
        double[] g = r.potentials().g();
        double scale = 0;
        double[] c = new double[m];
        for (int i = 0; i < n; i++) {
            geometry.costRow(i, c);
            for (int j = 0; j < m; j++) {
                scale = Math.max(scale, Math.abs(c[j]));
            }
        }
        double tol = DUAL_TOLERANCE * Math.max(scale, 1e-300);
        double primal = 0;
        double[] p = new double[m];
        for (int i = 0; i < n; i++) {
            geometry.costRow(i, c);
            plan.row(i, p);
            for (int j = 0; j < m; j++) {
                double slack = c[j] - f[i] - g[j];
                assertTrue(slack >= -tol, "dual infeasible at (" + i + ", " + j + "): " + slack);
                if (p[j] > 0) {
                    assertEquals(0.0, slack, tol, "complementary slackness at (" + i + ", " + j + ")");
                }
                primal += p[j] * c[j];
            }
        }
        assertEquals(primal, r.cost(), 1e-12 * Math.max(Math.abs(primal), scale * massA), "reported cost is <P, C>");
        double dual = 0;
        for (int i = 0; i < n; i++) {
            dual += a[i] * f[i];
        }
        for (int j = 0; j < m; j++) {
            dual += b[j] * ratio * g[j];
        }
        assertEquals(primal, dual, DUALITY_GAP_TOLERANCE * Math.max(Math.abs(primal), scale * massA * 1e-3),
                "strong duality");
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
