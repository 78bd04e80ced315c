/**
 * Domain adaptation in the fit/transform style of POT's {@code ot.da}:
 * {@link io.github.ot4j.info.da.DomainAdapter} over pluggable
 * {@link io.github.ot4j.info.da.CouplingMethod}s ({@link io.github.ot4j.info.da.Couplings}).
 */
package io.github.ot4j.info.da;
