package io.github.ot4j.cli;

import io.github.ot4j.datasets.io.NpyReader;
import io.github.ot4j.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.github.ot4j.cli.CliTestSupport.json;
import static io.github.ot4j.cli.CliTestSupport.npy;
import static io.github.ot4j.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SolveCommandTest {

    @TempDir
    Path dir;

    @Test
    void solvesAGoldenProblemFromFilesAndWritesThePlan() throws Exception {
        Golden g = Golden.load("sinkhorn_log_reg0.01");
        Path cost = npy(dir, "M.npy", g.inputMatrix("M"));
        Path a = npy(dir, "a.npy", g.inputVector("a"));
        Path b = npy(dir, "b.npy", g.inputVector("b"));
        Path plan = dir.resolve("P.npy");
        CliTestSupport.Run r = run("solve", "--cost", cost.toString(), "--a", a.toString(), "--b", b.toString(),
                "--epsilon", "0.01", "--plan-out", plan.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(1, r.out().trim().split("\n").length, "exactly one JSON line");
        Map<String, String> j = json(r.out());
        assertEquals("sinkhorn", j.get("method"));
        assertEquals("CONVERGED", j.get("stop_reason"));
        assertEquals(g.outputScalar("sinkhorn2"), Double.parseDouble(j.get("cost")), 1e-7 * g.outputScalar("sinkhorn2"));
        assertTrue(Double.parseDouble(j.get("marginal_error")) <= 1e-9);
        for (String key : new String[] {"regularized_cost", "iterations", "seconds", "epsilon", "domain"}) {
            assertTrue(j.containsKey(key), key);
        }
        g.assertMatrix("plan", NpyReader.read(plan).toMatrix().toArray());
    }

    @Test
    void emdMatchesPotsExactPlanAndCost() throws Exception {
        Golden g = Golden.load("emd_n20_m30_d3");
        Path cost = npy(dir, "M.npy", g.inputMatrix("M"));
        Path a = npy(dir, "a.npy", g.inputVector("a"));
        Path b = npy(dir, "b.npy", g.inputVector("b"));
        Path plan = dir.resolve("P.npy");
        CliTestSupport.Run r = run("solve", "--method", "emd", "--cost", cost.toString(), "--a", a.toString(),
                "--b", b.toString(), "--plan-out", plan.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        Map<String, String> j = json(r.out());
        assertEquals("emd", j.get("method"));
        assertEquals("CONVERGED", j.get("stop_reason"));
        g.assertScalar("cost", Double.parseDouble(j.get("cost")));
        assertTrue(Integer.parseInt(j.get("nonzeros")) <= 20 + 30 - 1, "a vertex of the transport polytope");
        g.assertMatrix("plan", NpyReader.read(plan).toMatrix().toArray());
        assertEquals(2, run("solve", "--method", "emd", "--cost", cost.toString(), "--epsilon", "0.1").exitCode());
    }

    @Test
    void pointInputsWithOnlineGeometryAndFixedIterations() throws Exception {
        double[][] x = {{0, 0}, {1, 0}, {0, 1}};
        double[][] y = {{0, 0.1}, {1, 0.2}};
        Path xs = npy(dir, "x.npy", x);
        Path ys = npy(dir, "y.npy", y);
        CliTestSupport.Run dense = run("solve", "--source", xs.toString(), "--target", ys.toString(), "--metric", "euclidean",
                "--geometry", "dense", "--epsilon", "0.1", "--quiet");
        CliTestSupport.Run online = run("solve", "--source", xs.toString(), "--target", ys.toString(), "--metric", "euclidean",
                "--geometry", "online", "--epsilon", "0.1", "--quiet");
        assertEquals(0, dense.exitCode(), dense.err());
        assertEquals("online", json(online.out()).get("geometry"));
        assertEquals(Double.parseDouble(json(dense.out()).get("cost")), Double.parseDouble(json(online.out()).get("cost")), 1e-12);
        CliTestSupport.Run fixed = run("solve", "--source", xs.toString(), "--target", ys.toString(), "--tol", "0",
                "--max-iter", "13", "--epsilon", "0.1", "--quiet");
        assertEquals("13", json(fixed.out()).get("iterations"));
        assertEquals("MAX_ITERATIONS", json(fixed.out()).get("stop_reason"));
    }

    @Test
    void badInputGivesOneLineAndExitCode2() throws Exception {
        Path cost = npy(dir, "C.npy", new double[][] {{0, 1}, {1, 0}});
        Path vec3 = npy(dir, "v.npy", new double[] {0.2, 0.3, 0.5});
        Path garbage = dir.resolve("garbage.npy");
        Files.writeString(garbage, "not an npy file");
        String[][] cases = {
            {"solve", "--cost", dir.resolve("missing.npy").toString()},
            {"solve", "--cost", garbage.toString()},
            {"solve", "--cost", vec3.toString()},
            {"solve", "--cost", cost.toString(), "--a", vec3.toString()},
            {"solve", "--cost", cost.toString(), "--method", "simplex"},
            {"solve", "--cost", cost.toString(), "--epsilon", "0"},
            {"solve", "--cost", cost.toString(), "--domain", "weird"},
            {"solve", "--cost", cost.toString(), "--max-iter", "many"},
            {"solve"},
            {"frobnicate"},
        };
        for (String[] args : cases) {
            CliTestSupport.Run r = run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + " -> " + r.err());
            assertEquals("", r.out(), "nothing on stdout for " + String.join(" ", args));
            String[] lines = r.err().trim().split("\n");
            assertEquals(1, lines.length, "one line: " + r.err());
            assertTrue(lines[0].startsWith("ot4j"), lines[0]);
        }
        assertTrue(run("solve", "--cost", dir.resolve("missing.npy").toString()).err().contains("missing.npy"));
        assertTrue(run("solve", "--cost", cost.toString(), "--a", vec3.toString()).err().contains("a has 3 entries"));
    }

    @Test
    void helpShowsAnExample() {
        CliTestSupport.Run r = run("solve", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("Example"));
        assertTrue(r.out().contains("--plan-out"));
        assertEquals(0, run("demo", "--help").exitCode());
        assertEquals(0, run("--version").exitCode());
    }
}
