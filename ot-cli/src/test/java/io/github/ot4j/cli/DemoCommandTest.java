package io.github.ot4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo end to end, in-process: the numbers are sane and the figures are real images. */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demoShowsInfoOtsRobustnessToOutliersAndWritesFigures() throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("demo", "--out", dir.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        Map<String, Double> da = new HashMap<>();
        Map<String, Double> cross = new HashMap<>();
        for (String line : r.out().lines().filter(l -> l.startsWith("| DA") || l.startsWith("| cross")).toList()) {
            String[] c = line.split("\\|");
            String method = c[2].trim();
            String metric = c[4].trim();
            String v = c[5].trim();
            double value = v.endsWith("%") ? Double.parseDouble(v.replace("%", "").trim()) / 100 : Double.parseDouble(v);
            (line.startsWith("| DA") ? da : cross).put(method + "/" + metric, value);
            if (!c[3].trim().equals("-")) {
                assertTrue(Double.parseDouble(c[3].trim()) > 0, "transport cost is positive: " + line);
            }
        }
        double none = da.get("no adaptation/1-NN accuracy");
        double emd = da.get("EMD/1-NN accuracy");
        double fused = da.get("fused InfoOT/1-NN accuracy");
        assertTrue(fused > emd, "fused InfoOT (" + fused + ") must beat EMD (" + emd + ") on the outlier pair");
        assertTrue(emd > none, "adaptation helps at all: EMD " + emd + " vs none " + none);
        assertTrue(fused >= 0.95, "fused InfoOT recovers the classes: " + fused);
        assertTrue(cross.get("InfoOT/FOSCTTM") < 0.25, "InfoOT aligns the cross-dimension pair: " + cross);
        assertTrue(cross.get("entropic GW/FOSCTTM") < 0.25, "GW aligns the cross-dimension pair: " + cross);
        for (String name : new String[] {"demo-plans.png", "demo-mapped.png", "demo-convergence.png"}) {
            BufferedImage img = ImageIO.read(dir.resolve(name).toFile());
            assertNotNull(img, name + " is a readable PNG");
            assertTrue(img.getWidth() >= 800 && img.getHeight() >= 500, name + " has a sensible size");
        }
    }

    @Test
    void jsonModePrintsOneLinePerRowAndBadInputFails() {
        CliTestSupport.Run r = CliTestSupport.run("demo", "--json", "--no-plots", "--seed", "3");
        assertEquals(0, r.exitCode(), r.err());
        long rows = r.out().lines().filter(l -> l.startsWith("{") && l.endsWith("}")).count();
        assertEquals(r.out().lines().count(), rows, "only JSON lines on stdout");
        assertEquals(9, rows);
        assertEquals(2, CliTestSupport.run("demo", "--seed", "x").exitCode());
    }
}
