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
import quire.app.viewer.service.BarChartService;
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
    private final ChartViewModel vm = new ChartViewModel(new BarChartService(), executor, notifier, doc);
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
        assertThat(vm.header()).containsExactly("Bar", "Height (pt)");
        assertThat(vm.rows().stream().map(List::copyOf).toList()).containsExactly(List.of("Bar 1", "50.0"),
                List.of("Bar 2", "100.0"));
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void hoveringACellHighlightsItsBarAndLeavingClearsIt() throws Exception {
        open(50, 100);
        vm.extract(1, new BBox(0, 0, 500, 400));
        vm.hover(1, 1);
        List<Highlight> cells = doc.highlights().stream().filter(h -> h.kind() == Highlight.Kind.CHART_CELL).toList();
        assertThat(cells).singleElement().satisfies(h -> assertThat(h.bbox()).isEqualTo(new BBox(140, 250, 190, 350)));
        vm.hover(-1, -1);
        assertThat(doc.highlights()).noneMatch(h -> h.kind() == Highlight.Kind.CHART_CELL);
    }

    @Test
    void editsShowInCopiesAndExports() throws Exception {
        open(50, 100);
        vm.extract(1, new BBox(0, 0, 500, 400));
        vm.edit(0, 0, "2019");
        vm.edit(1, 0, "2020");
        assertThat(vm.asTsv()).isEqualTo("Bar\tHeight (pt)\n2019\t50.0\n2020\t100.0\n");
        Path csv = tmp.resolve("t.csv");
        Path md = tmp.resolve("t.md");
        vm.export(csv);
        vm.export(md);
        assertThat(Files.readString(csv)).isEqualTo("Bar,Height (pt)\r\n2019,50.0\r\n2020,100.0\r\n");
        assertThat(Files.readString(md)).startsWith("| Bar | Height (pt) |\n| --- | --- |\n| 2019 | 50.0 |");
    }
}
