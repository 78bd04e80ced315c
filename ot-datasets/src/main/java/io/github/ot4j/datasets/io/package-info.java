/**
 * Readers and writers for the formats users bring their data in: NumPy {@code .npy}
 * ({@link io.github.ot4j.datasets.io.NpyReader}, {@link io.github.ot4j.datasets.io.NpyWriter}),
 * delimited text ({@link io.github.ot4j.datasets.io.CsvReader},
 * {@link io.github.ot4j.datasets.io.CsvWriter}), MATLAB v5 {@code .mat}
 * ({@link io.github.ot4j.datasets.io.MatReader}) and Matrix Market {@code .mtx}
 * ({@link io.github.ot4j.datasets.io.MatrixMarket}).
 *
 * <p>Error policy, shared by every reader: a file whose content is malformed gives a
 * {@link io.github.ot4j.datasets.io.MalformedDataException} (a checked {@link java.io.IOException})
 * naming the file, the line or byte offset where known, and what was expected; a reader never
 * returns part of a matrix. Bad arguments (null paths, impossible options) are
 * {@link java.lang.IllegalArgumentException}s. Writers replace their target only once the new
 * file is complete.
 */
package io.github.ot4j.datasets.io;
