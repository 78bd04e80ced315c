package io.github.ot4j.datasets.tasks;

/**
 * The 1-NN accuracy of one domain-adaptation run.
 *
 * @param task the task name, e.g. {@code C→A}
 * @param protocol how the target was used
 * @param correct number of correctly classified test points, in {@code [0, tested]}
 * @param tested number of test points, at least 1
 */
public record DomainAdaptationResult(String task, DaProtocol protocol, int correct, int tested) {

    /**
     * @param task the task name, e.g. {@code C→A}
     * @param protocol how the target was used
     * @param correct number of correctly classified test points, in {@code [0, tested]}
     * @param tested number of test points, at least 1
     * @throws IllegalArgumentException if a name is null or the counts are inconsistent
     */
    public DomainAdaptationResult {
        if (task == null || protocol == null) {
            throw new IllegalArgumentException("task and protocol must not be null");
        }
        if (tested < 1 || correct < 0 || correct > tested) {
            throw new IllegalArgumentException("need 0 <= correct <= tested and tested >= 1, got correct = " + correct
                    + ", tested = " + tested);
        }
    }

    /** @return {@code correct / tested}, in {@code [0, 1]} */
    public double accuracy() {
        return (double) correct / tested;
    }

    /** @return the accuracy in percent, as tables report it */
    public double percent() {
        return 100.0 * correct / tested;
    }
}
