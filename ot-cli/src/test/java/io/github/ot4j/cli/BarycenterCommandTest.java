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

class BarycenterCommandTest {

    @TempDir
    Path dir;

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < a[0].length; k++) {
                t[k][i] = a[i][k];
            }
        }
        return t;
    }

    @Test
    void writesTheGoldenBarycenter() throws Exception {
        Golden g = Golden.load("barycenter_1d_reg1e-3_w0.5");
        Path h = npy(dir, "H.npy", transpose(g.inputMatrix("A")));
        Path m = npy(dir, "M.npy", g.inputMatrix("M"));
        Path w = npy(dir, "w.npy", g.inputVector("weights"));
        Path out = dir.resolve("bary.npy");
        CliTestSupport.Run r = run("barycenter", "--histograms", h.toString(), "--cost", m.toString(), "--weights",
                w.toString(), "--epsilon", "1e-3", "--tol", "1e-10", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(1, r.out().trim().split("\n").length);
        Map<String, String> j = json(r.out());
        assertEquals("CONVERGED", j.get("stop_reason"));
        assertEquals(1.0, Double.parseDouble(j.get("mass")), 1e-6);
        g.assertVector("barycenter", NpyReader.read(out).toDoubleVector());
    }

    @Test
    void positionsOnALineAndTheDebiasedMethod() throws Exception {
        int n = 30;
        double[] x = new double[n];
        double[][] h = new double[2][n];
        for (int i = 0; i < n; i++) {
            x[i] = i / (double) n;
            h[0][i] = Math.exp(-Math.pow((x[i] - 0.3) / 0.05, 2));
            h[1][i] = Math.exp(-Math.pow((x[i] - 0.7) / 0.05, 2));
        }
        for (double[] row : h) {
            double s = java.util.Arrays.stream(row).sum();
            for (int i = 0; i < n; i++) {
                row[i] /= s;
            }
        }
        Path hp = npy(dir, "H.npy", h);
        Path xp = npy(dir, "x.npy", x);
        Path out = dir.resolve("b.npy");
        CliTestSupport.Run r = run("barycenter", "--histograms", hp.toString(), "--positions", xp.toString(), "--epsilon",
                "2e-3", "--method", "debiased", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        double[] b = NpyReader.read(out).toDoubleVector();
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += b[i] * x[i];
        }
        assertEquals(0.5, mean, 0.02, "the barycenter of bumps at 0.3 and 0.7 sits at 0.5");
    }

    @Test
    void badInputGivesOneLineAndExitCode2() throws Exception {
        Path h = npy(dir, "H.npy", new double[][] {{0.5, 0.5}, {0.2, 0.8}});
        Path c3 = npy(dir, "C3.npy", new double[][] {{0, 1, 2}, {1, 0, 1}, {2, 1, 0}});
        Path w = npy(dir, "w.npy", new double[] {0.5, 0.6});
        Path out = dir.resolve("b.npy");
        String[][] cases = {
            {"barycenter", "--histograms", h.toString(), "--cost", c3.toString(), "--epsilon", "0.1", "--out", out.toString()},
            {"barycenter", "--histograms", h.toString(), "--epsilon", "0.1", "--out", out.toString()},
            {"barycenter", "--histograms", h.toString(), "--positions", h.toString(), "--epsilon", "0.1", "--out", out.toString()},
            {"barycenter", "--histograms", h.toString(), "--cost", c3.toString(), "--weights", w.toString(), "--epsilon", "0.1",
                "--out", out.toString()},
            {"barycenter", "--histograms", h.toString(), "--cost", c3.toString(), "--epsilon", "0", "--out", out.toString()},
            {"barycenter", "--histograms", h.toString(), "--cost", c3.toString(), "--epsilon", "0.1"},
        };
        for (String[] args : cases) {
            CliTestSupport.Run r = run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + " -> " + r.err());
            assertEquals("", r.out());
            assertEquals(1, r.err().trim().split("\n").length, r.err());
        }
        assertTrue(run(cases[0]).err().contains("histograms[0] has 2 entries but the cost has 3 rows"), run(cases[0]).err());
    }
}
