package io.github.ot4j.cli.plot;

import io.github.ot4j.geometry.Matrix;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Headless PNG figures with XChart: a transport plan as a heat map, point clouds as a scatter
 * plot, and convergence curves on a log scale.
 */
public final class Plots {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b)};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Plots() {
    }

    /**
     * A plan as a heat map, rows = source points, columns = target points. Plans with more than
     * 120 rows or columns are pooled (summed) into blocks so the picture stays readable.
     *
     * @param plan the plan, row-major
     * @param rows n
     * @param cols m
     * @param title the title
     * @param file the PNG to write (parent directories are created)
     * @throws IOException if the file cannot be written
     */
    public static void heatMap(double[] plan, int rows, int cols, String title, Path file) throws IOException {
        write(heatMapChart(plan, rows, cols, title, WIDTH, HEIGHT), file);
    }

    /**
     * Several plans of the same shape side by side in one PNG, each with its own colour scale.
     *
     * @param plans panel title → plan (row-major, {@code rows × cols})
     * @param rows n
     * @param cols m
     * @param title overall title
     * @param file the PNG to write
     * @throws IOException if the file cannot be written
     */
    public static void heatMaps(Map<String, double[]> plans, int rows, int cols, String title, Path file) throws IOException {
        int w = 620;
        int h = 560;
        int top = 40;
        BufferedImage canvas = new BufferedImage(w * plans.size(), h + top, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        int tw = g.getFontMetrics().stringWidth(title);
        g.drawString(title, Math.max(8, (canvas.getWidth() - tw) / 2), 26);
        int k = 0;
        for (Map.Entry<String, double[]> e : plans.entrySet()) {
            HeatMapChart chart = heatMapChart(e.getValue(), rows, cols, e.getKey(), w, h);
            g.drawImage(BitmapEncoder.getBufferedImage(chart), k * w, top, null);
            k++;
        }
        g.dispose();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(canvas, "png", file.toFile());
    }

    /** A heat map of a plan, pooled into blocks when it has more than 120 rows or columns. */
    private static HeatMapChart heatMapChart(double[] plan, int rows, int cols, String title, int width, int height) {
        int maxCells = 120;
        int br = Math.max(1, (rows + maxCells - 1) / maxCells);
        int bc = Math.max(1, (cols + maxCells - 1) / maxCells);
        int r = (rows + br - 1) / br;
        int c = (cols + bc - 1) / bc;
        double[][] z = new double[c][r];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                z[j / bc][i / br] += plan[i * cols + j];
            }
        }
        List<Integer> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int j = 0; j < c; j++) {
            xs.add(j * bc);
        }
        for (int i = 0; i < r; i++) {
            ys.add(i * br);
        }
        List<Number[]> cells = new ArrayList<>();
        for (int j = 0; j < c; j++) {
            for (int i = 0; i < r; i++) {
                cells.add(new Number[] {j, i, z[j][i]});
            }
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(width).height(height).title(title)
                .xAxisTitle("target index").yAxisTitle("source index").build();
        chart.getStyler().setPlotContentSize(1.0);
        chart.getStyler().setShowValue(false);
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setRangeColors(new Color[] {Color.WHITE, new Color(0x9ecae1), new Color(0x3182bd), new Color(0x08306b)});
        chart.getStyler().setAxisTicksVisible(false);
        chart.addSeries("mass", xs, ys, cells);
        return chart;
    }

    /**
     * Point clouds (first two coordinates) as a scatter plot, one series per entry.
     *
     * @param series name → points (n × d, d ≥ 2; only columns 0 and 1 are drawn)
     * @param title the title
     * @param file the PNG to write
     * @throws IOException if the file cannot be written
     */
    public static void scatter(Map<String, Matrix> series, String title, Path file) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("x₁").yAxisTitle("x₂").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(6);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        int k = 0;
        for (Map.Entry<String, Matrix> e : series.entrySet()) {
            Matrix m = e.getValue();
            if (m.cols() < 2) {
                throw new IllegalArgumentException("series '" + e.getKey() + "' has dimension " + m.cols() + "; need at least 2");
            }
            XYSeries s = chart.addSeries(e.getKey(), m.column(0), m.column(1));
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(withAlpha(PALETTE[k % PALETTE.length], 170));
            k++;
        }
        write(chart, file);
    }

    /**
     * Error curves against iterations on a log scale.
     *
     * @param traces name → errors (positive; zeros and non-finite values are dropped)
     * @param xLabel x axis title
     * @param title the title
     * @param file the PNG to write
     * @throws IOException if the file cannot be written
     */
    public static void convergence(Map<String, double[]> traces, String xLabel, String title, Path file) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xLabel)
                .yAxisTitle("error (log scale)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        int k = 0;
        for (Map.Entry<String, double[]> e : traces.entrySet()) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            double[] t = e.getValue();
            for (int i = 0; i < t.length; i++) {
                if (t[i] > 0 && Double.isFinite(t[i])) {
                    x.add((double) i + 1);
                    y.add(t[i]);
                }
            }
            if (x.isEmpty()) {
                continue;
            }
            XYSeries s = chart.addSeries(e.getKey(), x, y);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(PALETTE[k % PALETTE.length]);
            k++;
        }
        write(chart, file);
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    private static void write(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BitmapEncoder.saveBitmapWithDPI(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG, 110);
    }
}
