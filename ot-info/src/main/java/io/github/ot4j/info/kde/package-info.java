/**
 * Kernel density pieces of InfoOT: bandwidth rules ({@link io.github.ot4j.info.kde.Bandwidth}),
 * Gaussian kernels and the label-aware source distance
 * ({@link io.github.ot4j.info.kde.GaussianKernel}), dense and low-rank kernel operators
 * ({@link io.github.ot4j.info.kde.KernelMatrix}) and the kernel estimate of the mutual
 * information of a plan with its gradient
 * ({@link io.github.ot4j.info.kde.KernelMutualInformation}).
 */
package io.github.ot4j.info.kde;
