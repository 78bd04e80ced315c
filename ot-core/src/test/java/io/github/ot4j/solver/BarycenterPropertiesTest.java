package io.github.ot4j.solver;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.problem.BarycenterProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeded properties of fixed-support barycenters on 1-D histograms. */
class BarycenterPropertiesTest {

    private static final int N = 40;

    private static double[] grid() {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = i / (double) (N - 1);
        }
        return x;
    }

    private static double[] gaussian(double mean, double sd) {
        double[] x = grid();
        double[] h = new double[N];
        double s = 0;
        for (int i = 0; i < N; i++) {
            h[i] = Math.exp(-0.5 * Math.pow((x[i] - mean) / sd, 2));
            s += h[i];
        }
        for (int i = 0; i < N; i++) {
            h[i] /= s;
        }
        return h;
    }

    private static double mean(double[] h) {
        double[] x = grid();
        double m = 0;
        double s = 0;
        for (int i = 0; i < N; i++) {
            m += x[i] * h[i];
            s += h[i];
        }
        return m / s;
    }

    @ParameterizedTest
    @EnumSource(value = Domain.class, names = {"KERNEL", "LOG"})
    void debiasedBarycenterOfOneInputIsThatInput(Domain domain) {
        double[] a = gaussian(0.4, 0.08);
        BarycenterProblem p = BarycenterProblem.onLine(grid(), new double[][] {a}, null);
        // The debiased iteration converges slowly (sublinearly) towards a; 1e-6 is far below the blur.
        BarycenterOptions debiased = BarycenterOptions.epsilon(0.01).withMethod(BarycenterMethod.DEBIASED).withDomain(domain);
        double[] b = new WassersteinBarycenter(debiased).solve(p).requireConverged().barycenter();
        double[] blurred = new WassersteinBarycenter(BarycenterOptions.epsilon(0.01)).solve(p).barycenter();
        double blur = 0;
        for (int i = 0; i < N; i++) {
            assertEquals(a[i], b[i], 1e-6, "bin " + i);
            blur = Math.max(blur, Math.abs(a[i] - blurred[i]));
        }
        assertTrue(blur > 1e-3, "the Bregman barycenter of one input is blurred: " + blur);
        // the same histogram given twice, with any weights
        BarycenterProblem twice = BarycenterProblem.onLine(grid(), new double[][] {a, a}, new double[] {0.3, 0.7});
        double[] b2 = new WassersteinBarycenter(debiased).solve(twice).requireConverged().barycenter();
        for (int i = 0; i < N; i++) {
            assertEquals(a[i], b2[i], 1e-6, "bin " + i);
        }
    }

    @Test
    void bregmanBarycenterOfOneInputIsItsEntropicBlur() {
        // One input: the Bregman projection gives v = Kᵀ (a / K 1) after one step, exactly.
        double[] a = gaussian(0.3, 0.1);
        double eps = 0.01;
        BarycenterProblem p = BarycenterProblem.onLine(grid(), new double[][] {a}, null);
        double[] b = new WassersteinBarycenter(BarycenterOptions.epsilon(eps)).solve(p).requireConverged().barycenter();
        double[] x = grid();
        double[] k1 = new double[N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                k1[i] += Math.exp(-Math.pow(x[i] - x[j], 2) / eps);
            }
        }
        for (int j = 0; j < N; j++) {
            double v = 0;
            for (int i = 0; i < N; i++) {
                v += Math.exp(-Math.pow(x[i] - x[j], 2) / eps) * a[i] / k1[i];
            }
            assertEquals(v, b[j], 1e-14, "bin " + j);
        }
    }

    @ParameterizedTest
    @EnumSource(BarycenterMethod.class)
    void barycenterOfTwoGaussiansSitsBetweenThem(BarycenterMethod method) {
        double[] a = gaussian(0.25, 0.06);
        double[] c = gaussian(0.75, 0.06);
        BarycenterProblem p = BarycenterProblem.onLine(grid(), new double[][] {a, c}, new double[] {0.25, 0.75});
        BarycenterResult r = new WassersteinBarycenter(BarycenterOptions.epsilon(2e-3).withMethod(method)).solve(p)
                .requireConverged();
        double[] b = r.barycenter();
        assertEquals(0.25 * 0.25 + 0.75 * 0.75, mean(b), 0.01);
        double mass = 0;
        for (double v : b) {
            mass += v;
            assertTrue(v >= 0);
        }
        assertEquals(1, mass, 1e-6);
        // swapping the inputs together with their weights changes nothing
        BarycenterProblem swapped = BarycenterProblem.onLine(grid(), new double[][] {c, a}, new double[] {0.75, 0.25});
        double[] bs = new WassersteinBarycenter(BarycenterOptions.epsilon(2e-3).withMethod(method)).solve(swapped)
                .barycenter();
        for (int i = 0; i < N; i++) {
            assertEquals(b[i], bs[i], 1e-9);
        }
    }

    @Test
    void badInputIsRejectedWithTheValue() {
        double[] a = gaussian(0.3, 0.1);
        assertMessage(() -> BarycenterProblem.onLine(grid(), new double[][] {a}, new double[] {0.5}), "weights sum to 0.5");
        assertMessage(() -> BarycenterProblem.onLine(grid(), new double[][] {a, new double[3]}, null),
                "histograms[1] has 3 entries");
        double[] heavy = a.clone();
        heavy[0] += 1;
        assertMessage(() -> BarycenterProblem.onLine(grid(), new double[][] {a, heavy}, null), "histograms[1] has total mass");
        assertMessage(() -> BarycenterProblem.of(Geometry.dense(new double[2][3]), new double[][] {{0.5, 0.5}}, null),
                "cost must be square");
        assertMessage(() -> BarycenterProblem.onLine(grid(), new double[0][], null), "at least one histogram");
        assertMessage(() -> BarycenterOptions.epsilon(-1), "epsilon must be > 0");
        double[][] asym = {{0, 1}, {2, 0}};
        BarycenterProblem p = BarycenterProblem.of(Geometry.dense(asym), new double[][] {{0.5, 0.5}}, null);
        assertMessage(() -> new WassersteinBarycenter(BarycenterOptions.epsilon(1).withMethod(BarycenterMethod.DEBIASED))
                .solve(p), "symmetric");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable e, String part) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        assertTrue(x.getMessage().contains(part), x.getMessage());
    }
}
