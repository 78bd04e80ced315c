package io.github.ot4j.datasets.tasks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directory holding the real data sets, laid out as described in its {@code README.md}
 * ({@code snareseq/}, {@code scgem/}, {@code office_caltech10/...}, {@code mnist_usps/}). The data
 * are never bundled with ot4j; pass the directory explicitly, or use {@link #fromEnvironment()}:
 * {@code $OT4J_DATA} if set, else {@code ../shared/datasets} relative to the working directory.
 *
 * @param root the directory (it need not exist; tasks report missing files when they load)
 */
public record DataDirectory(Path root) {

    /** Environment variable that overrides the default location. */
    public static final String ENVIRONMENT_VARIABLE = "OT4J_DATA";

    /** The default location, relative to the working directory. */
    public static final Path DEFAULT_LOCATION = Path.of("../shared/datasets");

    /**
     * @param root the directory (it need not exist; tasks report missing files when they load)
     * @throws IllegalArgumentException if {@code root} is null
     */
    public DataDirectory {
        if (root == null) {
            throw new IllegalArgumentException("root must not be null");
        }
    }

    /**
     * @param root the directory
     * @return the data directory at {@code root}
     */
    public static DataDirectory of(Path root) {
        return new DataDirectory(root);
    }

    /** @return {@code $OT4J_DATA} if set and not blank, else {@link #DEFAULT_LOCATION} */
    public static DataDirectory fromEnvironment() {
        String env = System.getenv(ENVIRONMENT_VARIABLE);
        return new DataDirectory(env != null && !env.isBlank() ? Path.of(env) : DEFAULT_LOCATION);
    }

    /**
     * @param relative paths relative to the root
     * @return true if every one is a regular file
     */
    public boolean has(String... relative) {
        for (String r : relative) {
            if (!Files.isRegularFile(root.resolve(r))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Resolves a file that must exist.
     *
     * @param relative path relative to the root
     * @param whereToGetIt where the file comes from, for the message
     * @return the resolved path
     * @throws MissingDataException if the file is not there; the message names the file, the
     *     directory searched and {@code whereToGetIt}
     */
    public Path require(String relative, String whereToGetIt) throws MissingDataException {
        Path p = root.resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new MissingDataException(p, "missing data file " + relative + " (looked in "
                    + root.toAbsolutePath().normalize() + "): " + whereToGetIt + ". Put the file there, or point "
                    + ENVIRONMENT_VARIABLE + " (or the data-directory argument) at a directory laid out as in the "
                    + "datasets README.");
        }
        return p;
    }
}
