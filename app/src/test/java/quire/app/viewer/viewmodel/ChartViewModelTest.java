package quire.app.viewer.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.app.viewer.RecordingNotifier;
import quire.app.viewer.TestDocs;
import quire.app.viewer.service.PipelineChartService;
import quire.app.viewer.task.SameThreadTaskExecutor;
import quire.ocr.text.BBox;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;

class ChartViewModelTest {

    @TempDir
    Path tmp;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final DocumentViewModel doc = new DocumentViewModel(executor, notifier);
    private final ChartViewModel vm = new ChartViewModel(new PipelineChartService(), executor, notifier, doc);
    private Document document;

    private void open(int... heights) throws Exception {
        document = Documents.open(TestDocs.barChart(tmp.resolve("c.png"), heights));
        doc.show(document, List.of(document.geometry(1)));
    }

    @AfterEach
    void close() {
        if (document != null) {
            document.close();
        }
    }

    @Test
    void detectingFindsTheChartAndFillsTheTable() throws Exception {
        open(50, 100);
        vm.detect();
        assertThat(vm.charts()).hasSize(1);
        assertThat(doc.highlights()).extracting(Highlight::kind).containsExactly(Highlight.Kind.CHART);
        assertThat(vm.header()).hasSize(2);
        assertThat(vm.rows()).hasSize(2);
        assertThat(vm.rows().get(0).get(0)).isEqualTo("2019");
        assertThat(Double.parseDouble(vm.rows().get(0).get(1))).isCloseTo(50, org.assertj.core.data.Offset.offset(5.0));
        assertThat(Double.parseDouble(vm.rows().get(1).get(1))).isCloseTo(100, org.assertj.core.data.Offset.offset(5.0));
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void hoveringACellHighlightsItsBarAndLeavingClearsIt() throws Exception {
        open(50, 100);
        vm.extract(1, new BBox(0, 0, 500, 400));
        vm.hover(1, 1);
        List<Highlight> cells = doc.highlights().stream().filter(h -> h.kind() == Highlight.Kind.CHART_CELL).toList();
        // the cell's box lies on one of the two bars (x 60..110 or 140..190, y from 250 to 350)
        assertThat(cells).singleElement().satisfies(h -> assertThat(h.bbox().intersects(new BBox(60, 250, 190, 350)))
                .isTrue());
        vm.hover(-1, -1);
        assertThat(doc.highlights()).noneMatch(h -> h.kind() == Highlight.Kind.CHART_CELL);
    }

    @Test
    void editsShowInCopiesAndExports() throws Exception {
        open(50, 100);
        vm.extract(1, new BBox(0, 0, 500, 400));
        vm.edit(0, 0, "FY19");
        vm.edit(0, 1, "50");
        vm.edit(1, 0, "FY20");
        vm.edit(1, 1, "100");
        String h0 = vm.header().get(0);
        String h1 = vm.header().get(1);
        assertThat(vm.asTsv()).isEqualTo(h0 + "\t" + h1 + "\nFY19\t50\nFY20\t100\n");
        Path csv = tmp.resolve("t.csv");
        Path md = tmp.resolve("t.md");
        vm.export(csv);
        vm.export(md);
        assertThat(Files.readString(csv)).endsWith("\r\nFY19,50\r\nFY20,100\r\n");
        assertThat(Files.readString(md)).contains("| --- | --- |\n| FY19 | 50 |");
    }
}
