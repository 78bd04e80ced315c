package io.github.ot4j.spark.internal;

import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.spark.SampleColumns;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The samples of a many-problems call, parsed once (and cached), validated on the driver, and
 * indexed in id order. Validation is one cheap job that collects each sample's metadata (id,
 * size, dimension, mass, first problem found); every problem becomes an
 * {@link IllegalArgumentException} thrown here, before any solve job is scheduled.
 */
public final class SampleInput {

    private final JavaRDD<Sample> parsed;
    private final JavaRDD<Sample> indexed;
    private final List<Object> ids;
    private final int dimension;
    private final double mass;
    private final DataType idType;
    private final Broadcast<Map<Object, Integer>> indexOf;

    private SampleInput(JavaRDD<Sample> parsed, JavaRDD<Sample> indexed, List<Object> ids, int dimension, double mass,
                        DataType idType, Broadcast<Map<Object, Integer>> indexOf) {
        this.parsed = parsed;
        this.indexed = indexed;
        this.ids = ids;
        this.dimension = dimension;
        this.mass = mass;
        this.idType = idType;
        this.indexOf = indexOf;
    }

    /**
     * Checks the schema (no job), parses and validates the rows (one job).
     *
     * @param samples the input
     * @param columns where to find id, points and weights
     * @param requiredDimension the dimension every sample must have, or -1 for "all the same"
     * @param requiredMass the total mass every sample must have, or NaN for "all the same"
     * @return the validated input; call {@link #release()} when done
     * @throws IllegalArgumentException on a bad schema or a bad row, naming the column or the
     *     sample and the value
     */
    public static SampleInput of(Dataset<Row> samples, SampleColumns columns, int requiredDimension,
                                 double requiredMass) {
        if (samples == null) {
            throw new IllegalArgumentException("samples must not be null");
        }
        if (columns == null) {
            throw new IllegalArgumentException("columns must not be null");
        }
        StructType schema = samples.schema();
        int idIdx = RowParsing.requireIdColumn(schema, columns.id(), true);
        int pointsIdx = RowParsing.requireDoubleArrayColumn(schema, columns.points(), "points", 2);
        int weightsIdx = columns.weights() == null ? -1
                : RowParsing.requireDoubleArrayColumn(schema, columns.weights(), "weights", 1);
        DataType idType = RowParsing.field(schema, idIdx).dataType();

        JavaSparkContext jsc = Jobs.context(samples.sparkSession());
        JavaRDD<Sample> parsed = samples.javaRDD()
                .map(row -> RowParsing.sample(row, idIdx, pointsIdx, weightsIdx))
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<SampleMeta> metas;
        String previous = Jobs.current(jsc);
        try {
            Jobs.describe(jsc, Jobs.VALIDATE);
            metas = parsed.map(Sample::meta).collect();
            validate(metas, requiredDimension, requiredMass);
        } catch (RuntimeException e) {
            parsed.unpersist(false);
            throw e;
        } finally {
            Jobs.describe(jsc, previous);
        }
        List<Object> ids = new ArrayList<>(metas.size());
        for (SampleMeta meta : metas) {
            ids.add(meta.id());
        }
        ids.sort(ID_ORDER);
        Map<Object, Integer> index = new HashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            index.put(ids.get(k), k);
        }
        Broadcast<Map<Object, Integer>> indexOf = jsc.broadcast(index);
        JavaRDD<Sample> indexed = parsed.map(s -> s.withIndex(indexOf.value().get(s.id())));
        return new SampleInput(parsed, indexed, List.copyOf(ids), metas.get(0).dimension(), metas.get(0).mass(),
                idType, indexOf);
    }

    /** Orders ids of one column type: numbers numerically, strings lexicographically. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Comparator<Object> ID_ORDER = (x, y) -> ((Comparable) x).compareTo(y);

    private static void validate(List<SampleMeta> metas, int requiredDimension, double requiredMass) {
        if (metas.isEmpty()) {
            throw new IllegalArgumentException("samples has no rows");
        }
        for (SampleMeta meta : metas) {
            if (meta.error() != null) {
                throw new IllegalArgumentException(meta.error());
            }
        }
        SampleMeta first = metas.get(0);
        int d = requiredDimension >= 0 ? requiredDimension : first.dimension();
        String dSource = requiredDimension >= 0 ? "the reference has dimension " + d
                : "sample '" + first.id() + "' has dimension " + d;
        double mass = Double.isNaN(requiredMass) ? first.mass() : requiredMass;
        String massSource = Double.isNaN(requiredMass) ? "sample '" + first.id() + "' has " + mass
                : "the reference has " + mass;
        Set<Object> seen = new HashSet<>();
        for (SampleMeta meta : metas) {
            if (!seen.add(meta.id())) {
                throw new IllegalArgumentException("sample id '" + meta.id() + "' appears more than once");
            }
            if (meta.dimension() != d) {
                throw new IllegalArgumentException("sample '" + meta.id() + "' has dimension " + meta.dimension()
                        + " but " + dSource);
            }
            if (Math.abs(meta.mass() - mass) > LinearProblem.MASS_TOLERANCE * Math.max(meta.mass(), mass)) {
                throw new IllegalArgumentException("sample '" + meta.id() + "' has total mass " + meta.mass() + " but "
                        + massSource + "; balanced transport needs equal masses (normalize the weights)");
            }
        }
    }

    /** @return the samples with their index in id order (recomputed from the cached parse) */
    public JavaRDD<Sample> indexed() {
        return indexed;
    }

    /**
     * The indexed samples spread over at least {@code min(count, tasks)} partitions, so that a
     * stage that solves one problem per sample can use the cluster even when the input has few
     * partitions (one shuffle of the samples when it repartitions).
     *
     * @param tasks the desired number of tasks
     * @return the samples
     */
    public JavaRDD<Sample> spread(int tasks) {
        int want = Math.min(count(), tasks);
        return indexed.getNumPartitions() >= want ? indexed : indexed.repartition(want);
    }

    /** @return the ids in index order */
    public List<Object> ids() {
        return ids;
    }

    /** @return number of samples */
    public int count() {
        return ids.size();
    }

    /** @return the common dimension */
    public int dimension() {
        return dimension;
    }

    /** @return the common total mass */
    public double mass() {
        return mass;
    }

    /** @return the Spark type of the id column */
    public DataType idType() {
        return idType;
    }

    /** Drops the cached parse and the executors' copies of the index (results computed from them stay valid). */
    public void release() {
        parsed.unpersist(false);
        indexOf.unpersist(false);
    }
}
