package io.github.ot4j.solver;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.problem.QuadraticProblem;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchTest {

    private static List<LinearProblem> problems(int count) {
        List<LinearProblem> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int n = 5 + k % 7;
            int m = 4 + k % 5;
            out.add(LinearProblem.of(CostFunction.squaredEuclidean().pairwise(RandomProblems.gaussian(k, n, 2),
                    RandomProblems.gaussian(1000 + k, m, 2)), RandomProblems.weights(2000 + k, n), RandomProblems.weights(3000 + k, m)));
        }
        return out;
    }

    @Test
    void batchedSinkhornEqualsOneByOneInInputOrder() {
        List<LinearProblem> problems = problems(40);
        SinkhornOptions o = SinkhornOptions.epsilon(0.3);
        List<SinkhornResult> batch = Batch.sinkhorn(problems, o);
        assertEquals(problems.size(), batch.size());
        Sinkhorn s = new Sinkhorn(o);
        for (int k = 0; k < problems.size(); k++) {
            SinkhornResult single = s.solve(problems.get(k));
            assertEquals(problems.get(k), batch.get(k).problem(), "result " + k + " belongs to problem " + k);
            double[] expected = single.plan().toRowMajor();
            double[] actual = batch.get(k).plan().toRowMajor();
            for (int x = 0; x < expected.length; x++) {
                assertEquals(expected[x], actual[x], 1e-10 * expected[x] + 1e-15, "problem " + k);
            }
            assertEquals(single.transportCost(), batch.get(k).transportCost(), 1e-12 * single.transportCost());
        }
        assertThrows(UnsupportedOperationException.class, () -> batch.set(0, null));
    }

    @Test
    void usesSeveralThreadsAndKeepsOrderWithUnevenWork() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> inputs = new ArrayList<>();
        for (int k = 0; k < 64; k++) {
            inputs.add(k);
        }
        List<Integer> out = Batch.map(inputs, k -> {
            threads.add(Thread.currentThread().getName());
            long spin = (k % 5) * 200_000L;
            double x = 0;
            for (long t = 0; t < spin; t++) {
                x += Math.sqrt(t);
            }
            return x >= 0 ? k * k : -1;
        }, 2);
        for (int k = 0; k < 64; k++) {
            assertEquals(k * k, out.get(k));
        }
        assertTrue(threads.size() <= 2, "at most the requested parallelism: " + threads);
        assertEquals(List.of(), Batch.map(List.of(), x -> x, 0));
    }

    @Test
    void batchedGromovWassersteinEqualsOneByOne() {
        List<QuadraticProblem> problems = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            Matrix x = RandomProblems.gaussian(10 + k, 8, 2);
            Matrix y = RandomProblems.gaussian(20 + k, 9, 2);
            problems.add(QuadraticProblem.of(CostFunction.squaredEuclidean().pairwise(x, x).toMatrix(),
                    CostFunction.squaredEuclidean().pairwise(y, y).toMatrix(), null, null));
        }
        EntropicGromovOptions o = EntropicGromovOptions.epsilon(1);
        List<GromovWassersteinResult> batch = Batch.entropicGromovWasserstein(problems, o);
        for (int k = 0; k < problems.size(); k++) {
            // equal up to round-off: the Vector API's lane reductions may sum in another order
            // once the JIT has compiled them, so runs are not bit-identical across threads
            GromovWassersteinResult single = new EntropicGromovWasserstein(o).solve(problems.get(k));
            double[] expected = single.plan().toRowMajor();
            double[] actual = batch.get(k).plan().toRowMajor();
            for (int x = 0; x < expected.length; x++) {
                assertEquals(expected[x], actual[x], 1e-10 * expected[x] + 1e-15, "problem " + k);
            }
        }
    }

    @Test
    void pairwiseAndCrossDistanceMatrices() {
        List<Matrix> clouds = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            clouds.add(RandomProblems.gaussian(50 + k, 6 + k, 2));
        }
        SinkhornDivergence div = new SinkhornDivergence(SinkhornOptions.epsilon(0.5));
        double[][] d = Batch.pairwise(clouds, (x, y) -> div.compute(x, y, null, null, CostFunction.squaredEuclidean())
                .divergence(), 0);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, d[i][i], 1e-9, "zero up to the solver tolerance");
            for (int j = 0; j < 5; j++) {
                assertEquals(d[i][j], d[j][i], 0);
                double direct = div.compute(clouds.get(Math.min(i, j)), clouds.get(Math.max(i, j)), null, null,
                        CostFunction.squaredEuclidean()).divergence();
                assertEquals(direct, d[i][j], 1e-12 * Math.abs(direct) + 1e-15);
            }
        }
        double[][] c = Batch.cross(List.of(1, 2, 3), List.of(10, 20), (x, y) -> x * y, 1);
        assertArrayEquals(new double[] {10, 20}, c[0]);
        assertArrayEquals(new double[] {30, 60}, c[2]);
    }

    @Test
    void failuresNameTheInput() {
        List<LinearProblem> problems = problems(5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Batch.map(problems, p -> {
                    if (p == problems.get(3)) {
                        throw new IllegalArgumentException("bad weights");
                    }
                    return 0;
                }, 2));
        assertEquals("inputs[3]: bad weights", e.getMessage());
        assertThrows(IllegalStateException.class, () -> Batch.map(List.of(1), x -> {
            throw new IllegalStateException("boom");
        }, 1));
        e = assertThrows(IllegalArgumentException.class, () -> Batch.map(List.of(1), x -> x, -1));
        assertTrue(e.getMessage().contains("parallelism must be >= 0, got -1"));
    }
}
