package io.github.ot4j.datasets.tasks;

/**
 * One reference number to report beside ot4j's results, from the datasets README (section 5.6
 * and section 3): published in a paper or benchmark table, or measured by running the original
 * code on exactly these files.
 *
 * @param task the task as ot4j names it, e.g. {@code C→A}, {@code SNAREseq ATAC→RNA},
 *     {@code DeCAF D→W}
 * @param protocol how it was evaluated, e.g. {@code full target}, {@code split seed 0},
 *     {@code split seeds 0-9 (mean)}
 * @param metric the metric and its unit, e.g. {@code 1-NN accuracy %}, {@code FOSCTTM},
 *     {@code P@5 %}
 * @param method the method and its settings, e.g. {@code no adaptation},
 *     {@code fused InfoOT, conditional}
 * @param value the number, in the metric's unit
 * @param source where it comes from
 */
public record ReferenceValue(String task, String protocol, String metric, String method, double value, String source) {

    /**
     * @param task the task as ot4j names it
     * @param protocol how it was evaluated
     * @param metric the metric and its unit
     * @param method the method and its settings
     * @param value the number, finite
     * @param source where it comes from
     * @throws IllegalArgumentException if a string is null or the value is not finite
     */
    public ReferenceValue {
        if (task == null || protocol == null || metric == null || method == null || source == null) {
            throw new IllegalArgumentException("task, protocol, metric, method and source must not be null");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, got " + value);
        }
    }
}
