package io.github.ot4j.info.realdata;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.info.InfoOt;
import io.github.ot4j.info.InfoOtModel;
import io.github.ot4j.info.InfoOtOptions;
import io.github.ot4j.info.kde.Bandwidth;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one cheap real-data check (177 cells): on scGEM, the reference bandwidth rule
 * ({@code 0.5 sqrt(mean(D²)/2)}) aligns worse than random, the median heuristic on the raw
 * features aligns well, without looking at the ground truth. Skipped when the data set is absent.
 */
class ScGemAlignmentTest {

    static Path dataDir() {
        String env = System.getenv("OT4J_DATA");
        if (env != null) {
            return Path.of(env);
        }
        // Tests run in the module directory; the shared data sits beside the repository root.
        return Path.of("..", "..", "shared", "datasets");
    }

    @Test
    void medianHeuristicAlignsScGemWhereTheReferenceRuleFails() throws IOException {
        Path dir = dataDir().resolve("scgem");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("scGEM_expression_X.npy")),
                "scGEM not found under " + dir.toAbsolutePath() + " (set OT4J_DATA); skipping the real-data check");
        Matrix xs = readNpy(dir.resolve("scGEM_expression_X.npy"));
        Matrix xt = readNpy(dir.resolve("scGEM_methylation_X.npy"));
        InfoOtOptions o = InfoOtOptions.infoOt().withMaxIterations(60);
        InfoOtModel median = new InfoOt(o.withBandwidth(Bandwidth.median(0.5))).fit(xs, xt);
        double good = foscttm(median.barycentricProjection(), xt);
        assertTrue(good < 0.26, "FOSCTTM with the median heuristic: " + good);
        InfoOtModel reference = new InfoOt(o.withBandwidth(Bandwidth.reference(0.5))).fit(xs, xt);
        double bad = foscttm(reference.barycentricProjection(), xt);
        assertTrue(bad > 0.45, "FOSCTTM with the reference rule: " + bad);
    }

    /** Datasets README 5.1: strictly closer counts, both directions, averaged per cell. */
    static double foscttm(Matrix a, Matrix b) {
        int n = a.rows();
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < a.cols(); k++) {
                    double t = a.get(i, k) - b.get(j, k);
                    s += t * t;
                }
                d[i][j] = Math.sqrt(s);
            }
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            int c1 = 0;
            int c2 = 0;
            for (int j = 0; j < n; j++) {
                c1 += d[i][j] < d[i][i] ? 1 : 0;
                c2 += d[j][i] < d[i][i] ? 1 : 0;
            }
            total += 0.5 * (c1 + c2) / (n - 1.0);
        }
        return total / n;
    }

    /** A minimal reader for the data set's little-endian float64 C-order 2-D .npy files. */
    static Matrix readNpy(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] all = in.readAllBytes();
            ByteBuffer buf = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
            int major = all[6];
            int headerLen = major == 1 ? buf.getShort(8) & 0xffff : buf.getInt(8);
            int offset = (major == 1 ? 10 : 12) + headerLen;
            String header = new String(all, major == 1 ? 10 : 12, headerLen, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!header.contains("'<f8'") || header.contains("'fortran_order': True")) {
                throw new IOException(file + ": expected little-endian float64 in C order, header " + header);
            }
            String shape = header.substring(header.indexOf("'shape': (") + 10);
            String[] dims = shape.substring(0, shape.indexOf(')')).split(",");
            int rows = Integer.parseInt(dims[0].trim());
            int cols = Integer.parseInt(dims[1].trim());
            double[] x = new double[rows * cols];
            buf.position(offset);
            buf.asDoubleBuffer().get(x);
            return Matrix.of(rows, cols, x);
        }
    }
}
