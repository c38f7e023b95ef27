package quire.app.viewer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.app.viewer.TestDocs;
import quire.app.viewer.task.Cancellation;
import quire.ocr.text.BBox;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;

class BarChartServiceTest {

    @TempDir
    Path tmp;

    @Test
    void readsBarHeightsAndLocatesEachBar() throws Exception {
        Path png = TestDocs.barChart(tmp.resolve("bars.png"), new int[] {120, 60, 240});
        try (Document doc = Documents.open(png)) {
            BarChartService service = new BarChartService();
            List<BBox> charts = service.detect(doc, 1, new Cancellation());
            assertThat(charts).hasSize(1);
            ChartTable t = service.extract(doc, 1, charts.get(0), new Cancellation());
            assertThat(t.header()).containsExactly("Bar", "Height (pt)");
            assertThat(t.rows()).containsExactly(List.of("Bar 1", "120.0"), List.of("Bar 2", "60.0"),
                    List.of("Bar 3", "240.0"));
            // bar 2 was drawn at x 140..190, from y 290 to the axis at 350
            ChartTable.Cell cell = t.cells().stream().filter(c -> c.row() == 2 && c.col() == 1).findFirst().orElseThrow();
            assertThat(cell.bbox()).isEqualTo(new BBox(140, 290, 190, 350));
        }
    }

    @Test
    void findsAVectorChartInAPdfThroughThePipelinesDetector() throws Exception {
        // ScreenshotDoc draws four bars of 2.9, 3.3, 3.6, 4.2 × 40 points on page 1
        try (Document doc = Documents.open(quire.app.viewer.ScreenshotDoc.write(tmp.resolve("r.pdf")))) {
            BarChartService service = new BarChartService();
            List<BBox> charts = service.detect(doc, 1, new Cancellation());
            assertThat(charts).isNotEmpty();
            BBox chart = charts.get(0);
            double pageH = doc.geometry(1).height();
            assertThat(chart.x0()).isLessThanOrEqualTo(100);
            assertThat(chart.x1()).isGreaterThanOrEqualTo(390);
            assertThat(chart.y1()).isGreaterThanOrEqualTo(pageH - 400);
            ChartTable t = service.extract(doc, 1, chart, new Cancellation());
            assertThat(t.rows()).extracting(r -> r.get(1)).containsExactly("116.0", "132.0", "144.0", "168.0");
        }
    }

    @Test
    void aBlankRegionGivesNoChartAndAnEmptyTable() throws Exception {
        Path png = TestDocs.barChart(tmp.resolve("bars.png"), new int[] {120});
        try (Document doc = Documents.open(png)) {
            ChartTable t = new BarChartService().extract(doc, 1, new BBox(300, 20, 480, 100), new Cancellation());
            assertThat(t.rows()).isEmpty();
            assertThat(t.warnings()).contains("no bars found in the region");
        }
    }
}
