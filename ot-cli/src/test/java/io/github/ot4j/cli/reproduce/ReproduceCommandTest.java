package io.github.ot4j.cli.reproduce;

import io.github.ot4j.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReproduceCommandTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** The shared data sets: $OT4J_DATA, else beside the repository (tests run in the module directory). */
    static Path dataDir() {
        String env = System.getenv("OT4J_DATA");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "..", "shared", "datasets");
    }

    private static void assertOneErrorLine(Run r, String... fragments) {
        assertEquals(Main.EXIT_BAD_INPUT, r.exitCode(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        for (String f : fragments) {
            assertTrue(lines.get(0).contains(f), "'" + f + "' missing from: " + lines.get(0));
        }
    }

    @Test
    void unknownTaskIsOneLineNamingTheValueAndTheChoices() {
        assertOneErrorLine(run("reproduce", "--task", "mnist", "--data", dir.toString()), "'mnist'",
                "snareseq|scgem|office-decaf|office-surf|retrieval|all");
    }

    @Test
    void seedsOutsideTheSplitFilesAreRejected() {
        assertOneErrorLine(run("reproduce", "--task", "office-decaf", "--seeds", "11", "--data", dir.toString()),
                "--seeds must be in [1, 10], got 11");
        assertOneErrorLine(run("reproduce", "--seeds", "0"), "got 0");
    }

    @Test
    void missingDataDirectorySaysWhereToPutWhichFile() {
        Path absent = dir.resolve("no-such-dir");
        Path outFile = dir.resolve("results.md");
        assertOneErrorLine(run("reproduce", "--task", "all", "--data", absent.toString(), "--out", outFile.toString()),
                "data directory " + absent.toAbsolutePath().normalize() + " does not exist", "snareseq/SNAREseq_atac_X.npy",
                "OT4J_DATA");
        assertFalse(Files.exists(outFile), "nothing is written when the data are missing");
    }

    @Test
    void missingFileInAnExistingDirectoryNamesTheFile() {
        Run r = run("reproduce", "--task", "office-surf", "--data", dir.toString());
        assertOneErrorLine(r, "office_caltech10/surf_zscore/", "looked in " + dir.toAbsolutePath().normalize());
        assertFalse(r.err().contains("does not exist"), r.err());
    }

    @Test
    void helpHasAnExample() {
        Run r = run("reproduce", "--help");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("ot4j reproduce --task scgem"), r.out());
        assertTrue(r.out().contains("--seeds"), r.out());
    }

    /**
     * The cheapest real-data table end to end (scGEM, 177 cells, four InfoOT fits, a few seconds):
     * the expected rows, ot4j's documented median rule aligning well (FOSCTTM below 0.3), the
     * reference settings reproducing the original code's ~0.6 and the README's 0.604 printed beside
     * it; the file holds the same table; --json gives one parseable line per number.
     */
    @Test
    void scgemTableHasTheReferenceBesideOt4jsNumbers() throws Exception {
        Path data = dataDir();
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve("scgem/scGEM_expression_X.npy")),
                "scGEM not found under " + data.toAbsolutePath().normalize() + " (set OT4J_DATA); skipping");
        Path outFile = dir.resolve("sub/results.md");
        Run r = run("reproduce", "--task", "scgem", "--data", data.toString(), "--out", outFile.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err(), "--quiet prints nothing on standard error");
        List<String[]> rows = r.out().lines().filter(l -> l.startsWith("| InfoOT") || l.startsWith("| SCOT"))
                .map(l -> l.split("\\|")).toList();
        assertEquals(11, rows.size(), r.out());
        double median = fosctm(rows, "InfoOT, barycentric", "**ot4j settings** — documented, median rule");
        assertTrue(median < 0.3, "median rule FOSCTTM " + median);
        double reference = fosctm(rows, "InfoOT, barycentric", "**ot4j, reference settings** — h = 0.5 (reference rule)");
        assertTrue(reference > 0.55 && reference < 0.65, "reference settings FOSCTTM " + reference);
        assertEquals(0.604, fosctm(rows, "InfoOT, barycentric", "*reference value* — InfoOT (h=0.5"), 0);
        assertEquals(0.217, fosctm(rows, "InfoOT, barycentric", "*reference value* — InfoOT (h=1.0"), 0);
        double raw = fosctm(rows, "InfoOT, barycentric", "**ot4j, reference settings** — h = 1 (reference rule)");
        assertEquals(0.217, raw, 0.005, "the original code's raw-feature run is reproduced");
        for (String[] row : rows) {
            if (!row[2].contains("reference value")) {
                double transfer = Double.parseDouble(row[4].trim());
                assertTrue(transfer >= 0 && transfer <= 100, String.join("|", row));
            }
        }
        String file = Files.readString(outFile, StandardCharsets.UTF_8);
        String table = r.out().substring(r.out().indexOf("| method"), r.out().indexOf("Wall time"));
        assertTrue(file.contains(table), "the file holds the printed table");
        assertTrue(file.contains("Produced by `ot4j reproduce --task scgem --data "), file);

        Run j = run("reproduce", "--task", "scgem", "--data", data.toString(), "--out", outFile.toString(), "--json",
                "--quiet");
        assertEquals(0, j.exitCode(), j.err());
        List<String> lines = j.out().lines().toList();
        assertEquals(3 + 4 * 2 * 2, lines.size(), "3 reference values and 4 fits x 2 projections x 2 metrics: " + j.out());
        for (String line : lines) {
            assertTrue(line.startsWith("{\"experiment\":\"scgem\"") && line.endsWith("}"), line);
        }
    }

    private static double fosctm(List<String[]> rows, String method, String settingsPrefix) {
        for (String[] row : rows) {
            if (row[1].trim().equals(method) && row[2].trim().startsWith(settingsPrefix)) {
                return Double.parseDouble(row[3].trim());
            }
        }
        throw new AssertionError("no row " + method + " / " + settingsPrefix);
    }
}
