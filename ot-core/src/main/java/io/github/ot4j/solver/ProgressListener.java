package io.github.ot4j.solver;

/**
 * Receives progress from iterative solvers and may cancel them. Called on the solving thread at
 * every error check; keep it cheap. Library code never prints; the CLI turns these calls into a
 * progress bar.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress and never cancels. */
    ProgressListener NONE = p -> true;

    /**
     * @param progress the report
     * @return true to continue, false to stop the solver with {@code CANCELLED}
     */
    boolean onProgress(Progress progress);
}
