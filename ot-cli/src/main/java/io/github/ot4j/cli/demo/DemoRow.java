package io.github.ot4j.cli.demo;

/**
 * One row of the demo's table.
 *
 * @param problem which synthetic pair
 * @param method the method
 * @param transportCost {@code <P, C>} under the pair's squared Euclidean cross cost, NaN where
 *     it does not apply
 * @param metricName what {@code metric} is, e.g. "1-NN accuracy"
 * @param metric the method's score on the pair
 * @param seconds wall time of the fit and projection
 */
public record DemoRow(String problem, String method, double transportCost, String metricName, double metric,
                      double seconds) {
}
