/**
 * Equivariance diagnostics for embeddings: whether a transformation of the inputs acts on the
 * embedding space as an orthogonal map (CARE; Gupta et al., ICLR 2024, arXiv:2306.13924), see
 * {@link io.github.ot4j.symmetry.diagnostics.EquivarianceDiagnostics}.
 */
package io.github.ot4j.symmetry.diagnostics;
