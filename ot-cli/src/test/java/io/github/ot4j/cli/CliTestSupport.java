package io.github.ot4j.cli;

import io.github.ot4j.datasets.io.NpyWriter;
import io.github.ot4j.geometry.Matrix;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the CLI in-process and parses its one-line JSON output. */
final class CliTestSupport {
    private CliTestSupport() {
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static Map<String, String> json(String line) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        Matcher matcher = Pattern.compile("\"([a-z_]+)\":(\"[^\"]*\"|[^,}]+)").matcher(line.trim());
        while (matcher.find()) {
            String v = matcher.group(2);
            m.put(matcher.group(1), v.startsWith("\"") ? v.substring(1, v.length() - 1) : v);
        }
        return m;
    }

    static Path npy(Path dir, String name, double[][] values) throws IOException {
        Path p = dir.resolve(name);
        NpyWriter.write(p, Matrix.of(values));
        return p;
    }

    static Path npy(Path dir, String name, double[] values) throws IOException {
        Path p = dir.resolve(name);
        NpyWriter.write(p, values);
        return p;
    }
}
