package io.github.ot4j.spark.internal;

import io.github.ot4j.solver.Domain;
import io.github.ot4j.solver.EpsilonScale;
import io.github.ot4j.solver.EpsilonSchedule;
import io.github.ot4j.solver.ErrorNorm;
import io.github.ot4j.solver.KernelPrecision;
import io.github.ot4j.solver.SinkhornOptions;

import java.io.Serializable;

/**
 * {@link SinkhornOptions} field by field, so they can travel to executors (the record itself is
 * not serializable). Inside a Spark task a parallelism of 0 ("all processors") becomes 1: Spark
 * already runs one task per core, and nested thread pools would oversubscribe the executor.
 */
public final class ShippedOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double epsilon;
    private final EpsilonScale scale;
    private final Domain domain;
    private final double tolerance;
    private final int maxIterations;
    private final int checkEvery;
    private final ErrorNorm errorNorm;
    private final double scheduleDecay;
    private final int scheduleIterations;
    private final KernelPrecision precision;
    private final int parallelism;

    /** @param o the options to ship */
    public ShippedOptions(SinkhornOptions o) {
        this.epsilon = o.epsilon();
        this.scale = o.scale();
        this.domain = o.domain();
        this.tolerance = o.tolerance();
        this.maxIterations = o.maxIterations();
        this.checkEvery = o.checkEvery();
        this.errorNorm = o.errorNorm();
        this.scheduleDecay = o.schedule().decay();
        this.scheduleIterations = o.schedule().iterationsPerStage();
        this.precision = o.precision();
        this.parallelism = o.parallelism();
    }

    /** @return the options as used inside a Spark task */
    public SinkhornOptions inTask() {
        return new SinkhornOptions(epsilon, scale, domain, tolerance, maxIterations, checkEvery, errorNorm,
                new EpsilonSchedule(scheduleDecay, scheduleIterations), precision, taskParallelism(parallelism));
    }

    /**
     * @param requested the options' parallelism
     * @return the threads one Spark task uses
     */
    public static int taskParallelism(int requested) {
        return requested == 0 ? 1 : requested;
    }
}
