package io.github.ot4j.cli;

import io.github.ot4j.datasets.io.NpyReader;
import io.github.ot4j.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static io.github.ot4j.cli.CliTestSupport.json;
import static io.github.ot4j.cli.CliTestSupport.npy;
import static io.github.ot4j.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ot4j solve --method gw|fused-gw|partial|divergence} on golden inputs, and their bad-input errors. */
class SolveMethodsTest {

    @TempDir
    Path dir;

    private static double number(Map<String, String> j, String key) {
        assertTrue(j.containsKey(key), "missing " + key + " in " + j);
        return Double.parseDouble(j.get(key));
    }

    @Test
    void entropicGromovWassersteinFromCostMatrices() throws Exception {
        Golden g = Golden.load("entropic_gromov_wasserstein_square_loss");
        Path c1 = npy(dir, "C1.npy", g.inputMatrix("C1"));
        Path c2 = npy(dir, "C2.npy", g.inputMatrix("C2"));
        Path p = npy(dir, "p.npy", g.inputVector("p"));
        Path q = npy(dir, "q.npy", g.inputVector("q"));
        Path plan = dir.resolve("T.npy");
        CliTestSupport.Run r = run("solve", "--method", "gw", "--cost-source", c1.toString(), "--cost-target", c2.toString(),
                "--a", p.toString(), "--b", q.toString(), "--epsilon", "5e-3", "--plan-out", plan.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        Map<String, String> j = json(r.out());
        assertEquals("gw", j.get("method"));
        assertEquals("entropic", j.get("variant"));
        assertEquals("CONVERGED", j.get("stop_reason"));
        assertEquals(g.outputScalar("gw_dist"), number(j, "cost"), 1e-8 * g.outputScalar("gw_dist"));
        g.assertMatrix("plan", NpyReader.read(plan).toMatrix().toArray());
    }

    @Test
    void fusedGromovWassersteinReportsBothTerms() throws Exception {
        Golden g = Golden.load("fused_gromov_wasserstein_alpha0.5");
        Path m = npy(dir, "M.npy", g.inputMatrix("M"));
        Path c1 = npy(dir, "C1.npy", g.inputMatrix("C1"));
        Path c2 = npy(dir, "C2.npy", g.inputMatrix("C2"));
        CliTestSupport.Run r = run("solve", "--method", "fused-gw", "--cost", m.toString(), "--cost-source", c1.toString(),
                "--cost-target", c2.toString(), "--alpha", "0.3", "--epsilon", "0.01", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        Map<String, String> j = json(r.out());
        assertEquals(0.7 * number(j, "feature_cost") + 0.3 * number(j, "structure_cost"), number(j, "cost"), 1e-12);
        assertEquals("0.3", j.get("alpha"));
    }

    @Test
    void entropicPartialMirrorsPot() throws Exception {
        Golden g = Golden.load("partial_wasserstein_m0.6");
        Path m = npy(dir, "M.npy", g.inputMatrix("M"));
        Path a = npy(dir, "a.npy", g.inputVector("a"));
        Path b = npy(dir, "b.npy", g.inputVector("b"));
        Path plan = dir.resolve("P.npy");
        CliTestSupport.Run r = run("solve", "--method", "partial", "--cost", m.toString(), "--a", a.toString(), "--b",
                b.toString(), "--mass", "0.6", "--epsilon", "0.05", "--tol", "0", "--max-iter", "1000",
                "--plan-out", plan.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        Map<String, String> j = json(r.out());
        assertEquals("1000", j.get("iterations"));
        assertEquals(g.outputScalar("entropic_cost"), number(j, "cost"), 1e-8 * g.outputScalar("entropic_cost"));
        g.assertMatrix("entropic_plan", NpyReader.read(plan).toMatrix().toArray());
    }

    @Test
    void sinkhornDivergenceOfTwoPointClouds() throws Exception {
        Golden g = Golden.load("sinkhorn_divergence_reg1");
        Path xs = npy(dir, "Xs.npy", g.inputMatrix("Xs"));
        Path xt = npy(dir, "Xt.npy", g.inputMatrix("Xt"));
        Path a = npy(dir, "a.npy", g.inputVector("a"));
        Path b = npy(dir, "b.npy", g.inputVector("b"));
        CliTestSupport.Run r = run("solve", "--method", "divergence", "--source", xs.toString(), "--target", xt.toString(),
                "--a", a.toString(), "--b", b.toString(), "--epsilon", "1", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        Map<String, String> j = json(r.out());
        assertEquals("CONVERGED", j.get("stop_reason"));
        assertEquals(g.outputScalar("divergence"), number(j, "cost"), 1e-6 * g.outputScalar("divergence"));
        assertEquals(g.outputScalar("sinkhorn_loss_a"), number(j, "source_term"), 1e-6 * g.outputScalar("sinkhorn_loss_a"));
        assertEquals(g.outputScalar("sinkhorn_loss_ab"), number(j, "cross_term"), 1e-6 * g.outputScalar("sinkhorn_loss_ab"));
    }

    @Test
    void badInputGivesOneLineAndExitCode2() throws Exception {
        Path c = npy(dir, "C.npy", new double[][] {{0, 1}, {1, 0}});
        Path c3 = npy(dir, "C3.npy", new double[][] {{0, 1, 2}, {1, 0, 1}, {2, 1, 0}});
        Path pts = npy(dir, "X.npy", new double[][] {{0, 0}, {1, 1}});
        String[][] cases = {
            {"solve", "--method", "gw", "--cost-source", c.toString()},
            {"solve", "--method", "gw", "--cost-source", c.toString(), "--cost-target", c3.toString(), "--epsilon", "-1"},
            {"solve", "--method", "gw", "--cost-source", c.toString(), "--cost-target", c3.toString(), "--epsilon", "1",
                "--loss", "cubic"},
            {"solve", "--method", "gw", "--cost-source", c.toString(), "--cost-target", c.toString(), "--cost", c.toString(),
                "--epsilon", "1"},
            {"solve", "--method", "fused-gw", "--cost-source", c.toString(), "--cost-target", c3.toString(), "--epsilon", "1"},
            {"solve", "--method", "fused-gw", "--cost", c.toString(), "--cost-source", c.toString(), "--cost-target",
                c3.toString(), "--epsilon", "1"},
            {"solve", "--method", "fused-gw", "--cost", c.toString(), "--cost-source", c.toString(), "--cost-target",
                c.toString(), "--alpha", "2", "--epsilon", "1"},
            {"solve", "--method", "partial", "--cost", c.toString(), "--epsilon", "0.1"},
            {"solve", "--method", "partial", "--cost", c.toString(), "--mass", "3", "--epsilon", "0.1"},
            {"solve", "--method", "divergence", "--cost", c.toString(), "--epsilon", "0.1"},
            {"solve", "--method", "divergence", "--source", pts.toString(), "--target", pts.toString()},
            {"solve", "--method", "sinkhorn", "--cost", c.toString(), "--max-iter", "0"},
        };
        for (String[] args : cases) {
            CliTestSupport.Run r = run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + " -> " + r.err());
            assertEquals("", r.out(), "nothing on stdout for " + String.join(" ", args));
            String[] lines = r.err().trim().split("\n");
            assertEquals(1, lines.length, "one line: " + r.err());
            assertTrue(lines[0].startsWith("ot4j"), lines[0]);
        }
        assertTrue(run(cases[0]).err().contains("--cost-target"));
        assertTrue(run(cases[7]).err().contains("--mass"));
        assertTrue(run(cases[8]).err().contains("mass must be in (0, min(|a|, |b|)]"));
        assertTrue(run(cases[6]).err().contains("alpha must be in [0, 1], got 2.0"));
    }
}
