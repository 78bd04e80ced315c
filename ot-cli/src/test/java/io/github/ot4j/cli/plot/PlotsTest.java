package io.github.ot4j.cli.plot;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlotsTest {

    @TempDir
    Path dir;

    private static BufferedImage read(Path p) throws Exception {
        BufferedImage img = ImageIO.read(p.toFile());
        assertNotNull(img, p + " is not a readable image");
        assertTrue(img.getWidth() >= 800 && img.getHeight() >= 600, "size " + img.getWidth() + "x" + img.getHeight());
        return img;
    }

    /** A chart with content has many distinct colours; an empty canvas has a handful. */
    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> c = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                c.add(img.getRGB(x, y));
            }
        }
        return c.size();
    }

    @Test
    void writesReadablePngsWithContent() throws Exception {
        int n = 300;
        int m = 250;
        double[] plan = new double[n * m];
        for (int i = 0; i < n; i++) {
            plan[i * m + (i * m) / n] = 1.0 / n;
        }
        Path heat = dir.resolve("sub/plan.png");
        Plots.heatMap(plan, n, m, "plan", heat);
        assertTrue(distinctColours(read(heat)) > 5);

        Map<String, Matrix> series = new LinkedHashMap<>();
        series.put("source", RandomProblems.gaussian(1, 50, 2));
        series.put("target", RandomProblems.gaussian(2, 60, 3));
        Path scatter = dir.resolve("scatter.png");
        Plots.scatter(series, "clouds", scatter);
        assertTrue(distinctColours(read(scatter)) > 10);

        Map<String, double[]> traces = new LinkedHashMap<>();
        traces.put("sinkhorn", new double[] {1, 0.1, 0.01, 1e-3, 0, Double.NaN});
        Path conv = dir.resolve("conv.png");
        Plots.convergence(traces, "iteration", "convergence", conv);
        assertTrue(distinctColours(read(conv)) > 5);
    }
}
