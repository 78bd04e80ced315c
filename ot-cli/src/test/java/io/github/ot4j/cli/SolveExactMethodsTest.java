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

/** {@code ot4j solve} with the methods built on the network simplex and the exact 1-D distance. */
class SolveExactMethodsTest {

    @TempDir
    Path dir;

    @Test
    void exactFusedGromovWassersteinMatchesPot() throws Exception {
        Golden g = Golden.load("fused_gromov_wasserstein_alpha0.5");
        Path m = npy(dir, "M.npy", g.inputMatrix("M"));
        Path c1 = npy(dir, "C1.npy", g.inputMatrix("C1"));
        Path c2 = npy(dir, "C2.npy", g.inputMatrix("C2"));
        Path plan = dir.resolve("G.npy");
        CliTestSupport.Run r = run("solve", "--method", "fused-gw", "--cost", m.toString(), "--cost-source", c1.toString(),
                "--cost-target", c2.toString(), "--alpha", "0.5", "--plan-out", plan.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        Map<String, String> j = json(r.out());
        assertEquals("exact", j.get("variant"));
        assertEquals(g.outputScalar("fgw_dist"), Double.parseDouble(j.get("cost")), 1e-9 * g.outputScalar("fgw_dist"));
        g.assertMatrix("plan", NpyReader.read(plan).toMatrix().toArray());
    }

    @Test
    void exactPartialMatchesPot() throws Exception {
        Golden g = Golden.load("partial_wasserstein_m0.6");
        Path m = npy(dir, "M.npy", g.inputMatrix("M"));
        Path a = npy(dir, "a.npy", g.inputVector("a"));
        Path b = npy(dir, "b.npy", g.inputVector("b"));
        CliTestSupport.Run r = run("solve", "--method", "partial", "--cost", m.toString(), "--a", a.toString(), "--b",
                b.toString(), "--mass", "0.6", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        Map<String, String> j = json(r.out());
        assertEquals("exact", j.get("variant"));
        assertEquals(g.outputScalar("cost"), Double.parseDouble(j.get("cost")), 1e-12 * g.outputScalar("cost"));
    }

    @Test
    void slicedIsSeededAndBadOrdersAreRejected() throws Exception {
        Golden g = Golden.load("sliced_wasserstein_d3_K20");
        Path xs = npy(dir, "Xs.npy", g.inputMatrix("Xs"));
        Path xt = npy(dir, "Xt.npy", g.inputMatrix("Xt"));
        Path a = npy(dir, "a.npy", g.inputVector("a"));
        Path b = npy(dir, "b.npy", g.inputVector("b"));
        String[] args = {"solve", "--method", "sliced", "--source", xs.toString(), "--target", xt.toString(), "--a",
            a.toString(), "--b", b.toString(), "--projections", "200", "--seed", "7", "--p", "2", "--quiet"};
        CliTestSupport.Run r1 = run(args);
        CliTestSupport.Run r2 = run(args);
        assertEquals(0, r1.exitCode(), r1.err());
        Map<String, String> j = json(r1.out());
        assertEquals(j.get("cost"), json(r2.out()).get("cost"), "same seed, same value");
        double sw = Double.parseDouble(j.get("cost"));
        assertTrue(sw <= Double.parseDouble(j.get("max_sliced")));
        assertEquals(g.outputScalar("sw_p2"), sw, 0.1 * g.outputScalar("sw_p2"), "200 random directions vs POT's 20");
        CliTestSupport.Run bad = run("solve", "--method", "sliced", "--source", xs.toString(), "--target", xt.toString(),
                "--p", "3");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--p must be 1 or 2, got 3"), bad.err());
        CliTestSupport.Run missing = run("solve", "--method", "sliced", "--source", xs.toString());
        assertEquals(2, missing.exitCode());
    }
}
