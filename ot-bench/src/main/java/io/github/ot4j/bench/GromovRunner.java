package io.github.ot4j.bench;

import io.github.ot4j.datasets.io.NpyReader;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.problem.QuadraticProblem;
import io.github.ot4j.solver.CostFactorization;
import io.github.ot4j.solver.Domain;
import io.github.ot4j.solver.EntropicGromovOptions;
import io.github.ot4j.solver.EntropicGromovWasserstein;
import io.github.ot4j.solver.GromovWassersteinResult;
import io.github.ot4j.solver.SinkhornOptions;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Side-by-side run of entropic Gromov-Wasserstein against POT's
 * {@code entropic_gromov_wasserstein} on the same inputs: reads {@code C1_n.npy, C2_n.npy,
 * p_n.npy, q_n.npy} (and POT's plan {@code T_pot_n.npy} when present) from a directory written by
 * the POT timing script, solves with ot4j's defaults and with the POT-compatible options, and
 * prints one line per run: seconds, outer and inner iterations, gw value, and the largest plan
 * difference to POT's.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp ot-bench/target/benchmarks.jar \
 *      io.github.ot4j.bench.GromovRunner DIR n epsilon [repeats] [modes]
 * </pre>
 * {@code modes} is a comma-separated subset of {@code fast,pot} (default both).
 */
public final class GromovRunner {

    private GromovRunner() {
    }

    /**
     * @param args directory, n, epsilon, optional repeats, optional modes
     * @throws Exception on unreadable input
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        double eps = Double.parseDouble(args[2]);
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        String modes = args.length > 4 ? args[4] : "fast,pot";
        Matrix c1 = NpyReader.readMatrix(dir.resolve("C1_" + n + ".npy"));
        Matrix c2 = NpyReader.readMatrix(dir.resolve("C2_" + n + ".npy"));
        double[] p = NpyReader.readDoubleVector(dir.resolve("p_" + n + ".npy"));
        double[] q = NpyReader.readDoubleVector(dir.resolve("q_" + n + ".npy"));
        Path potPlan = dir.resolve("T_pot_" + n + ".npy");
        double[] reference = Files.exists(potPlan) ? NpyReader.readMatrix(potPlan).toRowMajor() : null;
        QuadraticProblem problem = QuadraticProblem.of(c1, c2, p, q);
        for (String mode : modes.split(",")) {
            EntropicGromovOptions o = options(mode, eps);
            for (int r = 0; r < repeats; r++) {
                long cpu0 = cpuNanos();
                long t0 = System.nanoTime();
                GromovWassersteinResult res = new EntropicGromovWasserstein(o).solve(problem);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpu = (cpuNanos() - cpu0) / 1e9;
                int inner = 0;
                for (int k : res.innerIterations()) {
                    inner += k;
                }
                double diff = Double.NaN;
                if (reference != null) {
                    double[] plan = res.plan().toRowMajor();
                    diff = 0;
                    for (int k = 0; k < plan.length; k++) {
                        diff = Math.max(diff, Math.abs(plan[k] - reference[k]));
                    }
                }
                System.out.println(String.format(Locale.ROOT,
                        "mode=%s n=%d eps=%g seconds=%.3f cpu=%.3f outer=%d inner=%d stop=%s err=%.3e gw=%.15g "
                                + "maxPlanDiffVsPot=%.3e load=%.2f",
                        mode, n, eps, seconds, cpu, res.convergence().iterations(), inner, res.convergence().reason(),
                        res.convergence().finalError(), res.value(), diff,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            }
        }
    }

    /**
     * "pot", or "fast" followed by modifiers: "+kernel" (kernel-domain inner solves), "+log",
     * "+check1" (inner error checked every iteration), "+l2" (inner error in the L2 norm, as
     * POT), "+dense" (no low-rank factors), "+acc" (Anderson acceleration of the outer loop).
     */
    static EntropicGromovOptions options(String mode, double eps) {
        if ("pot".equals(mode)) {
            return EntropicGromovOptions.potCompatible(eps);
        }
        EntropicGromovOptions o = EntropicGromovOptions.epsilon(eps);
        SinkhornOptions inner = o.inner();
        for (String part : mode.split("\\+")) {
            switch (part) {
                case "fast":
                    break;
                case "kernel":
                    inner = inner.withDomain(Domain.KERNEL);
                    break;
                case "log":
                    inner = inner.withDomain(Domain.LOG);
                    break;
                case "check1":
                    inner = inner.withCheckEvery(1);
                    break;
                case "l2":
                    inner = inner.withErrorNorm(io.github.ot4j.solver.ErrorNorm.L2);
                    break;
                case "dense":
                    o = o.withFactorization(CostFactorization.NONE);
                    break;
                case "acc":
                    o = o.withAcceleration(EntropicGromovOptions.SUGGESTED_ACCELERATION);
                    break;
                default:
                    throw new IllegalArgumentException("unknown mode part " + part);
            }
        }
        return o.withInner(inner);
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean b = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : b.getAllThreadIds()) {
            long t = b.getThreadCpuTime(id);
            if (t > 0) {
                total += t;
            }
        }
        return total;
    }
}
