/**
 * Seeded synthetic data: Gaussian mixtures, two moons, a rotated and shifted domain-adaptation
 * pair with source outliers, and a cross-dimension pair of paired views of the same latent
 * clusters. Every generator takes an explicit {@code long} seed or a
 * {@link java.util.random.RandomGenerator}; there is no global random state. With a seed the output
 * is identical on every Java version (Gaussian deviates are derived from {@code nextDouble} only).
 */
package io.github.ot4j.datasets.synthetic;
