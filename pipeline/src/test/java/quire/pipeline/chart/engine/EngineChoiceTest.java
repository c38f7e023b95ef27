package quire.pipeline.chart.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.ChartTable.CellBox;
import quire.pipeline.chart.Table;

/** Which of the raster expert's and granite's readings is shown, and what is warned. */
class EngineChoiceTest {

    private static final BBox CHART = new BBox(0, 0, 200, 100);

    private static ChartTable expert() {
        Table t = new Table(List.of("Year", "Sales"), List.of(List.of("2020", "10"), List.of("2021", "14")));
        return new ChartTable(RasterChartEngine.NAME, "bar", CHART, t,
                List.of(new CellBox(1, 1, new BBox(10, 40, 30, 100)), new CellBox(2, 1, new BBox(50, 20, 70, 100)),
                        new CellBox(2, 0, new BBox(50, 100, 70, 110))), List.of());
    }

    private static ChartTable granite(String y2021) {
        Table t = new Table(List.of("Year", "Sales"), List.of(List.of("2021", y2021), List.of("2020", "10")));
        return new ChartTable(GraniteChartEngine.NAME, "other", CHART, t, List.of(), List.of());
    }

    @Test
    void graniteWinsAndDisagreementsAreWarned() {
        ChartTable t = EngineChoice.combine(Optional.of(expert()),
                new EngineChoice.ModelReading(Optional.of(granite("19")), null)).orElseThrow();
        assertThat(t.engine()).isEqualTo("granite");
        assertThat(t.chartType()).isEqualTo("bar");
        assertThat(t.table().cell(0, 1)).isEqualTo("19");
        assertThat(t.warnings()).containsExactly(
                "granite and raster-expert disagree on row \"2021\", column \"Sales\": 19 vs 14");
        // the expert's boxes follow their rows into granite's order: 2021 is granite's first data row
        assertThat(t.cells()).containsExactlyInAnyOrder(new CellBox(2, 1, new BBox(10, 40, 30, 100)),
                new CellBox(1, 1, new BBox(50, 20, 70, 100)), new CellBox(1, 0, new BBox(50, 100, 70, 110)));
    }

    @Test
    void agreeingReadingsGiveNoWarning() {
        ChartTable t = EngineChoice.combine(Optional.of(expert()),
                new EngineChoice.ModelReading(Optional.of(granite("14.2")), null)).orElseThrow();
        assertThat(t.warnings()).isEmpty();
    }

    @Test
    void withoutAGraniteTableTheExpertStandsWithTheReason() {
        ChartTable t = EngineChoice.combine(Optional.of(expert()),
                new EngineChoice.ModelReading(Optional.empty(), "granite failed: out of memory")).orElseThrow();
        assertThat(t.engine()).isEqualTo("raster-expert");
        assertThat(t.warnings()).containsExactly("granite failed: out of memory; the raster expert's reading is shown");
        assertThat(EngineChoice.combine(Optional.empty(), new EngineChoice.ModelReading(Optional.empty(), null)))
                .isEmpty();
    }

    @Test
    void graniteAloneIsShownWithANote() {
        ChartTable t = EngineChoice.combine(Optional.empty(),
                new EngineChoice.ModelReading(Optional.of(granite("14")), null)).orElseThrow();
        assertThat(t.engine()).isEqualTo("granite");
        assertThat(t.warnings()).containsExactly("the raster expert read no table; granite's reading is shown");
    }
}
