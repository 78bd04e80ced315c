package io.github.ot4j.cli.reproduce;

import io.github.ot4j.solver.ProgressListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One progress bar over all the runs (fits) of a {@code reproduce} invocation, on standard error,
 * with the current run and its outer iteration as the message. A no-op when disabled (not a
 * terminal, {@code --quiet} or {@code --json}).
 */
final class RunProgress implements AutoCloseable {

    /** A progress object that shows nothing. */
    static final RunProgress NONE = new RunProgress(null);

    private final ProgressBar bar;
    private volatile String current = "";

    private RunProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * @param runs total number of runs
     * @param err where to draw the bar
     * @return a progress bar over {@code runs} steps
     */
    static RunProgress start(long runs, PrintStream err) {
        return new RunProgress(new ProgressBarBuilder().setTaskName("reproduce").setInitialMax(runs)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate()
                .setConsumer(new ConsoleProgressBarConsumer(err)).build());
    }

    /**
     * Announces the next run.
     *
     * @param what a short description, e.g. {@code DeCAF D→W seed 3 fused InfoOT}
     */
    void begin(String what) {
        current = what;
        if (bar != null) {
            bar.setExtraMessage(what);
        }
    }

    /** @return a solver listener that shows the outer iteration of the current run; never cancels */
    ProgressListener listener() {
        if (bar == null) {
            return ProgressListener.NONE;
        }
        return p -> {
            bar.setExtraMessage(String.format(Locale.ROOT, "%s (it. %d/%d)", current, p.iteration(), p.maxIterations()));
            return true;
        };
    }

    /** Marks the current run as done. */
    void end() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
