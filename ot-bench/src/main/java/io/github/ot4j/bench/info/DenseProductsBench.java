package io.github.ot4j.bench.info;

import io.github.ot4j.internal.linalg.DenseProducts;
import io.github.ot4j.internal.linalg.DenseProducts.Backend;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * GFLOP/s of each backend of ot-core's dense-product seam on square products (InfoOT's
 * {@code K_x P K_y} shapes). Usage:
 * <pre>
 * java --add-modules jdk.incubator.vector -cp ot-bench/target/benchmarks.jar \
 *     io.github.ot4j.bench.info.DenseProductsBench [n ...]
 * </pre>
 * Prints the median of 7 timed runs after 3 warm-up runs, per backend and size, for the double
 * products and then the single-precision ones (vector and scalar float kernels).
 */
public final class DenseProductsBench {

    private DenseProductsBench() {
    }

    /**
     * @param args sizes (default 1047 and 2000)
     */
    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1047, 2000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int n : sizes) {
            Random r = new Random(1);
            double[] a = new double[n * n];
            double[] b = new double[n * n];
            double[] c = new double[n * n];
            for (int i = 0; i < a.length; i++) {
                a[i] = r.nextDouble();
                b[i] = r.nextDouble();
            }
            for (Backend backend : Backend.values()) {
                if (backend == Backend.VECTOR && !DenseProducts.vectorAvailable()) {
                    continue;
                }
                int reps = backend == Backend.VECTOR ? 7 : 3;
                for (int w = 0; w < 3; w++) {
                    DenseProducts.multiply(backend, false, false, a, b, c, n, n, n, 0);
                }
                double[] t = new double[reps];
                for (int k = 0; k < reps; k++) {
                    long s = System.nanoTime();
                    DenseProducts.multiply(backend, false, false, a, b, c, n, n, n, 0);
                    t[k] = (System.nanoTime() - s) / 1e9;
                }
                Arrays.sort(t);
                double med = t[reps / 2];
                System.out.printf(Locale.ROOT, "%-10s n=%d  median %.4f s  %.1f GFLOP/s (best %.1f)%n",
                        DenseProducts.name(backend), n, med, 2.0 * n * n * n / med / 1e9, 2.0 * n * n * n / t[0] / 1e9);
            }
            float[] af = new float[n * n];
            float[] bf = new float[n * n];
            float[] cf = new float[n * n];
            for (int i = 0; i < a.length; i++) {
                af[i] = (float) a[i];
                bf[i] = (float) b[i];
            }
            for (Backend backend : new Backend[] {Backend.VECTOR, Backend.SCALAR}) {
                if (backend == Backend.VECTOR && !DenseProducts.vectorAvailable()) {
                    continue;
                }
                int reps = backend == Backend.VECTOR ? 7 : 3;
                for (int w = 0; w < 3; w++) {
                    DenseProducts.multiply(backend, false, false, af, bf, cf, n, n, n, 0);
                }
                double[] t = new double[reps];
                for (int k = 0; k < reps; k++) {
                    long s = System.nanoTime();
                    DenseProducts.multiply(backend, false, false, af, bf, cf, n, n, n, 0);
                    t[k] = (System.nanoTime() - s) / 1e9;
                }
                Arrays.sort(t);
                double med = t[reps / 2];
                System.out.printf(Locale.ROOT, "%-16s n=%d  median %.4f s  %.1f GFLOP/s (best %.1f)%n",
                        DenseProducts.floatName(backend), n, med, 2.0 * n * n * n / med / 1e9, 2.0 * n * n * n / t[0] / 1e9);
            }
        }
    }
}
