/**
 * Kernels and kernel ridge regression with symmetry: radial kernels
 * ({@link io.github.ot4j.symmetry.kernel.RadialKernel}), their averages over a finite group
 * ({@link io.github.ot4j.symmetry.kernel.GroupAveragedKernel}) and (invariant) kernel ridge
 * regression ({@link io.github.ot4j.symmetry.kernel.KernelRidge}). Reference: Tahmasebi &amp;
 * Jegelka, "The Exact Sample Complexity Gain from Invariances for Kernel Regression",
 * NeurIPS 2023, arXiv:2303.14269.
 */
package io.github.ot4j.symmetry.kernel;
