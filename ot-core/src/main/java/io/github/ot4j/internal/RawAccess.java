package io.github.ot4j.internal;

import io.github.ot4j.geometry.DenseGeometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.result.DensePlan;

import java.util.function.Function;

/**
 * Gives ot4j's own packages the backing array of a {@link Matrix} or a {@link DenseGeometry}
 * without copying, and wraps arrays the library has just computed (and checked) as matrices,
 * geometries and plans without copying them again (the JDK's "shared secrets" pattern): all are
 * immutable to users, while the library's hot loops read their row-major storage directly. Not
 * part of the API.
 */
public final class RawAccess {

    /** Creates a matrix, dense geometry or plan around an array without copying or validation. */
    @FunctionalInterface
    public interface DenseWrapper<T> {
        /**
         * @param rows rows
         * @param cols columns
         * @param data row-major data, owned by the new object from now on
         * @return the object
         */
        T wrap(int rows, int cols, double[] data);
    }

    private static volatile DenseWrapper<DenseGeometry> geometryWrapper;
    private static volatile DenseWrapper<DensePlan> planWrapper;
    private static volatile Function<DensePlan, double[]> planData;
    private static volatile Function<Matrix, double[]> matrixData;
    private static volatile DenseWrapper<Matrix> matrixWrapper;
    private static volatile Function<DenseGeometry, double[]> denseCosts;

    private RawAccess() {
    }

    /**
     * Called once by {@code Matrix}'s static initializer.
     *
     * @param data the accessor
     * @param wrapper the no-copy factory
     */
    public static void registerMatrixAccess(Function<Matrix, double[]> data, DenseWrapper<Matrix> wrapper) {
        matrixData = data;
        matrixWrapper = wrapper;
    }

    /**
     * Called once by {@code DenseGeometry}'s static initializer.
     *
     * @param costs the accessor
     * @param wrapper the no-copy factory
     */
    public static void registerDenseGeometryAccess(Function<DenseGeometry, double[]> costs,
                                                   DenseWrapper<DenseGeometry> wrapper) {
        denseCosts = costs;
        geometryWrapper = wrapper;
    }

    /**
     * Called once by {@code DensePlan}'s static initializer.
     *
     * @param wrapper the no-copy factory
     * @param data the accessor of the backing array
     */
    public static void registerDensePlanWrapper(DenseWrapper<DensePlan> wrapper, Function<DensePlan, double[]> data) {
        planWrapper = wrapper;
        planData = data;
    }

    /**
     * @param p a dense plan (its class is initialized, so the accessor is registered)
     * @return its row-major backing array; callers must not modify it
     */
    public static double[] data(DensePlan p) {
        return planData.apply(p);
    }

    /**
     * Wraps costs as a dense geometry without copying or checking them (the statistics are still
     * computed); the caller hands over the array and guarantees that it is finite.
     *
     * @param rows rows
     * @param cols columns
     * @param data row-major finite costs of length {@code rows * cols}
     * @return the geometry
     */
    public static DenseGeometry wrapGeometry(int rows, int cols, double[] data) {
        if (geometryWrapper == null) {
            initialize(DenseGeometry.class);
        }
        return geometryWrapper.wrap(rows, cols, data);
    }

    /**
     * Wraps a plan without copying or checking it; the caller hands over the array and
     * guarantees that it is finite and non-negative.
     *
     * @param rows rows
     * @param cols columns
     * @param data row-major entries of length {@code rows * cols}
     * @return the plan
     */
    public static DensePlan wrapPlan(int rows, int cols, double[] data) {
        if (planWrapper == null) {
            initialize(DensePlan.class);
        }
        return planWrapper.wrap(rows, cols, data);
    }

    private static void initialize(Class<?> c) {
        try {
            Class.forName(c.getName(), true, c.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param g a dense geometry (its class is initialized, so the accessor is registered)
     * @return its row-major cost array; callers must not modify it
     */
    public static double[] costs(DenseGeometry g) {
        return denseCosts.apply(g);
    }

    /**
     * @param m a matrix
     * @return its row-major backing array; callers must not modify it
     */
    public static double[] data(Matrix m) {
        return matrixData.apply(m);
    }

    /**
     * Wraps {@code data} as a matrix without copying or validation; the caller hands over the array.
     *
     * @param rows rows
     * @param cols columns
     * @param data row-major finite data of length {@code rows * cols}
     * @return the matrix
     */
    public static Matrix wrap(int rows, int cols, double[] data) {
        if (matrixWrapper == null) {
            initialize(Matrix.class);
        }
        return matrixWrapper.wrap(rows, cols, data);
    }
}
