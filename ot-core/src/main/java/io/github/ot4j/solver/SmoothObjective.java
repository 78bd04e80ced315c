package io.github.ot4j.solver;

/**
 * A smooth function {@code F(P)} of a transport plan, minimized by {@link MirrorDescent} together
 * with the linear cost {@code <C, P>}. InfoOT (the negative kernel mutual information) and
 * entropic Gromov-Wasserstein are objectives of this kind.
 *
 * <p>Plans and gradients are dense row-major arrays ({@code P[i * cols + j]}) so that objectives
 * can run their products without conversion. Implementations must not modify {@code plan}, may
 * keep workspaces between calls (a {@link MirrorDescent} run calls them from one thread), and
 * should be cheap to call once per outer iteration.
 */
@FunctionalInterface
public interface SmoothObjective {

    /**
     * Computes {@code F(P)} and writes {@code ∇F(P)} into {@code gradient}.
     *
     * @param plan the plan, row-major, {@code rows * cols} entries; not modified
     * @param rows number of rows
     * @param cols number of columns
     * @param gradient output, {@code rows * cols} entries, overwritten
     * @return {@code F(P)}
     */
    double valueAndGradient(double[] plan, int rows, int cols, double[] gradient);

    /**
     * {@code F(P)} alone. The default computes the gradient too and discards it.
     *
     * @param plan the plan, row-major
     * @param rows number of rows
     * @param cols number of columns
     * @return {@code F(P)}
     */
    default double value(double[] plan, int rows, int cols) {
        return valueAndGradient(plan, rows, cols, new double[plan.length]);
    }
}
