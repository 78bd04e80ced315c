package io.github.ot4j.datasets.io;

/**
 * The NPY element types ot4j reads. The byte order is not part of the type: it is a property of
 * the file and is handled by {@link NpyReader}. Floating types are read as {@code double}, integer
 * and boolean types exactly as {@code long}.
 */
public enum NpyDtype {
    /** IEEE 754 binary64, numpy {@code f8}. */
    FLOAT64('f', 8),
    /** IEEE 754 binary32, numpy {@code f4}; widened exactly to {@code double} on reading. */
    FLOAT32('f', 4),
    /** Signed 64-bit integer, numpy {@code i8}. */
    INT64('i', 8),
    /** Signed 32-bit integer, numpy {@code i4}. */
    INT32('i', 4),
    /** Signed 16-bit integer, numpy {@code i2}. */
    INT16('i', 2),
    /** Signed 8-bit integer, numpy {@code i1}. */
    INT8('i', 1),
    /** Unsigned 32-bit integer, numpy {@code u4}. */
    UINT32('u', 4),
    /** Unsigned 16-bit integer, numpy {@code u2}. */
    UINT16('u', 2),
    /** Unsigned 8-bit integer, numpy {@code u1}. */
    UINT8('u', 1),
    /** Boolean stored as one byte, numpy {@code b1}; read as 0 or 1. */
    BOOL('b', 1);

    private final char kind;
    private final int itemSize;

    NpyDtype(char kind, int itemSize) {
        this.kind = kind;
        this.itemSize = itemSize;
    }

    /** @return numpy's kind character: {@code 'f'}, {@code 'i'}, {@code 'u'} or {@code 'b'} */
    public char kind() {
        return kind;
    }

    /** @return the size of one element in bytes */
    public int itemSize() {
        return itemSize;
    }

    /** @return true for {@link #FLOAT64} and {@link #FLOAT32} */
    public boolean isFloating() {
        return kind == 'f';
    }

    /**
     * The numpy type string without byte order, e.g. {@code "f8"}.
     *
     * @return kind followed by item size
     */
    public String code() {
        return String.valueOf(kind) + itemSize;
    }

    /**
     * Looks up a type by kind and size.
     *
     * @param kind numpy kind character
     * @param itemSize size in bytes
     * @return the type, or {@code null} when ot4j does not support it
     */
    static NpyDtype find(char kind, int itemSize) {
        for (NpyDtype t : values()) {
            if (t.kind == kind && t.itemSize == itemSize) {
                return t;
            }
        }
        return null;
    }
}
