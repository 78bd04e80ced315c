package io.github.ot4j.datasets.io;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed header dictionary of an NPY file,
 * e.g. {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }}.
 * The parser accepts the Python literal subset numpy writes: one dict with string keys and values
 * that are strings, booleans or tuples of non-negative integers.
 */
record NpyHeader(NpyDtype dtype, ByteOrder order, boolean fortranOrder, int[] shape) {

    /** Thrown by {@link #parse}; the caller adds the file name and offset. */
    static final class HeaderException extends Exception {
        private static final long serialVersionUID = 1L;
        final int position;

        HeaderException(int position, String message) {
            super(message);
            this.position = position;
        }
    }

    static NpyHeader parse(String text) throws HeaderException {
        Parser p = new Parser(text);
        String descr = null;
        Boolean fortran = null;
        int[] shape = null;
        p.skipSpace();
        p.expect('{');
        while (true) {
            p.skipSpace();
            if (p.peek() == '}') {
                p.pos++;
                break;
            }
            int keyPos = p.pos;
            String key = p.string();
            p.skipSpace();
            p.expect(':');
            p.skipSpace();
            switch (key) {
                case "descr" -> {
                    if (p.peek() != '\'' && p.peek() != '"') {
                        throw new HeaderException(p.pos, "structured dtypes are not supported (descr is not a plain type string)");
                    }
                    descr = p.string();
                }
                case "fortran_order" -> fortran = p.bool();
                case "shape" -> shape = p.tuple();
                default -> throw new HeaderException(keyPos, "unexpected header key '" + key + "'");
            }
            p.skipSpace();
            if (p.peek() == ',') {
                p.pos++;
            } else if (p.peek() != '}') {
                throw new HeaderException(p.pos, "expected ',' or '}' in the header dict, found " + p.describe());
            }
        }
        if (descr == null || fortran == null || shape == null) {
            throw new HeaderException(0, "header must have the keys 'descr', 'fortran_order' and 'shape', got: " + text.strip());
        }
        if (shape.length > 2) {
            throw new HeaderException(0, "only scalars, 1-D and 2-D arrays are supported, got shape "
                    + NpyArray.shapeString(shape));
        }
        return fromDescr(descr, fortran, shape);
    }

    private static NpyHeader fromDescr(String descr, boolean fortran, int[] shape) throws HeaderException {
        String supported = "supported: <f8 <f4 <i8 <i4 <i2 |i1 <u4 <u2 |u1 |b1 (and big-endian '>' forms)";
        if (descr.length() < 2) {
            throw new HeaderException(0, "unsupported dtype '" + descr + "'; " + supported);
        }
        char orderChar = descr.charAt(0);
        String rest = descr;
        ByteOrder order = null;
        if (orderChar == '<' || orderChar == '>' || orderChar == '|' || orderChar == '=') {
            rest = descr.substring(1);
            order = switch (orderChar) {
                case '<' -> ByteOrder.LITTLE_ENDIAN;
                case '>' -> ByteOrder.BIG_ENDIAN;
                case '=' -> ByteOrder.nativeOrder();
                default -> null;
            };
        }
        NpyDtype dtype = null;
        if (rest.length() >= 2) {
            try {
                dtype = NpyDtype.find(rest.charAt(0), Integer.parseInt(rest.substring(1)));
            } catch (NumberFormatException e) {
                dtype = null;
            }
        }
        if (dtype == null) {
            throw new HeaderException(0, "unsupported dtype '" + descr + "'; " + supported);
        }
        if (order == null) {
            if (dtype.itemSize() != 1) {
                throw new HeaderException(0, "dtype '" + descr + "' has no byte order ('<' or '>')");
            }
            order = ByteOrder.LITTLE_ENDIAN;
        }
        return new NpyHeader(dtype, order, fortran, shape);
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        String describe() {
            return pos < s.length() ? "'" + s.charAt(pos) + "'" : "the end of the header";
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        void expect(char c) throws HeaderException {
            if (peek() != c) {
                throw new HeaderException(pos, "expected '" + c + "' in the header, found " + describe());
            }
            pos++;
        }

        String string() throws HeaderException {
            char q = peek();
            if (q != '\'' && q != '"') {
                throw new HeaderException(pos, "expected a quoted string in the header, found " + describe());
            }
            int end = s.indexOf(q, pos + 1);
            if (end < 0) {
                throw new HeaderException(pos, "unterminated string in the header");
            }
            String out = s.substring(pos + 1, end);
            pos = end + 1;
            return out;
        }

        boolean bool() throws HeaderException {
            if (s.startsWith("True", pos)) {
                pos += 4;
                return true;
            }
            if (s.startsWith("False", pos)) {
                pos += 5;
                return false;
            }
            throw new HeaderException(pos, "expected True or False for 'fortran_order', found " + describe());
        }

        int[] tuple() throws HeaderException {
            expect('(');
            List<Integer> dims = new ArrayList<>();
            while (true) {
                skipSpace();
                if (peek() == ')') {
                    pos++;
                    break;
                }
                int start = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                if (start == pos) {
                    throw new HeaderException(pos, "expected a non-negative integer in 'shape', found " + describe());
                }
                long v;
                try {
                    v = Long.parseLong(s.substring(start, pos));
                } catch (NumberFormatException e) {
                    v = Long.MAX_VALUE;
                }
                if (v > Integer.MAX_VALUE) {
                    throw new HeaderException(start, "dimension " + s.substring(start, pos) + " is too large");
                }
                dims.add((int) v);
                if (peek() == 'L') {
                    pos++;
                }
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else if (peek() != ')') {
                    throw new HeaderException(pos, "expected ',' or ')' in 'shape', found " + describe());
                }
            }
            return dims.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
