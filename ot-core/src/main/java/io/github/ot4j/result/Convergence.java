package io.github.ot4j.result;

/**
 * How an iterative solve ended. Non-convergence is data, never a printed warning; call
 * {@link #requireConverged()} to turn it into an exception.
 *
 * @param reason why the loop stopped
 * @param iterations iterations performed
 * @param finalError the last measured error (for Sinkhorn the marginal error in the solver's
 *     norm); NaN if no error was measured
 * @param tolerance the tolerance the error was compared with
 * @param errorTrace every measured error, in order (copied in and out)
 */
public record Convergence(StopReason reason, int iterations, double finalError, double tolerance, double[] errorTrace) {

    /** Validates and copies. */
    public Convergence {
        if (reason == null) {
            throw new IllegalArgumentException("reason must not be null");
        }
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0, got " + iterations);
        }
        if (reason == StopReason.CONVERGED && !(finalError <= tolerance)) {
            throw new IllegalArgumentException("a solve cannot be CONVERGED with error " + finalError
                    + " above tolerance " + tolerance);
        }
        errorTrace = errorTrace == null ? new double[0] : errorTrace.clone();
    }

    /** @return true if the error fell below the tolerance */
    public boolean isConverged() {
        return reason == StopReason.CONVERGED;
    }

    /**
     * @return this record
     * @throws NotConvergedException if the solve did not converge
     */
    public Convergence requireConverged() {
        if (!isConverged()) {
            throw new NotConvergedException(this);
        }
        return this;
    }

    @Override
    public double[] errorTrace() {
        return errorTrace.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Convergence c && c.reason == reason && c.iterations == iterations
                && Double.compare(c.finalError, finalError) == 0 && Double.compare(c.tolerance, tolerance) == 0
                && java.util.Arrays.equals(c.errorTrace, errorTrace);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(reason, iterations, finalError, tolerance);
    }

    @Override
    public String toString() {
        return "Convergence[" + reason + ", iterations=" + iterations + ", error=" + finalError
                + ", tolerance=" + tolerance + "]";
    }
}
