/** Weighted-average (barycentric and conditional) projections onto a target sample. */
package io.github.ot4j.info.projection;
