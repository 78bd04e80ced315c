package io.github.ot4j.cli.reproduce;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReportTest {

    private static Measurement m(String dataset, String method, SettingKind kind, String settings, double value, double std,
                                 double seconds) {
        return new Measurement(ReproduceTask.OFFICE_DECAF, dataset, "1-NN accuracy %", method, kind, settings, value, std,
                kind == SettingKind.REFERENCE_VALUE ? 0 : 10, seconds);
    }

    @Test
    void referenceRowsSitAboveOt4jRowsOfTheSameMethodAndMethodsKeepTheirRunOrder() {
        // 9/16 = 56.25 % prints as 56.2, half to even like the README's numbers (String.format gives 56.3).
        List<Measurement> ms = List.of(
                m("DeCAF D→W", "fused InfoOT, barycentric", SettingKind.REFERENCE_VALUE, "measured", 91.0, Double.NaN, 0),
                m("DeCAF D→W", "no adaptation", SettingKind.BASELINE, "as is", 56.25, 4.25, 0.1),
                m("DeCAF W→D", "no adaptation", SettingKind.BASELINE, "as is", 99.4, 1.0, 0.2),
                m("DeCAF D→W", "fused InfoOT, barycentric", SettingKind.OT4J, "defaults", 88.3, 5.0, 4.0),
                m("DeCAF W→D", "fused InfoOT, barycentric", SettingKind.OT4J, "defaults", 83.8, 6.0, 6.0));
        String[] lines = MarkdownReport.table(ReproduceTask.OFFICE_DECAF, ms).split("\n");
        assertEquals("| method | settings | D→W | W→D | seconds |", lines[0]);
        assertTrue(lines[2].startsWith("| no adaptation | **baseline** — as is | 56.2 ± 4.2 | 99.4 ± 1.0 | 0.3 |"), lines[2]);
        assertTrue(lines[3].startsWith("| fused InfoOT, barycentric | *reference value* — measured | 91.0 | — | — |"), lines[3]);
        assertTrue(lines[4].startsWith("| fused InfoOT, barycentric | **ot4j settings** — defaults | 88.3 ± 5.0 | 83.8 ± 6.0 | 10.0 |"),
                lines[4]);
        assertEquals(5, lines.length, String.join("\n", lines));
    }

    @Test
    void singleCellTimesCountOneFitOncePerRow() {
        List<Measurement> ms = List.of(
                new Measurement(ReproduceTask.SCGEM, "scGEM", "FOSCTTM", "InfoOT, barycentric", SettingKind.OT4J, "median",
                        0.22413, Double.NaN, 1, 2.0),
                new Measurement(ReproduceTask.SCGEM, "scGEM", "label transfer (5-NN) %", "InfoOT, barycentric",
                        SettingKind.OT4J, "median", 63.84, Double.NaN, 1, 2.0));
        String row = MarkdownReport.table(ReproduceTask.SCGEM, ms).split("\n")[2];
        assertEquals("| InfoOT, barycentric | **ot4j settings** — median | 0.2241 | 63.8 | 2.0 |", row);
    }

    @Test
    void tasksParseByTheirCommandLineNames() {
        assertEquals(ReproduceTask.OFFICE_SURF, ReproduceTask.parse("Office-SURF"));
        assertEquals(5, ReproduceTask.ALL.expand().size());
        assertEquals(List.of(ReproduceTask.RETRIEVAL), ReproduceTask.RETRIEVAL.expand());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReproduceTask.parse("surf"));
        assertTrue(e.getMessage().contains("'surf'"), e.getMessage());
    }
}
