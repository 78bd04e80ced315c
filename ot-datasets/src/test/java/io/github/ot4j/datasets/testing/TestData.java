package io.github.ot4j.datasets.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Locates the real data directory for tests: {@code $OT4J_DATA} if set, else
 * {@code ../shared/datasets} next to the repository root (found by walking up from the working
 * directory to the folder holding {@code mvnw}). Tests that need a file call {@link #require}
 * and are skipped, with a message saying what is missing, when it is absent.
 */
public final class TestData {

    private TestData() {
    }

    /** @return the data directory (it may not exist) */
    public static Path dir() {
        String env = System.getenv("OT4J_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        Path root = p != null ? p : Path.of("").toAbsolutePath();
        return root.resolve("../shared/datasets").normalize();
    }

    /**
     * Skips the calling test unless every file exists.
     *
     * @param relative paths relative to the data directory
     * @return the data directory
     */
    public static Path require(String... relative) {
        Path dir = dir();
        for (String r : relative) {
            Path f = dir.resolve(r);
            assumeTrue(Files.isRegularFile(f), () -> "real data file " + f
                    + " is absent; set OT4J_DATA or put the datasets at ../shared/datasets to run this test");
        }
        return dir;
    }
}
