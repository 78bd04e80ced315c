package io.github.ot4j.bench;

import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.symmetry.group.FiniteGroup;
import io.github.ot4j.symmetry.kernel.KernelRidge;
import io.github.ot4j.symmetry.kernel.KernelRidgeModel;
import io.github.ot4j.symmetry.kernel.RadialKernel;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The sample-complexity gain of invariance for kernel ridge regression (Tahmasebi &amp; Jegelka,
 * NeurIPS 2023, arXiv:2303.14269): for a finite group {@code G}, invariant KRR with {@code n}
 * samples should do as well as plain KRR with {@code |G| n} samples.
 *
 * <p>Set-up: inputs uniform on the unit circle {@code x = (cos θ, sin θ)}; the group is
 * {@code C_k} (rotations by {@code 2π j / k}) acting on {@code R^2}; the target
 * {@code f*(θ) = exp(cos(k θ))} is {@code C_k}-invariant; labels {@code y = f*(θ) + N(0, σ²)}.
 * Kernel: Gaussian with bandwidth {@code h} on {@code R^2} (chord distance), averaged over
 * {@code C_k} for the invariant model. Each method at each {@code n} uses its best {@code λ} from
 * a grid (the one with the lowest mean risk over the seeds: both are compared at their best).
 * Risk: {@code mean (f̂ - f*)²} over a uniform grid of test angles, averaged over seeds.
 *
 * <p>Prints a table to standard output and writes a log-log PNG of risk against {@code n}.
 * Usage: {@code SampleGainExperiment [output.png]} (default {@code sample-gain.png}).
 */
public final class SampleGainExperiment {

    /** Group order: C_K. */
    static final int K = 6;
    /** Sample sizes of the invariant model (plain gets K times as many). */
    static final int[] NS = {4, 8, 16, 32, 64, 128};
    /** Independent repetitions. */
    static final int SEEDS = 10;
    /** Label noise standard deviation. */
    static final double SIGMA = 0.5;
    /** Gaussian kernel bandwidth (chord distance on the unit circle). */
    static final double BANDWIDTH = 0.25;
    /** Regularization grid. */
    static final double[] LAMBDAS = {1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1};
    /** Test angles (uniform grid) for the risk. */
    static final int TEST_POINTS = 1000;

    private SampleGainExperiment() {
    }

    /** One method's risks: {@code risk[n index][lambda index][seed]}. */
    private record Curve(String name, double[][][] risk) {
    }

