package io.github.ot4j.info.da;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.info.InfoOtOptions;
import io.github.ot4j.solver.SinkhornOptions;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POT-style domain adaptation with each coupling method on shifted clusters. */
class DomainAdapterTest {

    private static final int N = 60;

    private static Matrix clusters(Random r, int[] labels, double shift) {
        double[] x = new double[N * 2];
        for (int i = 0; i < N; i++) {
            labels[i] = 1 + i % 3;
            x[2 * i] = 4 * (i % 3) + 0.4 * r.nextGaussian() + shift;
            x[2 * i + 1] = 0.4 * r.nextGaussian() + shift;
        }
        return Matrix.of(N, 2, x);
    }

    private static void checkAdapter(CouplingMethod method, double minAccuracy) {
        Random r = new Random(7);
        int[] ys = new int[N];
        int[] yt = new int[N];
        Matrix xs = clusters(r, ys, 0);
        Matrix xt = clusters(r, yt, 1);
        Adaptation a = new DomainAdapter(method).fit(xs, ys, xt);
        int[] guess = a.predictLabels();
        int hit = 0;
        for (int j = 0; j < N; j++) {
            hit += guess[j] == yt[j] ? 1 : 0;
        }
        assertTrue(hit >= minAccuracy * N, "label propagation accuracy " + hit + "/" + N);
        Matrix scores = a.transformLabels();
        for (int j = 0; j < N; j++) {
            double s = 0;
            for (int c = 0; c < 3; c++) {
                s += scores.get(j, c);
            }
            assertEquals(1, s, 1e-9);
        }
        Matrix same = a.transformLabels(ys);
        assertEquals(scores, same);
        int[] parity = new int[N];
        for (int i = 0; i < N; i++) {
            parity[i] = ys[i] % 2;
        }
        assertEquals(2, a.transformLabels(parity).cols());
        Matrix image = a.transform(xs);
        assertEquals(a.coupling().transformSource(), image);
        // Mapped source points land near the target cluster of their class (shift 1 in both coordinates).
        double err = 0;
        for (int i = 0; i < N; i++) {
            err += Math.abs(image.get(i, 0) - (4 * (i % 3) + 1));
        }
        assertTrue(err / N < 0.6, "mean error of mapped source: " + err / N);
        Matrix fresh = a.transform(Matrix.of(new double[][] {{0.1, 0.1}, {8.2, -0.1}}));
        assertTrue(Math.abs(fresh.get(0, 0) - 1.1) < 0.8 && Math.abs(fresh.get(1, 0) - 9.2) < 0.8,
                "out-of-sample images " + fresh.get(0, 0) + ", " + fresh.get(1, 0));
        assertThrows(IllegalArgumentException.class, () -> a.transform(Matrix.of(new double[][] {{1, 2, 3}})));
    }

    @Test
    void sinkhorn() {
        checkAdapter(Couplings.sinkhorn(SinkhornOptions.epsilon(0.5), CostFunction.squaredEuclidean()), 0.95);
    }

    @Test
    void emd() {
        checkAdapter(Couplings.emd(CostFunction.squaredEuclidean()), 0.95);
    }

    @Test
    void fusedInfoOtConditional() {
        checkAdapter(Couplings.fusedInfoOt(InfoOtOptions.fused().withMaxIterations(15), SourceProjection.CONDITIONAL),
                0.95);
    }

    @Test
    void fusedInfoOtBarycentric() {
        checkAdapter(Couplings.fusedInfoOt(InfoOtOptions.fused().withMaxIterations(15), SourceProjection.BARYCENTRIC),
                0.95);
    }

    /**
     * Pure InfoOT has no cross cost, so it can only match the clusters up to a symmetry of the
     * configuration (here three equally spaced clusters may be matched in reverse): the
     * propagated labels must be consistent with one bijection between clusters.
     */
    @Test
    void pureInfoOtMatchesClustersUpToTheirSymmetry() {
        Random r = new Random(7);
        int[] ys = new int[N];
        int[] yt = new int[N];
        Matrix xs = clusters(r, ys, 0);
        Matrix xt = clusters(r, yt, 1);
        Adaptation a = new DomainAdapter(Couplings.infoOt(InfoOtOptions.infoOt().withEpsilon(0.1).withMaxIterations(20),
                SourceProjection.BARYCENTRIC)).fit(xs, ys, xt);
        int[] guess = a.predictLabels();
        int[][] counts = new int[4][4];
        for (int j = 0; j < N; j++) {
            counts[yt[j]][guess[j]]++;
        }
        int consistent = 0;
        boolean[] used = new boolean[4];
        for (int c = 1; c <= 3; c++) {
            int best = 1;
            for (int g = 2; g <= 3; g++) {
                if (counts[c][g] > counts[c][best]) {
                    best = g;
                }
            }
            assertTrue(!used[best], "two target clusters map to source class " + best);
            used[best] = true;
            consistent += counts[c][best];
        }
        assertTrue(consistent >= 0.9 * N, "points consistent with one cluster bijection: " + consistent);
    }

    @Test
    void labelsAreRequiredAndMustMatch() {
        Random r = new Random(8);
        int[] ys = new int[N];
        Matrix xs = clusters(r, ys, 0);
        DomainAdapter d = new DomainAdapter(Couplings.sinkhorn(SinkhornOptions.epsilon(1), CostFunction.squaredEuclidean()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.fit(xs, new int[3], xs));
        assertTrue(e.getMessage().contains("sourceLabels has 3 entries but xs has 60 rows"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.fit(xs, null, xs));
    }
}
