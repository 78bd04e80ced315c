package io.github.ot4j.solver;

/**
 * Epsilon scaling (annealing): start with a large epsilon, where Sinkhorn converges in a few
 * iterations, and divide it geometrically down to the target, warm-starting each stage from the
 * previous potentials (Schmitzer 2019, arXiv:1610.06519; Feydy's GeomLoss). Only the last stage
 * runs to the tolerance. Runs in the log domain.
 *
 * @param decay factor applied to epsilon between stages, in {@code (0, 1)}; {@code 1} disables
 *     scaling
 * @param iterationsPerStage iterations run at each intermediate epsilon, at least 1
 */
public record EpsilonSchedule(double decay, int iterationsPerStage) {

    /** No scaling: every iteration uses the target epsilon. */
    public static final EpsilonSchedule NONE = new EpsilonSchedule(1, 1);

    /** Validates. */
    public EpsilonSchedule {
        if (!(decay > 0 && decay <= 1)) {
            throw new IllegalArgumentException("decay must be in (0, 1], got " + decay);
        }
        if (iterationsPerStage < 1) {
            throw new IllegalArgumentException("iterationsPerStage must be >= 1, got " + iterationsPerStage);
        }
    }

    /**
     * @param decay factor in {@code (0, 1)}, e.g. 0.5
     * @param iterationsPerStage iterations per intermediate stage, e.g. 10
     * @return the schedule
     */
    public static EpsilonSchedule geometric(double decay, int iterationsPerStage) {
        return new EpsilonSchedule(decay, iterationsPerStage);
    }

    /** @return true if this schedule changes epsilon */
    public boolean isActive() {
        return decay < 1;
    }

    /**
     * The epsilon of each intermediate stage, from {@code start} down to (but excluding) the
     * target.
     *
     * @param start first epsilon
     * @param target final epsilon
     * @return the intermediate values, largest first; empty if inactive or {@code start <= target}
     */
    double[] stages(double start, double target) {
        if (!isActive() || !(start > target)) {
            return new double[0];
        }
        int count = (int) Math.ceil(Math.log(target / start) / Math.log(decay));
        java.util.List<Double> out = new java.util.ArrayList<>();
        double e = start;
        for (int k = 0; k < count && e > target; k++) {
            out.add(e);
            e *= decay;
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
