package io.github.ot4j.cli.reproduce;

import java.util.List;

/**
 * One table of the report: built with its data already loaded (so missing files fail before any
 * long run starts), then run once.
 */
interface Experiment {

    /** @return the table this experiment fills */
    ReproduceTask task();

    /** @return how many runs (fits) {@link #run} performs, for the progress bar */
    int runs();

    /**
     * Runs every method and configuration.
     *
     * @param progress receives one begin/end per run
     * @return the measurements, reference values included, in table order
     */
    List<Measurement> run(RunProgress progress);
}
