package io.github.ot4j.spark.internal;

import java.io.Serializable;

/**
 * What the driver needs to validate and index the samples, without their points.
 *
 * @param id the sample id
 * @param size number of points
 * @param dimension dimension of the points
 * @param mass total mass (1 for uniform weights)
 * @param error why the row is invalid, or null
 */
public record SampleMeta(Object id, int size, int dimension, double mass, String error) implements Serializable {
}
