package io.github.ot4j.cli;

import io.github.ot4j.datasets.io.NpyReader;
import io.github.ot4j.datasets.io.NpyWriter;
import io.github.ot4j.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static io.github.ot4j.cli.CliTestSupport.json;
import static io.github.ot4j.cli.CliTestSupport.npy;
import static io.github.ot4j.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlignCommandTest {

    @TempDir
    Path dir;

    /** {@code --compat original} reproduces the original code's fused InfoOT with labels. */
    @Test
    void compatOriginalReproducesTheGoldenFusedRunWithLabels() throws Exception {
        Golden g = Golden.load("infoot_fused_labels");
        Path xs = npy(dir, "xs.npy", g.inputMatrix("Xs"));
        Path xt = npy(dir, "xt.npy", g.inputMatrix("Xt"));
        Path xn = npy(dir, "xn.npy", g.inputMatrix("X_new"));
        double[] yv = g.inputVector("Ys");
        int[] labels = new int[yv.length];
        for (int i = 0; i < yv.length; i++) {
            labels[i] = (int) yv[i];
        }
        Path ys = dir.resolve("ys.npy");
        NpyWriter.write(ys, labels);
        Path plan = dir.resolve("P.npy");
        Path proj = dir.resolve("Z.npy");
        Path projNew = dir.resolve("Znew.npy");
        CliTestSupport.Run r = run("align", "--method", "fused-infoot", "--source", xs.toString(), "--source-labels",
                ys.toString(), "--target", xt.toString(), "--bandwidth", "0.5", "--lambda", "100", "--epsilon", "1",
                "--iterations", "50", "--compat", "original", "--plan-out", plan.toString(), "--projection",
                "conditional", "--projection-out", proj.toString(), "--project-new", xn.toString(), "--new-out",
                projNew.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(1, r.out().trim().split("\n").length, "exactly one JSON line");
        Map<String, String> j = json(r.out());
        assertEquals("fused-infoot", j.get("method"));
        assertEquals("50", j.get("iterations"));
        assertEquals("original", j.get("compat"));
        assertTrue(j.containsKey("mutual_information") && j.containsKey("seconds"), r.out());
        g.assertMatrix("plan", NpyReader.read(plan).toMatrix().toArray());
        g.assertMatrix("conditional_projection", NpyReader.read(proj).toMatrix().toArray());
        // New points use the training bandwidth (batch-independent), so they differ from the
        // original's batch-bandwidth projection but have the right shape.
        assertEquals(g.inputMatrix("X_new").length, NpyReader.read(projNew).rows());
    }

    @Test
    void infootAcrossDimensionsAndSinkhorn() throws Exception {
        double[][] a = new double[12][];
        double[][] b = new double[10][];
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 0; i < a.length; i++) {
            a[i] = new double[] {rnd.nextGaussian() + 3 * (i % 2), rnd.nextGaussian()};
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = new double[] {rnd.nextGaussian(), rnd.nextGaussian() + 3 * (i % 2), rnd.nextGaussian()};
        }
        Path xs = npy(dir, "a.npy", a);
        Path xt = npy(dir, "b.npy", b);
        Path proj = dir.resolve("Z.npy");
        CliTestSupport.Run r = run("align", "--source", xs.toString(), "--target", xt.toString(), "--iterations", "10",
                "--epsilon", "0.2", "--bandwidth-rule", "median", "--bandwidth", "1", "--projection-out",
                proj.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        Map<String, String> j = json(r.out());
        assertEquals("infoot", j.get("method"));
        assertEquals("median", j.get("bandwidth_rule"));
        assertEquals(12, NpyReader.read(proj).rows());
        assertEquals(3, NpyReader.read(proj).cols());
        CliTestSupport.Run s = run("align", "--method", "sinkhorn", "--source", xs.toString(), "--target",
                xs.toString(), "--quiet");
        assertEquals(0, s.exitCode(), s.err());
        assertEquals("sinkhorn", json(s.out()).get("method"));
        Path plan = dir.resolve("emd.npy");
        CliTestSupport.Run e = run("align", "--method", "emd", "--source", xs.toString(), "--target", xs.toString(),
                "--plan-out", plan.toString(), "--quiet");
        assertEquals(0, e.exitCode(), e.err());
        // EMD between a point set and itself is the identity coupling.
        io.github.ot4j.geometry.Matrix p = NpyReader.read(plan).toMatrix();
        for (int i = 0; i < 12; i++) {
            assertEquals(1.0 / 12, p.get(i, i), 1e-12);
        }
    }

    @Test
    void badInputIsOneLineWithExitCode2() throws Exception {
        Path xs = npy(dir, "a.npy", new double[][] {{0, 1}, {1, 0}, {2, 2}});
        Path xt = npy(dir, "b.npy", new double[][] {{0, 1}, {1, 1}});
        Path bad = npy(dir, "c.npy", new double[][] {{0, 1, 2}});
        Path ys = dir.resolve("ys.npy");
        NpyWriter.write(ys, new int[] {1, 2});
        CliTestSupport.Run r = run("align", "--method", "fused-infoot", "--source", xs.toString(), "--target",
                xt.toString(), "--source-labels", ys.toString(), "--quiet");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("sourceLabels has 2 entries but xs has 3 rows"), r.err());
        assertEquals(1, r.err().trim().split("\n").length);
        r = run("align", "--source", xs.toString(), "--target", xt.toString(), "--bandwidth", "-1", "--quiet");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--bandwidth must be > 0, got -1.0"), r.err());
        r = run("align", "--source", xs.toString(), "--target", xt.toString(), "--project-new", bad.toString(),
                "--new-out", dir.resolve("z.npy").toString(), "--quiet");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("dimension 3"), r.err());
        r = run("align", "--method", "nope", "--source", xs.toString(), "--target", xt.toString(), "--quiet");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("--method must be"), r.err());
    }
}