    /**
     * @param args optional output PNG path
     * @throws IOException if the PNG cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path png = Path.of(args.length > 0 ? args[0] : "sample-gain.png");
        PrintStream out = System.out;
        FiniteGroup group = FiniteGroup.cyclicRotations(K);
        RadialKernel kernel = RadialKernel.gaussian(BANDWIDTH);
        Matrix test = circle(uniformAngles(TEST_POINTS));
        double[] truth = target(uniformAngles(TEST_POINTS));

        Curve invariant = new Curve("invariant KRR, n samples", new double[NS.length][LAMBDAS.length][SEEDS]);
        Curve plainMore = new Curve("plain KRR, " + K + "n samples", new double[NS.length][LAMBDAS.length][SEEDS]);
        Curve plainSame = new Curve("plain KRR, n samples", new double[NS.length][LAMBDAS.length][SEEDS]);
        long start = System.nanoTime();
        for (int a = 0; a < NS.length; a++) {
            int n = NS[a];
            for (int s = 0; s < SEEDS; s++) {
                SplittableRandom random = new SplittableRandom(1000L * n + s);
                double[] thetaSmall = randomAngles(random, n);
                double[] ySmall = labels(random, thetaSmall);
                double[] thetaLarge = randomAngles(random, K * n);
                double[] yLarge = labels(random, thetaLarge);
                for (int l = 0; l < LAMBDAS.length; l++) {
                    double lambda = LAMBDAS[l];
                    invariant.risk[a][l][s] = risk(KernelRidge.invariant(kernel, group, lambda)
                            .fit(circle(thetaSmall), ySmall), test, truth);
                    plainMore.risk[a][l][s] = risk(new KernelRidge(kernel, lambda).fit(circle(thetaLarge), yLarge),
                            test, truth);
                    plainSame.risk[a][l][s] = risk(new KernelRidge(kernel, lambda).fit(circle(thetaSmall), ySmall),
                            test, truth);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        out.printf(Locale.ROOT, "Sample-complexity gain of invariance: C_%d on the unit circle, f*(θ) = exp(cos(%dθ)),"
                + " noise σ = %.2f, Gaussian kernel h = %.2f, %d seeds, best λ per method and n from %s%n", K, K, SIGMA,
                BANDWIDTH, SEEDS, java.util.Arrays.toString(LAMBDAS));
        out.println();
        out.println("| n | invariant KRR at n: risk ± se (λ) | plain KRR at " + K + "n: risk ± se (λ) | ratio invariant / plain "
                + K + "n | plain KRR at n: risk (λ) |");
        out.println("|---:|---:|---:|---:|---:|");
        double[] inv = new double[NS.length];
        double[] more = new double[NS.length];
        double[] same = new double[NS.length];
        double[] xs = new double[NS.length];
        for (int a = 0; a < NS.length; a++) {
            int li = best(invariant.risk[a]);
            int lm = best(plainMore.risk[a]);
            int ls = best(plainSame.risk[a]);
            inv[a] = mean(invariant.risk[a][li]);
            more[a] = mean(plainMore.risk[a][lm]);
            same[a] = mean(plainSame.risk[a][ls]);
            xs[a] = NS[a];
            out.printf(Locale.ROOT, "| %d | %.4g ± %.2g (%.0e) | %.4g ± %.2g (%.0e) | %.2f | %.4g (%.0e) |%n", NS[a],
                    inv[a], stderr(invariant.risk[a][li]), LAMBDAS[li], more[a], stderr(plainMore.risk[a][lm]),
                    LAMBDAS[lm], inv[a] / more[a], same[a], LAMBDAS[ls]);
        }
        out.println();
        out.printf(Locale.ROOT, "Theory (Tahmasebi & Jegelka 2023): ratio within [0.5, 2] for every n. Ran in %.1f s.%n",
                seconds);

        plot(png, xs, inv, more, same);
        out.println("Wrote " + png.toAbsolutePath());
    }

    private static void plot(Path png, double[] xs, double[] inv, double[] more, double[] same) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(800).height(600)
                .title("Invariant KRR with C" + K + " at n samples vs plain KRR at " + K + "n samples")
                .xAxisTitle("n (samples given to the invariant model)").yAxisTitle("test risk E(f̂ - f*)²").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(8);
        XYSeries a = chart.addSeries("invariant KRR (C" + K + "), n samples", xs, inv);
        a.setMarker(SeriesMarkers.CIRCLE);
        a.setLineColor(new Color(0x1f77b4));
        a.setMarkerColor(new Color(0x1f77b4));
        XYSeries b = chart.addSeries("plain KRR, " + K + "n samples", xs, more);
        b.setMarker(SeriesMarkers.DIAMOND);
        b.setLineColor(new Color(0xd62728));
        b.setMarkerColor(new Color(0xd62728));
        XYSeries c = chart.addSeries("plain KRR, n samples", xs, same);
        c.setMarker(SeriesMarkers.SQUARE);
        c.setLineColor(new Color(0x7f7f7f));
        c.setMarkerColor(new Color(0x7f7f7f));
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    static double target(double theta) {
        return Math.exp(Math.cos(K * theta));
    }

    private static double[] target(double[] theta) {
        double[] f = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            f[i] = target(theta[i]);
        }
        return f;
    }

    private static double[] labels(SplittableRandom random, double[] theta) {
        double[] y = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            y[i] = target(theta[i]) + SIGMA * random.nextGaussian();
        }
        return y;
    }

    private static double[] randomAngles(SplittableRandom random, int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 2 * Math.PI * random.nextDouble();
        }
        return t;
    }

    private static double[] uniformAngles(int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 2 * Math.PI * (i + 0.5) / n;
        }
        return t;
    }

    private static Matrix circle(double[] theta) {
        double[] x = new double[2 * theta.length];
        for (int i = 0; i < theta.length; i++) {
            x[2 * i] = Math.cos(theta[i]);
            x[2 * i + 1] = Math.sin(theta[i]);
        }
        return Matrix.of(theta.length, 2, x);
    }

    private static double risk(KernelRidgeModel model, Matrix test, double[] truth) {
        double[] p = model.predict(test);
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double t = p[i] - truth[i];
            s += t * t;
        }
        return s / p.length;
    }

    private static int best(double[][] riskByLambda) {
        int best = 0;
        for (int l = 1; l < riskByLambda.length; l++) {
            if (mean(riskByLambda[l]) < mean(riskByLambda[best])) {
                best = l;
            }
        }
        return best;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double stderr(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1) / v.length);
    }
}
