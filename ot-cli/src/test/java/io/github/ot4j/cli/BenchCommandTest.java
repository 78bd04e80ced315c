package io.github.ot4j.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {

    @Test
    void quickRunReportsPositiveTimingsAndTheMachine() {
        CliTestSupport.Run r = CliTestSupport.run("bench", "--scale", "0.05", "--json", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(6, lines.size(), r.out());
        for (String line : lines.subList(0, 5)) {
            double v = Double.parseDouble(CliTestSupport.json(line).get("value"));
            assertTrue(v > 0 && Double.isFinite(v), line);
        }
        assertTrue(lines.get(5).contains("processors"), lines.get(5));
        assertEquals(2, CliTestSupport.run("bench", "--scale", "0").exitCode());
        assertTrue(CliTestSupport.run("bench", "--help").out().contains("Example"));
    }
}
