package io.github.ot4j.datasets.tasks;

/**
 * How a domain-adaptation task uses the target domain.
 */
public sealed interface DaProtocol permits DaProtocol.FullTarget, DaProtocol.TargetSplit {

    /** The standard transductive protocol: fit on the whole target, test on the whole target. */
    DaProtocol FULL_TARGET = new FullTarget();

    /**
     * @param seed split seed, {@code >= 0}
     * @return InfoOT's 90/10 target split for that seed
     */
    static DaProtocol targetSplit(int seed) {
        return new TargetSplit(seed);
    }

    /** @return a short label for tables, e.g. {@code full target} or {@code split seed 3} */
    String label();

    /**
     * The whole target is both the unlabelled fitting set and the test set (the protocol of the
     * published Office-Caltech 1-NN benchmark tables).
     */
    record FullTarget() implements DaProtocol {
        @Override
        public String label() {
            return "full target";
        }
    }

    /**
     * InfoOT's protocol ({@code domain_adapt.py}): the target indices are shuffled with the
     * permutation for {@code seed} (row {@code seed} of the domain's split file); the first
     * \(\lfloor 0.9 m \rfloor\) are the unlabelled fitting set, the rest the test set whose labels
     * are used only for scoring.
     *
     * @param seed split seed, {@code >= 0}
     */
    record TargetSplit(int seed) implements DaProtocol {
        /**
         * @param seed split seed, {@code >= 0}
         * @throws IllegalArgumentException if {@code seed < 0}
         */
        public TargetSplit {
            if (seed < 0) {
                throw new IllegalArgumentException("seed must be >= 0, got " + seed);
            }
        }

        @Override
        public String label() {
            return "split seed " + seed;
        }
    }
}
