package io.github.ot4j.solver;

import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.internal.Kernels;
import io.github.ot4j.internal.ScalarKernels;
import io.github.ot4j.internal.Vectorization;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.StopReason;
import io.github.ot4j.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POT 0.8.2 golden cases for {@code ot.sinkhorn} (both methods), each run with the scalar and,
 * when available, the Vector API kernels.
 */
class SinkhornGoldenTest {

    static Stream<Kernels> kernels() {
        List<Kernels> out = new ArrayList<>();
        out.add(ScalarKernels.INSTANCE);
        Kernels v = Vectorization.vectorKernelsOrNull();
        if (v != null) {
            out.add(v);
        }
        return out.stream();
    }

    static Stream<Arguments> convergedCases() {
        String[] names = {"sinkhorn_knopp_reg1", "sinkhorn_knopp_reg0.1", "sinkhorn_knopp_reg0.01",
            "sinkhorn_knopp_reg1e-3", "sinkhorn_log_reg1", "sinkhorn_log_reg0.1", "sinkhorn_log_reg0.01",
            "sinkhorn_log_reg1e-3", "sinkhorn_log_reg2e-4", "sinkhorn_log_reg1e-4"};
        return Stream.of(names).flatMap(n -> kernels().map(k -> Arguments.of(n, k)));
    }

    private static LinearProblem problem(Golden g) {
        return LinearProblem.of(Geometry.dense(g.inputMatrix("M")), g.inputVector("a"), g.inputVector("b"));
    }

    private static Domain domainOf(Golden g) {
        return "sinkhorn_log".equals(g.params().get("method")) ? Domain.LOG : Domain.KERNEL;
    }

    /** Converged reference runs: any correct solver must land on the same plan. */
    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("convergedCases")
    void matchesConvergedReference(String name, Kernels kernels) {
        Golden g = Golden.load(name);
        SinkhornOptions opts = SinkhornOptions.potDefaults(g.param("reg"), domainOf(g))
                .withMaxIterations((int) g.param("numItermax"));
        SinkhornResult r = new Sinkhorn(opts, kernels).solve(problem(g));
        assertEquals(StopReason.CONVERGED, r.convergence().reason(), r.convergence().toString());
        g.assertMatrix("plan", r.plan().toArray());
        g.assertScalar("sinkhorn2", r.transportCost());
    }

    /** Capped runs match only an exact mirror of POT's iteration (init, order, check schedule, cap). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sinkhorn_knopp_reg1e-3_cap1000", "sinkhorn_log_reg1e-3_cap1000"})
    void mirrorsCappedIteration(String name) {
        Golden g = Golden.load(name);
        SinkhornOptions opts = SinkhornOptions.potDefaults(g.param("reg"), domainOf(g))
                .withMaxIterations((int) g.param("numItermax"));
        SinkhornResult r = new Sinkhorn(opts, ScalarKernels.INSTANCE).solve(problem(g));
        assertEquals(StopReason.MAX_ITERATIONS, r.convergence().reason());
        assertEquals(1000, r.convergence().iterations());
        g.assertMatrix("plan", r.plan().toArray());
    }

    /**
     * POT's kernel-domain solver fails at these regularizations (Kᵀu = 0 at iteration 0); ot4j's
     * automatic domain must not share the failure: it converges through the log domain to the
     * log-domain reference plan.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2e-4", "1e-4"})
    void doesNotShareKernelDomainFailure(String reg) {
        Golden failing = Golden.load("sinkhorn_knopp_reg" + reg + "_FAILS");
        Golden reference = Golden.load("sinkhorn_log_reg" + reg);
        SinkhornOptions opts = SinkhornOptions.potDefaults(Double.parseDouble(reg), Domain.AUTO).withMaxIterations(20000);
        SinkhornResult r = new Sinkhorn(opts).solve(problem(failing));
        assertEquals(StopReason.CONVERGED, r.convergence().reason(), r.convergence().toString());
        assertEquals(Domain.LOG, r.domain());
        reference.assertMatrix("plan", r.plan().toArray());

        SinkhornResult kernelOnly = new Sinkhorn(opts.withDomain(Domain.KERNEL)).solve(problem(failing));
        assertEquals(StopReason.DIVERGED, kernelOnly.convergence().reason(), "the kernel domain underflows here");
        assertTrue(kernelOnly.plan().mass() >= 0);
    }
}
