package io.github.ot4j.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCommandTest {

    @Test
    void demoPrintsATableOfConvergedSolvesThatAgree() {
        CliTestSupport.Run r = CliTestSupport.run("demo", "--n", "200");
        assertEquals(0, r.exitCode(), r.err());
        String[] rows = r.out().lines().filter(l -> l.startsWith("| sinkhorn")).toArray(String[]::new);
        assertEquals(4, rows.length, r.out());
        double first = Double.NaN;
        for (int k = 0; k < rows.length; k++) {
            String[] cells = rows[k].split("\\|");
            assertTrue(cells[5].contains("CONVERGED"), rows[k]);
            double cost = Double.parseDouble(cells[3].trim());
            if (k == 0) {
                first = cost;
            } else if (k < 3) {
                assertEquals(first, cost, 1e-6, "kernel, log and matrix-free solves agree");
            } else {
                assertTrue(cost < first, "a smaller epsilon gives a smaller transport cost");
            }
        }
        assertEquals(2, CliTestSupport.run("demo", "--n", "0").exitCode());
    }
}
