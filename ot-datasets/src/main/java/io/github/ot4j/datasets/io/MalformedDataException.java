package io.github.ot4j.datasets.io;

import java.io.IOException;

/**
 * A data file could be opened but its content is not what the reader expects: a bad magic number,
 * a truncated header or body, an unsupported element type, a ragged row, a non-numeric cell, a
 * missing key. Every reader in this package throws this exception, and never returns part of a
 * matrix, when a file is malformed; problems opening or reading the file itself stay plain
 * {@link IOException}s.
 *
 * <p>The message always names the source (usually the file path) and what was wrong, and, where
 * the position is known, the byte offset or the 1-based line number, which are also available as
 * {@link #byteOffset()} and {@link #line()}.
 */
public class MalformedDataException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The file or stream name. */
    private final String source;
    /** Byte offset of the problem, or -1. */
    private final long byteOffset;
    /** 1-based line of the problem, or -1. */
    private final long line;

    private MalformedDataException(String source, long byteOffset, long line, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.byteOffset = byteOffset;
        this.line = line;
    }

    /**
     * A problem without a known position.
     *
     * @param source the file or stream name
     * @param problem what is wrong, e.g. {@code "missing key 'feas'"}
     * @return the exception
     */
    public static MalformedDataException of(String source, String problem) {
        return new MalformedDataException(source, -1, -1, source + ": " + problem, null);
    }

    /**
     * A problem at a byte offset (binary formats).
     *
     * @param source the file or stream name
     * @param byteOffset offset from the start of the file, {@code >= 0}
     * @param problem what is wrong
     * @return the exception
     */
    public static MalformedDataException atOffset(String source, long byteOffset, String problem) {
        return new MalformedDataException(source, byteOffset, -1,
                source + ": at byte offset " + byteOffset + ": " + problem, null);
    }

    /**
     * A problem on a line (text formats).
     *
     * @param source the file or stream name
     * @param line 1-based line number
     * @param problem what is wrong
     * @return the exception
     */
    public static MalformedDataException atLine(String source, long line, String problem) {
        return new MalformedDataException(source, -1, line, source + ": line " + line + ": " + problem, null);
    }

    /**
     * Wraps a lower-level failure (for example one reported by a third-party parser).
     *
     * @param source the file or stream name
     * @param problem what is wrong
     * @param cause the underlying exception
     * @return the exception
     */
    public static MalformedDataException wrap(String source, String problem, Throwable cause) {
        return new MalformedDataException(source, -1, -1, source + ": " + problem, cause);
    }

    /** @return the file or stream the problem was found in */
    public String source() {
        return source;
    }

    /** @return the byte offset of the problem, or {@code -1} when unknown or not applicable */
    public long byteOffset() {
        return byteOffset;
    }

    /** @return the 1-based line of the problem, or {@code -1} when unknown or not applicable */
    public long line() {
        return line;
    }
}
