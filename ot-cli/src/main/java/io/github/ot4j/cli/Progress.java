package io.github.ot4j.cli;

import io.github.ot4j.solver.ProgressListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.util.Locale;

/**
 * A progress bar on standard error for long runs, shown only when a person is watching (a
 * console is attached) and {@code --quiet} was not given; otherwise a no-op. The JSON result on
 * standard output is never mixed with it.
 */
final class Progress implements AutoCloseable {

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(String task, long max, boolean quiet) {
        if (quiet || System.console() == null) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        return new Progress(bar);
    }

    /** @return a solver listener that moves the bar and shows the error */
    ProgressListener listener() {
        if (bar == null) {
            return ProgressListener.NONE;
        }
        return p -> {
            bar.maxHint(p.maxIterations());
            bar.stepTo(p.iteration());
            if (Double.isFinite(p.error())) {
                bar.setExtraMessage(String.format(Locale.ROOT, "err %.2e", p.error()));
            }
            return true;
        };
    }

    void step(long to, String message) {
        if (bar != null) {
            bar.stepTo(to);
            if (message != null) {
                bar.setExtraMessage(message);
            }
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
