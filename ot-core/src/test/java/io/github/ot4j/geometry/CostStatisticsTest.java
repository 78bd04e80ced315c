package io.github.ot4j.geometry;

import io.github.ot4j.internal.Blocks;
import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The blocked, multi-threaded scan of {@link CostStatistics} against a plain scalar scan. */
class CostStatisticsTest {

    @Test
    void blockedScanOfALargeDenseGeometryMatchesAScalarScanOnAnyNumberOfThreads() {
        int n = 700;
        int m = 900;
        SplittableRandom r = new SplittableRandom(20240611L);
        double[] c = new double[n * m];
        for (int k = 0; k < c.length; k++) {
            c[k] = 10 * r.nextDouble();
        }
        // extremes in the last block, so that the block results are really combined
        c[c.length - 5] = -40;
        c[c.length - 2] = 55;
        DenseGeometry g = Geometry.dense(n, m, c);
        assertTrue(Blocks.count(n, Blocks.rowsPerBlock(m)) > 2, "the scan must span several blocks");

        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : c) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum = sum.add(new BigDecimal(v));
        }
        // the exact sum, rounded once: any summation order must be this close
        double mean = sum.doubleValue() / ((double) n * m);

        CostStatistics one = CostStatistics.scan(g, 1);
        CostStatistics two = CostStatistics.scan(g, 2);
        assertEquals(-40, one.min(), 0.0);
        assertEquals(55, one.max(), 0.0);
        assertEquals(min, one.min(), 0.0);
        assertEquals(max, one.max(), 0.0);
        assertEquals(mean, one.mean(), 1e-15 * Math.abs(mean));
        assertEquals(one, two, "the statistics must not depend on the number of threads");
        assertEquals(one, g.statistics());
    }

    @Test
    void aMatrixFreeGeometryHasTheStatisticsOfItsDenseCopy() {
        Matrix x = RandomProblems.gaussian(7, 300, 3);
        Matrix y = RandomProblems.gaussian(8, 500, 3);
        PointCloudGeometry g = Geometry.pointCloud(x, y, CostFunction.squaredEuclidean());
        DenseGeometry d = g.toDense();
        // the generic path reads rows, the dense one its array: same arithmetic, same result
        assertEquals(d.statistics(), g.statistics());
        assertEquals(CostStatistics.scan(g, 1), CostStatistics.scan(g, 2));
    }
}
