package io.github.ot4j.result;

/** Thrown by {@code requireConverged()} when a solve stopped without converging. */
public final class NotConvergedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The convergence record of the failed solve. */
    private final transient Convergence convergence;

    /** @param convergence how the solve ended */
    public NotConvergedException(Convergence convergence) {
        super("solver stopped with " + convergence.reason() + " after " + convergence.iterations()
                + " iterations; error " + convergence.finalError() + " vs tolerance " + convergence.tolerance());
        this.convergence = convergence;
    }

    /** @return how the solve ended */
    public Convergence convergence() {
        return convergence;
    }
}
