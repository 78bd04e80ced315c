package io.github.ot4j.spark.internal;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Matrix;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-partition pass and the stable merge of column partials, without Spark. */
class ColumnPartialTest {

    private static final double EPS = 0.01;

    private static SourceBlock block(double[][] points) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            rows.add(RowFactory.create((long) i, points[i]));
        }
        return SourceBlock.parse(rows.iterator(), 0, 1, -1, points[0].length);
    }

    private static double[] lse(ColumnPartial p, double[] g) {
        double[] out = new double[p.sum().length];
        for (int j = 0; j < out.length; j++) {
            double shift = p.shift() == null ? g[j] : p.shift()[j];
            out[j] = Math.log(p.sum()[j]) - shift / EPS;
        }
        return out;
    }

    @Test
    void mergedExactPartialsEqualTheDirectLogSumExpWhereTheFastPassUnderflows() {
        Random random = new Random(17);
        double[][] near = new double[30][];
        double[][] far = new double[20][];
        for (int i = 0; i < near.length; i++) {
            near[i] = new double[] {random.nextDouble(), random.nextDouble()};
        }
        for (int i = 0; i < far.length; i++) {
            far[i] = new double[] {5 + random.nextDouble(), 5 + random.nextDouble()};
        }
        Matrix y = Matrix.of(new double[][] {{0, 0}, {0.5, 0.5}, {5.5, 5.5}});
        PointSet target = new PointSet(y, null);
        BlockSinkhorn.Params p = new BlockSinkhorn.Params(EPS, 1.0 / 50, ShippedCost.of(CostFunction.squaredEuclidean()));
        double[] g = new double[3];
        // Cold start, f = 0: exp(-C / eps) underflows to 0 for the far block at the near targets.
        ColumnPartial fastFar = BlockSinkhorn.pass(block(far), target, g, p, true, false);
        assertTrue(fastFar.sum()[0] == 0, "the fast pass underflows here, which is why the exact pass exists");
        ColumnPartial a = BlockSinkhorn.pass(block(near), target, g, p, true, true);
        ColumnPartial b = BlockSinkhorn.pass(block(far), target, g, p, true, true);
        double[] merged = lse(ColumnPartial.merge(a, b, 1 / EPS), g);
        double[][] all = new double[50][];
        System.arraycopy(near, 0, all, 0, 30);
        System.arraycopy(far, 0, all, 30, 20);
        for (int j = 0; j < 3; j++) {
            double max = Double.NEGATIVE_INFINITY;
            double[] v = new double[50];
            for (int i = 0; i < 50; i++) {
                v[i] = -CostFunction.squaredEuclidean().cost(all[i], y.row(j)) / EPS;
                max = Math.max(max, v[i]);
            }
            double s = 0;
            for (double x : v) {
                s += Math.exp(x - max);
            }
            double direct = max + Math.log(s);
            assertEquals(direct, merged[j], 1e-12 * Math.abs(direct), "column " + j);
            assertTrue(Double.isFinite(merged[j]));
        }
    }

    @Test
    void fastAndExactPassesAgreeAndEmptyPartialsAreNeutral() {
        Random random = new Random(5);
        double[][] pts = new double[40][];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = new double[] {random.nextGaussian(), random.nextGaussian()};
        }
        Matrix y = Matrix.of(new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}});
        PointSet target = new PointSet(y, null);
        BlockSinkhorn.Params p = new BlockSinkhorn.Params(0.5, 1.0 / 40, ShippedCost.of(CostFunction.squaredEuclidean()));
        double[] g = {0.1, -0.2, 0.3, 0.0};
        ColumnPartial fast = ColumnPartial.merge(ColumnPartial.empty(),
                BlockSinkhorn.pass(block(pts), target, g, p, false, false), 2.0);
        ColumnPartial exact = ColumnPartial.merge(BlockSinkhorn.pass(block(pts), target, g, p, false, true),
                ColumnPartial.empty(), 2.0);
        double[] lf = new double[4];
        double[] le = new double[4];
        for (int j = 0; j < 4; j++) {
            lf[j] = Math.log(fast.sum()[j]) - g[j] / 0.5;
            le[j] = Math.log(exact.sum()[j]) - exact.shift()[j] / 0.5;
            assertEquals(lf[j], le[j], 1e-12 * Math.max(1, Math.abs(lf[j])));
        }
        assertEquals(0, fast.nonFinite());
    }
}
