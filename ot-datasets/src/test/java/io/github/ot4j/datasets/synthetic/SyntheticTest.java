package io.github.ot4j.datasets.synthetic;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.datasets.tasks.KnnClassifier;
import io.github.ot4j.geometry.Matrix;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticTest {

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(s);
    }

    @Test
    void sameSeedSameDataDifferentSeedDifferentData() {
        Matrix means = GaussianMixture.circleMeans(3, 2, 4);
        assertEquals(GaussianMixture.sample(50, means, 1, 42), GaussianMixture.sample(50, means, 1, 42));
        assertNotEquals(GaussianMixture.sample(50, means, 1, 42), GaussianMixture.sample(50, means, 1, 43));
        assertEquals(ShiftedDomains.sample(ShiftedDomains.Options.defaults(), 7),
                ShiftedDomains.sample(ShiftedDomains.Options.defaults(), new SplittableRandom(7)));
        assertEquals(CrossDimensionDomains.sample(CrossDimensionDomains.Options.defaults(), 7),
                CrossDimensionDomains.sample(CrossDimensionDomains.Options.defaults(), 7));
        assertEquals(TwoMoons.sample(20, 0.1, 1), TwoMoons.sample(20, 0.1, 1));
    }

    @Test
    void gaussianMixtureHasBalancedClassesAroundTheirMeans() {
        Matrix means = Matrix.of(new double[][] {{0, 0, 0}, {10, -5, 2}});
        LabeledData d = GaussianMixture.sample(4001, means, 1.0, 3);
        int[] y = d.labels();
        double[][] sum = new double[2][3];
        int[] count = new int[2];
        for (int i = 0; i < y.length; i++) {
            assertEquals(i % 2, y[i]);
            count[y[i]]++;
            for (int j = 0; j < 3; j++) {
                sum[y[i]][j] += d.features().get(i, j);
            }
        }
        assertArrayEquals(new int[] {2001, 2000}, count);
        for (int c = 0; c < 2; c++) {
            for (int j = 0; j < 3; j++) {
                // standard error 1/sqrt(2000) ~ 0.022; 0.1 is 4.5 standard errors
                assertEquals(means.get(c, j), sum[c][j] / count[c], 0.1);
            }
        }
    }

    @Test
    void twoMoonsWithoutNoiseLieOnTheirHalfCircles() {
        LabeledData d = TwoMoons.sample(11, 0, 0);
        int outer = 0;
        for (int i = 0; i < 11; i++) {
            double x = d.features().get(i, 0);
            double y = d.features().get(i, 1);
            if (d.labels()[i] == 0) {
                outer++;
                assertEquals(1.0, x * x + y * y, 1e-12);
                assertTrue(y >= -1e-12);
            } else {
                assertEquals(1.0, (1 - x) * (1 - x) + (0.5 - y) * (0.5 - y), 1e-12);
                assertTrue(y <= 0.5 + 1e-12);
            }
        }
        assertEquals(5, outer);
        assertThrows(IllegalArgumentException.class, () -> TwoMoons.sample(1, 0, 0));
    }

    @Test
    void shiftedPairHasFarOutliersAndNeedsAdaptation() {
        ShiftedDomains.Options o = ShiftedDomains.Options.defaults();
        DomainPair p = ShiftedDomains.sample(o, 11);
        assertEquals(o.sourceSize() + o.outliers(), p.source().size());
        assertEquals(o.targetSize(), p.target().size());
        int[] outliers = p.sourceOutliers();
        assertEquals(o.outliers(), outliers.length);
        for (int k = 0; k < outliers.length; k++) {
            assertEquals(o.sourceSize() + k, outliers[k]);
            double r = distance(p.source().features().row(outliers[k]), new double[2]);
            assertEquals(o.outlierDistance(), r, 5 * o.noise());
        }
        // undoing the shift and rotation maps the target back onto the source distribution
        double step = o.shift() / Math.sqrt(2);
        double c = Math.cos(-o.angle());
        double s = Math.sin(-o.angle());
        double[][] back = new double[o.targetSize()][];
        for (int i = 0; i < o.targetSize(); i++) {
            double a = p.target().features().get(i, 0) - step;
            double b = p.target().features().get(i, 1) - step;
            back[i] = new double[] {c * a - s * b, s * a + c * b};
        }
        LabeledData inliers = p.source().select(java.util.stream.IntStream.range(0, o.sourceSize()).toArray());
        LabeledData undone = new LabeledData(Matrix.of(back), p.target().labels());
        double aligned = KnnClassifier.accuracy(inliers, undone, 1);
        double unadapted = KnnClassifier.accuracy(p.source(), p.target(), 1);
        assertTrue(aligned > 0.95, "1-NN after undoing the shift: " + aligned);
        assertTrue(unadapted < 0.7, "1-NN without adaptation should be poor: " + unadapted);
    }

    @Test
    void crossDimensionPairPreservesWithinDomainDistances() {
        CrossDimensionDomains.Options o = CrossDimensionDomains.Options.defaults();
        DomainPair p = CrossDimensionDomains.sample(o, 5);
        assertEquals(3, p.source().dimension());
        assertEquals(5, p.target().dimension());
        assertEquals(0, p.sourceOutliers().length);
        assertArrayEquals(p.source().labels(), p.target().labels());
        // without ambient noise the two orthonormal embeddings are isometries of the latent space
        DomainPair exact = CrossDimensionDomains.sample(new CrossDimensionDomains.Options(40, 3, 2, 3, 5, 4, 0.5, 0), 5);
        double worst = 0;
        for (int i = 0; i < 40; i++) {
            for (int j = 0; j < i; j++) {
                double ds = distance(exact.source().features().row(i), exact.source().features().row(j));
                double dt = distance(exact.target().features().row(i), exact.target().features().row(j));
                worst = Math.max(worst, Math.abs(ds - dt));
            }
        }
        assertEquals(0, worst, 1e-12);
    }

    @Test
    void badOptionsNameTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShiftedDomains.Options.defaults().withOutliers(-1));
        assertTrue(e.getMessage().contains("outliers must be >= 0, got -1"), e.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
                () -> CrossDimensionDomains.Options.defaults().withDimensions(1, 5));
        assertTrue(d.getMessage().contains("sourceDimension (1)"), d.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GaussianMixture.sample(0, Matrix.of(new double[][] {{0}}), 1, 0));
        assertThrows(IllegalArgumentException.class, () -> GaussianMixture.sample(5, Matrix.of(new double[][] {{0}}), -1, 0));
    }
}
