package io.github.ot4j.cli.reproduce;

/**
 * One number of the report: a metric of one method, with one configuration, on one data set or
 * task, possibly averaged over split seeds. Reference numbers from the datasets README are
 * measurements of kind {@link SettingKind#REFERENCE_VALUE} with {@code runs = 0}.
 *
 * @param experiment the table it belongs to (never {@link ReproduceTask#ALL})
 * @param dataset the data set or task, e.g. {@code DeCAF D→W}, {@code C→A}, {@code SNAREseq ATAC→RNA}
 * @param metric the metric with its unit, e.g. {@code FOSCTTM}, {@code 1-NN accuracy %}, {@code P@5 %}
 * @param method the method and projection, e.g. {@code fused InfoOT, conditional}
 * @param kind where the settings come from
 * @param settings the exact settings, human-readable
 * @param value the number (the mean over runs), in the metric's unit
 * @param std the population standard deviation over runs, {@code NaN} for a single run or a reference value
 * @param runs how many runs (split seeds) the value averages; 0 for a reference value
 * @param seconds wall time of fitting and scoring those runs; shared by the rows one fit produces; 0 for a reference value
 */
record Measurement(ReproduceTask experiment, String dataset, String metric, String method, SettingKind kind,
                          String settings, double value, double std, int runs, double seconds) {

    /**
     * @throws IllegalArgumentException if a string or enum is null, {@code experiment} is
     *     {@link ReproduceTask#ALL}, or a count or time is negative
     */
    public Measurement {
        if (experiment == null || dataset == null || metric == null || method == null || kind == null || settings == null) {
            throw new IllegalArgumentException("experiment, dataset, metric, method, kind and settings must not be null");
        }
        if (experiment == ReproduceTask.ALL) {
            throw new IllegalArgumentException("a measurement belongs to one experiment, got " + experiment);
        }
        if (runs < 0 || !(seconds >= 0)) {
            throw new IllegalArgumentException("runs and seconds must be >= 0, got runs = " + runs + ", seconds = " + seconds);
        }
    }

    /**
     * A number quoted from the datasets README, as a row of the report.
     *
     * @param experiment the table
     * @param dataset the data set or task as the table names it
     * @param metric the metric as the table names it
     * @param method the method as the table names it
     * @param reference the README's number
     * @return the measurement, labelled with the README's method description and source
     */
    static Measurement reference(ReproduceTask experiment, String dataset, String metric, String method,
                                 io.github.ot4j.datasets.tasks.ReferenceValue reference) {
        return new Measurement(experiment, dataset, metric, method, SettingKind.REFERENCE_VALUE,
                (reference.method().equals(method) ? "" : reference.method() + "; ") + reference.source(), reference.value(),
                Double.NaN, 0, 0);
    }

    /** @return whether this is a number quoted from the datasets README rather than computed here */
    public boolean isReference() {
        return kind == SettingKind.REFERENCE_VALUE;
    }
}
