package io.github.ot4j.cli;

import java.util.Locale;

/** Builds one flat JSON object on one line, for machine-readable command output. */
public final class JsonLine {
    private final StringBuilder b = new StringBuilder("{");

    /**
     * @param key the key
     * @param value the value
     * @return this
     */
    public JsonLine put(String key, String value) {
        key(key);
        if (value == null) {
            b.append("null");
        } else {
            quote(value);
        }
        return this;
    }

    /**
     * @param key the key
     * @param value the value
     * @return this
     */
    public JsonLine put(String key, double value) {
        key(key);
        if (Double.isFinite(value)) {
            b.append(Double.toString(value));
        } else {
            b.append("null");
        }
        return this;
    }

    /**
     * @param key the key
     * @param value the value
     * @return this
     */
    public JsonLine put(String key, long value) {
        key(key);
        b.append(value);
        return this;
    }

    /**
     * @param key the key
     * @param value the value
     * @return this
     */
    public JsonLine put(String key, boolean value) {
        key(key);
        b.append(value);
        return this;
    }

    private void key(String key) {
        if (b.length() > 1) {
            b.append(',');
        }
        quote(key);
        b.append(':');
    }

    private void quote(String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }

    @Override
    public String toString() {
        return b + "}";
    }
}
