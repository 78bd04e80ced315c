package io.github.ot4j.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One golden case ({@code ot-golden/1} schema, see {@code ../shared/golden/README.md}) loaded from
 * the test class path under {@code /golden/<case>.json}, with typed accessors and the comparison
 * rule {@code |actual - expected| <= atol + rtol |expected|} using the file's tolerances.
 */
public final class Golden {

    private final String name;
    private final Map<String, Object> root;

    private Golden(String name, Map<String, Object> root) {
        this.name = name;
        this.root = root;
    }

    /**
     * @param caseName file name without {@code .json}
     * @return the case
     */
    @SuppressWarnings("unchecked")
    public static Golden load(String caseName) {
        String path = "/golden/" + caseName + ".json";
        try (InputStream in = Golden.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("golden file " + path + " is not on the test class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, Object> root = (Map<String, Object>) Json.parse(text);
            if (!"ot-golden/1".equals(root.get("schema"))) {
                throw new IllegalStateException(path + " has schema " + root.get("schema"));
            }
            return new Golden(caseName, root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    /** @return the case name */
    public String name() {
        return name;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String key) {
        return (Map<String, Object>) root.get(key);
    }

    /** @return {@code meta.params} */
    @SuppressWarnings("unchecked")
    public Map<String, Object> params() {
        return (Map<String, Object>) section("meta").get("params");
    }

    /** @param key parameter name @return its numeric value */
    public double param(String key) {
        Object v = params().get(key);
        if (!(v instanceof Double)) {
            throw new IllegalStateException(name + ": meta.params." + key + " is " + v);
        }
        return (Double) v;
    }

    /** @param key input name @return whether it exists */
    public boolean hasInput(String key) {
        return section("inputs").containsKey(key);
    }

    /** @param key output name @return whether it exists */
    public boolean hasOutput(String key) {
        return section("outputs").containsKey(key);
    }

    /** @param key input name @return scalar */
    public double inputScalar(String key) {
        return scalar(section("inputs"), key);
    }

    /** @param key output name @return scalar */
    public double outputScalar(String key) {
        return scalar(section("outputs"), key);
    }

    /** @param key input name @return vector */
    public double[] inputVector(String key) {
        return vector(section("inputs"), key);
    }

    /** @param key output name @return vector */
    public double[] outputVector(String key) {
        return vector(section("outputs"), key);
    }

    /** @param key input name @return matrix */
    public double[][] inputMatrix(String key) {
        return matrix(section("inputs"), key);
    }

    /** @param key output name @return matrix */
    public double[][] outputMatrix(String key) {
        return matrix(section("outputs"), key);
    }

    /** @param key output name @return the raw JSON value (Boolean, String, List, ...) */
    public Object output(String key) {
        return require(section("outputs"), key);
    }

    /** @param key input name @return the raw JSON value */
    public Object input(String key) {
        return require(section("inputs"), key);
    }

    /**
     * @param output output name
     * @return {@code {rtol, atol}} from the file
     */
    @SuppressWarnings("unchecked")
    public double[] tolerance(String output) {
        Map<String, Object> t = (Map<String, Object>) section("tolerances").get(output);
        if (t == null) {
            throw new IllegalStateException(name + " has no tolerance for " + output);
        }
        return new double[] {(Double) t.get("rtol"), (Double) t.get("atol")};
    }

    /** @return the names of outputs that carry a tolerance */
    public java.util.Set<String> tolerancedOutputs() {
        return section("tolerances").keySet();
    }

    /**
     * Asserts a scalar output within the file's tolerance.
     *
     * @param output output name
     * @param actual computed value
     */
    public void assertScalar(String output, double actual) {
        double[] tol = tolerance(output);
        check(output, outputScalar(output), actual, tol[0], tol[1]);
    }

    /**
     * Asserts a vector output within the file's tolerance.
     *
     * @param output output name
     * @param actual computed values
     */
    public void assertVector(String output, double[] actual) {
        double[] tol = tolerance(output);
        assertVector(output, actual, tol[0], tol[1]);
    }

    /**
     * Asserts a vector output within explicit tolerances.
     *
     * @param output output name
     * @param actual computed values
     * @param rtol relative tolerance
     * @param atol absolute tolerance
     */
    public void assertVector(String output, double[] actual, double rtol, double atol) {
        double[] expected = outputVector(output);
        assertEquals(expected.length, actual.length, name + "." + output + " length");
        for (int i = 0; i < expected.length; i++) {
            check(output + "[" + i + "]", expected[i], actual[i], rtol, atol);
        }
    }

    /**
     * Asserts a matrix output within the file's tolerance.
     *
     * @param output output name
     * @param actual computed values
     */
    public void assertMatrix(String output, double[][] actual) {
        double[] tol = tolerance(output);
        assertMatrix(output, actual, tol[0], tol[1]);
    }

    /**
     * Asserts a matrix output within explicit tolerances.
     *
     * @param output output name
     * @param actual computed values
     * @param rtol relative tolerance
     * @param atol absolute tolerance
     */
    public void assertMatrix(String output, double[][] actual, double rtol, double atol) {
        double[][] expected = outputMatrix(output);
        assertEquals(expected.length, actual.length, name + "." + output + " rows");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].length, actual[i].length, name + "." + output + " columns");
            for (int j = 0; j < expected[i].length; j++) {
                check(output + "[" + i + "][" + j + "]", expected[i][j], actual[i][j], rtol, atol);
            }
        }
    }

    private void check(String what, double expected, double actual, double rtol, double atol) {
        double diff = Math.abs(actual - expected);
        if (!(diff <= atol + rtol * Math.abs(expected))) {
            fail(name + "." + what + ": expected " + expected + " but got " + actual + " (|diff| " + diff
                    + " > atol " + atol + " + rtol " + rtol + " * |expected|)");
        }
        assertTrue(Double.isFinite(actual), name + "." + what + " is not finite");
    }

    private Object require(Map<String, Object> m, String key) {
        if (!m.containsKey(key)) {
            throw new IllegalStateException(name + " has no entry " + key + "; keys are " + m.keySet());
        }
        return m.get(key);
    }

    private double scalar(Map<String, Object> m, String key) {
        Object v = require(m, key);
        if (!(v instanceof Double)) {
            throw new IllegalStateException(name + "." + key + " is not a number: " + v);
        }
        return (Double) v;
    }

    @SuppressWarnings("unchecked")
    private double[] vector(Map<String, Object> m, String key) {
        List<Object> list = (List<Object>) require(m, key);
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Double) list.get(i);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private double[][] matrix(Map<String, Object> m, String key) {
        List<Object> rows = (List<Object>) require(m, key);
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            List<Object> row = (List<Object>) rows.get(i);
            out[i] = new double[row.size()];
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = (Double) row.get(j);
            }
        }
        return out;
    }

    /**
     * Converts a rectangular array to row-major.
     *
     * @param x the array
     * @return row-major copy
     */
    public static double[] flatten(double[][] x) {
        int m = x[0].length;
        double[] out = new double[x.length * m];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, out, i * m, m);
        }
        return out;
    }
}
