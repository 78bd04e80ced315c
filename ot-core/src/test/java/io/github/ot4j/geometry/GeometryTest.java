package io.github.ot4j.geometry;

import io.github.ot4j.testing.RandomProblems;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Built-in costs against their definitions; point clouds against dense storage. */
class GeometryTest {

    private static double direct(String name, double[] x, double[] y) {
        double s = 0;
        switch (name) {
            case "sqeuclidean":
                for (int k = 0; k < x.length; k++) {
                    s += (x[k] - y[k]) * (x[k] - y[k]);
                }
                return s;
            case "euclidean":
                return Math.sqrt(direct("sqeuclidean", x, y));
            case "cityblock":
                for (int k = 0; k < x.length; k++) {
                    s += Math.abs(x[k] - y[k]);
                }
                return s;
            case "minkowski:3.0":
                for (int k = 0; k < x.length; k++) {
                    s += Math.pow(Math.abs(x[k] - y[k]), 3);
                }
                return Math.cbrt(s);
            case "cosine":
                double xy = 0;
                double xx = 0;
                double yy = 0;
                for (int k = 0; k < x.length; k++) {
                    xy += x[k] * y[k];
                    xx += x[k] * x[k];
                    yy += y[k] * y[k];
                }
                return 1 - xy / Math.sqrt(xx * yy);
            default:
                throw new AssertionError(name);
        }
    }

    @Test
    void builtinRowKernelsMatchDefinitionsAndPointwiseCosts() {
        Matrix x = RandomProblems.gaussian(41, 13, 5);
        Matrix y = RandomProblems.gaussian(42, 17, 5);
        for (CostFunction c : new CostFunction[] {CostFunction.squaredEuclidean(), CostFunction.euclidean(),
            CostFunction.cosine(), CostFunction.minkowski(1), CostFunction.minkowski(3)}) {
            PointCloudGeometry g = Geometry.pointCloud(x, y, c);
            double[] row = new double[17];
            double[] part = new double[17];
            for (int i = 0; i < 13; i++) {
                g.costRow(i, row);
                g.costRow(i, 4, 11, part);
                for (int j = 0; j < 17; j++) {
                    double expected = direct(c.name(), x.row(i), y.row(j));
                    assertEquals(expected, row[j], 1e-12 * (1 + expected), c.name() + " row kernel");
                    assertEquals(expected, g.cost(i, j), 1e-12 * (1 + expected), c.name() + " pointwise");
                    assertEquals(expected, c.cost(x.row(i), y.row(j)), 1e-12 * (1 + expected), c.name() + " arrays");
                    if (j >= 4 && j < 11) {
                        assertEquals(row[j], part[j - 4], 0.0, "column range");
                    }
                }
            }
        }
    }

    @Test
    void userCostsTransposeAndDenseCopy() {
        Matrix x = RandomProblems.gaussian(43, 4, 2);
        Matrix y = RandomProblems.gaussian(44, 6, 2);
        CostFunction asym = CostFunction.of("asym", (p, q) -> p[0] - 2 * q[1]);
        Geometry g = Geometry.pointCloud(x, y, asym);
        Geometry t = g.transpose();
        DenseGeometry d = g.toDense();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 6; j++) {
                assertEquals(x.get(i, 0) - 2 * y.get(j, 1), g.cost(i, j), 1e-15);
                assertEquals(g.cost(i, j), t.cost(j, i), 0.0);
                assertEquals(g.cost(i, j), d.cost(i, j), 0.0);
            }
        }
        CostStatistics s = d.statistics();
        assertEquals(s, Geometry.pointCloud(x, y, asym).statistics());
        assertEquals(Geometry.dense(new double[][] {{1, 2}, {3, 6}}).statistics(), new CostStatistics(1, 6, 3));
    }

    @Test
    void cosineOfZeroVectorIsOne() {
        assertEquals(1.0, CostFunction.cosine().cost(new double[] {0, 0}, new double[] {1, 2}), 0.0);
        assertEquals(0.0, CostFunction.cosine().cost(new double[] {1, 2}, new double[] {2, 4}), 1e-15);
    }
}
