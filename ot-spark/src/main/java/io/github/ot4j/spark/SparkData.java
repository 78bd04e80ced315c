package io.github.ot4j.spark;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Checks;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the input Datasets of this module from in-memory Java data (tests, notebooks, small
 * jobs); data already in Spark (Parquet, a DataFrame pipeline) is used directly. Everything is
 * validated on the driver, before any job.
 */
public final class SparkData {

    private SparkData() {
    }

    /**
     * One row per sample, in the {@link SampleColumns#DEFAULT} layout plus a {@code weights}
     * column: {@code (id, points: array<array<double>>, weights: array<double>)}.
     *
     * @param spark the session
     * @param ids the sample ids: all {@link String}, all {@link Integer} or all {@link Long}
     * @param points one point cloud per id
     * @param weights one weight vector per id (null entries, or a null list, mean uniform)
     * @param partitions number of Spark partitions, at least 1
     * @return the Dataset
     * @throws IllegalArgumentException if the lists differ in length, an id is null or of another
     *     type, a point cloud is null, or a weight vector is invalid
     */
    public static Dataset<Row> samples(SparkSession spark, List<?> ids, List<Matrix> points, List<double[]> weights,
                                       int partitions) {
        if (spark == null || ids == null || points == null) {
            throw new IllegalArgumentException("spark, ids and points must not be null");
        }
        Checks.requireAtLeast("partitions", partitions, 1);
        if (ids.size() != points.size() || (weights != null && weights.size() != ids.size())) {
            throw new IllegalArgumentException("ids has " + ids.size() + " entries, points " + points.size()
                    + (weights == null ? "" : ", weights " + weights.size()) + "; they must agree");
        }
        DataType idType = ids.isEmpty() ? DataTypes.StringType : idType(ids.get(0));
        List<Row> rows = new ArrayList<>(ids.size());
        for (int k = 0; k < ids.size(); k++) {
            Object id = ids.get(k);
            if (id == null || idType(id) != idType) {
                throw new IllegalArgumentException("ids[" + k + "] is " + id + "; ids must be non-null and all of one"
                        + " type (String, Integer or Long)");
            }
            Matrix p = points.get(k);
            if (p == null) {
                throw new IllegalArgumentException("points[" + k + "] is null");
            }
            double[] w = weights == null ? null : weights.get(k);
            if (w != null) {
                Checks.requireWeights("weights[" + k + "]", w, p.rows(), "points[" + k + "] has " + p.rows() + " points");
                w = w.clone();
            }
            rows.add(RowFactory.create(id, p.toArray(), w));
        }
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("id", idType, false),
            DataTypes.createStructField("points",
                    DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.DoubleType, false), false), false),
            DataTypes.createStructField("weights", DataTypes.createArrayType(DataTypes.DoubleType, false), true)
        });
        JavaRDD<Row> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, partitions);
        return spark.createDataFrame(rdd, schema);
    }

    /**
     * One row per point, in the {@link PointColumns#DEFAULT} layout: {@code (id: bigint, point:
     * array<double>)}, plus {@code weight: double} when weights are given; the id is the row
     * index.
     *
     * @param spark the session
     * @param points the points, one per row
     * @param weights one weight per point, or null for none (uniform)
     * @param partitions number of Spark partitions, at least 1
     * @return the Dataset
     * @throws IllegalArgumentException on a null argument, bad weights or partitions
     */
    public static Dataset<Row> points(SparkSession spark, Matrix points, double[] weights, int partitions) {
        if (spark == null || points == null) {
            throw new IllegalArgumentException("spark and points must not be null");
        }
        Checks.requireAtLeast("partitions", partitions, 1);
        if (weights != null) {
            Checks.requireWeights("weights", weights, points.rows(), "there are " + points.rows() + " points");
        }
        List<Row> rows = new ArrayList<>(points.rows());
        for (int i = 0; i < points.rows(); i++) {
            rows.add(weights == null ? RowFactory.create((long) i, points.row(i))
                    : RowFactory.create((long) i, points.row(i), weights[i]));
        }
        List<StructField> fields = new ArrayList<>(List.of(
                DataTypes.createStructField("id", DataTypes.LongType, false),
                DataTypes.createStructField("point", DataTypes.createArrayType(DataTypes.DoubleType, false), false)));
        if (weights != null) {
            fields.add(DataTypes.createStructField("weight", DataTypes.DoubleType, false));
        }
        JavaRDD<Row> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, partitions);
        return spark.createDataFrame(rdd, new StructType(fields.toArray(new StructField[0])));
    }

    private static DataType idType(Object id) {
        if (id instanceof String) {
            return DataTypes.StringType;
        }
        if (id instanceof Integer) {
            return DataTypes.IntegerType;
        }
        if (id instanceof Long) {
            return DataTypes.LongType;
        }
        throw new IllegalArgumentException("ids must be String, Integer or Long, got " + (id == null ? "null"
                : id.getClass().getName()));
    }
}
