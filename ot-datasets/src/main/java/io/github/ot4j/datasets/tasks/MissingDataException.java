package io.github.ot4j.datasets.tasks;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A benchmark task needs a data file that is not in the data directory. The message says which
 * file, where it was looked for, and where to get it.
 */
public class MissingDataException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path expected;

    /**
     * @param expected the missing file
     * @param message the full message
     */
    public MissingDataException(Path expected, String message) {
        super(message);
        this.expected = expected;
    }

    /** @return where the file was expected */
    public Path expected() {
        return expected;
    }
}
