package io.github.ot4j.spark.internal;

import io.github.ot4j.internal.Checks;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;
import java.util.List;

/**
 * Schema checks (on the driver, before any job) and row parsing (on executors, never throwing:
 * problems come back as messages that the driver turns into {@link IllegalArgumentException}s).
 */
public final class RowParsing {

    private RowParsing() {
    }

    /**
     * @param schema the input schema
     * @param name column name
     * @param role what the column is for, for messages
     * @return the column's index
     * @throws IllegalArgumentException if the column is missing
     */
    public static int requireColumn(StructType schema, String name, String role) {
        if (name == null) {
            throw new IllegalArgumentException("the " + role + " column name must not be null");
        }
        List<String> names = Arrays.asList(schema.fieldNames());
        int idx = names.indexOf(name);
        if (idx < 0) {
            throw new IllegalArgumentException("the " + role + " column '" + name + "' is not in the input; it has "
                    + names);
        }
        return idx;
    }

    /**
     * Checks an id column: string, int or long.
     *
     * @param schema input schema
     * @param name column name
     * @param allowString whether string ids are accepted
     * @return the column index
     */
    public static int requireIdColumn(StructType schema, String name, boolean allowString) {
        int idx = requireColumn(schema, name, "id");
        DataType t = schema.fields()[idx].dataType();
        boolean ok = t instanceof IntegerType || t instanceof LongType || (allowString && t instanceof StringType);
        if (!ok) {
            throw new IllegalArgumentException("the id column '" + name + "' must be "
                    + (allowString ? "string, int or bigint" : "int or bigint") + ", got " + t.simpleString());
        }
        return idx;
    }

    /**
     * Checks an {@code array<double>} column (depth 1) or {@code array<array<double>>} (depth 2).
     *
     * @param schema input schema
     * @param name column name
     * @param role what it is for
     * @param depth nesting depth
     * @return the column index
     */
    public static int requireDoubleArrayColumn(StructType schema, String name, String role, int depth) {
        int idx = requireColumn(schema, name, role);
        DataType t = schema.fields()[idx].dataType();
        DataType e = t;
        for (int k = 0; k < depth; k++) {
            if (!(e instanceof ArrayType at)) {
                e = null;
                break;
            }
            e = at.elementType();
        }
        if (!(e instanceof DoubleType)) {
            String want = depth == 1 ? "array<double>" : "array<array<double>>";
            throw new IllegalArgumentException("the " + role + " column '" + name + "' must be " + want + ", got "
                    + t.simpleString());
        }
        return idx;
    }

    /**
     * Checks a {@code double} column.
     *
     * @param schema input schema
     * @param name column name
     * @param role what it is for
     * @return the column index
     */
    public static int requireDoubleColumn(StructType schema, String name, String role) {
        int idx = requireColumn(schema, name, role);
        DataType t = schema.fields()[idx].dataType();
        if (!(t instanceof DoubleType)) {
            throw new IllegalArgumentException("the " + role + " column '" + name + "' must be double, got "
                    + t.simpleString());
        }
        return idx;
    }

    /**
     * @param schema input schema
     * @param idx column index
     * @return that column's field
     */
    public static StructField field(StructType schema, int idx) {
        return schema.fields()[idx];
    }

    /**
     * Parses one sample row.
     *
     * @param row the row
     * @param idIdx id column
     * @param pointsIdx points column ({@code array<array<double>>})
     * @param weightsIdx weights column ({@code array<double>}), or -1
     * @return the sample, possibly carrying an error message
     */
    public static Sample sample(Row row, int idIdx, int pointsIdx, int weightsIdx) {
        if (row.isNullAt(idIdx)) {
            return Sample.invalid(null, "a sample has a null id");
        }
        Object id = row.get(idIdx);
        String who = "sample '" + id + "': ";
        if (row.isNullAt(pointsIdx)) {
            return Sample.invalid(id, who + "points is null");
        }
        Object outer = row.get(pointsIdx);
        int n = length(outer);
        if (n == 0) {
            return Sample.invalid(id, who + "points is empty");
        }
        double[] first = toDoubles(element(outer, 0));
        if (first == null) {
            return Sample.invalid(id, who + "points[0] is null or holds a null coordinate");
        }
        int d = first.length;
        if (d == 0) {
            return Sample.invalid(id, who + "points[0] has no coordinates");
        }
        double[] data = new double[n * d];
        for (int k = 0; k < n; k++) {
            double[] p = k == 0 ? first : toDoubles(element(outer, k));
            if (p == null) {
                return Sample.invalid(id, who + "points[" + k + "] is null or holds a null coordinate");
            }
            if (p.length != d) {
                return Sample.invalid(id, who + "points[" + k + "] has " + p.length + " coordinates but points[0] has "
                        + d);
            }
            System.arraycopy(p, 0, data, k * d, d);
        }
        double[] weights = null;
        double mass = 1;
        try {
            Checks.requireFinite("points", data, d);
            if (weightsIdx >= 0 && !row.isNullAt(weightsIdx)) {
                weights = toDoubles(row.get(weightsIdx));
                if (weights == null) {
                    return Sample.invalid(id, who + "weights holds a null entry");
                }
                mass = Checks.requireWeights("weights", weights, n, "there are " + n + " points");
            }
        } catch (IllegalArgumentException e) {
            return Sample.invalid(id, who + e.getMessage());
        }
        return new Sample(id, -1, n, d, data, weights, mass, null);
    }

    /**
     * @param array a Spark array value (a Scala {@code Seq}, a Java list or a primitive array)
     * @return its length
     */
    static int length(Object array) {
        if (array instanceof scala.collection.Seq<?> s) {
            return s.length();
        }
        if (array instanceof List<?> l) {
            return l.size();
        }
        if (array instanceof double[] a) {
            return a.length;
        }
        if (array instanceof Object[] a) {
            return a.length;
        }
        throw new IllegalStateException("not an array value: " + array.getClass().getName());
    }

    static Object element(Object array, int k) {
        if (array instanceof scala.collection.Seq<?> s) {
            return s.apply(k);
        }
        if (array instanceof List<?> l) {
            return l.get(k);
        }
        if (array instanceof Object[] a) {
            return a[k];
        }
        throw new IllegalStateException("not an array value: " + array.getClass().getName());
    }

    /**
     * @param array a Spark {@code array<double>} value
     * @return its values, or null if it or an entry is null
     */
    public static double[] toDoubles(Object array) {
        if (array == null) {
            return null;
        }
        if (array instanceof double[] a) {
            return a.clone();
        }
        int len = length(array);
        double[] out = new double[len];
        for (int k = 0; k < len; k++) {
            Object v = element(array, k);
            if (!(v instanceof Number num)) {
                return null;
            }
            out[k] = num.doubleValue();
        }
        return out;
    }
}
