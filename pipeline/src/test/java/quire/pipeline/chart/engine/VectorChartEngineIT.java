package quire.pipeline.chart.engine;

import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.Table;
import quire.pipeline.chart.TableCsv;
import quire.pipeline.chart.ChartFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quire.ocr.text.BBox;
import quire.pipeline.NothingFoundException;
import quire.pipeline.chart.metric.RmsF1;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;

/** Engine a on PDFBox-drawn charts and on the synthetic set's matplotlib vector PDFs. */
class VectorChartEngineIT {

    @TempDir
    Path dir;

    private final ChartToTable c2t = new ChartToTable(new RasterChartEngine(img -> List.of()));

    @Test
    void groupedColumnsFromTheDrawingAndTextLayer() throws Exception {
        Path pdf = ChartFixtures.groupedColumns(dir.resolve("fruit.pdf"));
        try (Document doc = Documents.open(pdf)) {
            ChartTable t = c2t.run(doc, 1, Optional.empty(), false).get(0);
            assertThat(t.engine()).isEqualTo("vector");
            assertThat(t.chartType()).isEqualTo("bar");
            assertThat(t.table().header()).containsExactly("", "Apples", "Pears");
            assertThat(t.table().rows()).extracting(r -> r.get(0)).containsExactly("2021", "2022", "2023");
            // apples come from their data labels, exactly; pears from the axis, to the point
            assertThat(t.table().rows()).extracting(r -> r.get(1)).containsExactly("42", "87.5", "63");
            assertThat(t.table().rows()).extracting(r -> Double.parseDouble(r.get(2)))
                    .satisfiesExactly(v -> assertThat(v).isCloseTo(20, org.assertj.core.data.Offset.offset(0.5)),
                            v -> assertThat(v).isCloseTo(35, org.assertj.core.data.Offset.offset(0.5)),
                            v -> assertThat(v).isCloseTo(77, org.assertj.core.data.Offset.offset(0.5)));
            // every value cell has a box on the page
            assertThat(t.cells()).filteredOn(c -> c.row() > 0 && c.col() > 0).hasSize(6);
        }
    }

    @Test
    void aPageOfTextHasNoChart() throws Exception {
        Path pdf = ChartFixtures.textPage(dir.resolve("text.pdf"));
        try (Document doc = Documents.open(pdf)) {
            assertThatThrownBy(() -> c2t.run(doc, 1, Optional.empty(), false))
                    .isInstanceOf(NothingFoundException.class);
            assertThat(c2t.read(doc, 1, new BBox(0, 0, 500, 400), null)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"syn-001-bar-labels", "syn-009-grouped_bar-labels", "syn-014-grouped_bar",
        "syn-021-hbar", "syn-025-line-labels-markers", "syn-031-line", "syn-033-pie-labels", "syn-037-pie"})
    void syntheticVectorChartsScoreHigh(String id) throws Exception {
        Path set = Path.of(System.getProperty("quire.root", ".")).resolve("bench/chart2table/synthetic");
        Table gold = TableCsv.read(Files.readString(set.resolve(id + ".csv")));
        try (Document doc = Documents.open(set.resolve(id + ".pdf"))) {
            ChartTable t = c2t.run(doc, 1, Optional.empty(), false).get(0);
            assertThat(RmsF1.DEFAULT.score(t.table(), gold).f1()).as(id + " -> " + t.table()).isGreaterThan(0.9);
        }
    }
}
