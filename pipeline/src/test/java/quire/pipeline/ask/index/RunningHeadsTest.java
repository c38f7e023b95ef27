package quire.pipeline.ask.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.pipeline.ask.TestPdfs;
import quire.pipeline.ask.text.PageOcr;
import quire.pipeline.ask.text.PdfBoxTextLayer;

/** A running head on every page must not outrank the one page that answers (real PDFBox, real Lucene). */
class RunningHeadsTest {

    @TempDir
    Path dir;

    @Test
    void aHeadRepeatedOnEveryPageIsDemotedBelowTheAnsweringPage() throws Exception {
        List<List<String>> pages = List.of(
                List.of("Widget Sales Review 2023", "", "", "The cafeteria menu changes every Monday."),
                List.of("Widget Sales Review 2023", "", "", "Parking permits are issued by the front desk."),
                List.of("Widget Sales Review 2023", "", "", "The new coating made the casing lighter than",
                        "before, and the review of sales channels is due."),
                List.of("Widget Sales Review 2023", "", "", "Office plants are watered on Fridays."));
        Path pdf = TestPdfs.write(dir.resolve("review.pdf"), pages);
        IndexStore store = new IndexStore(dir.resolve("idx"));
        try (DocumentIndex idx = store.openOrBuild(pdf, "text-layer", PdfBoxTextLayer.opener(PageOcr.NONE),
                IndexStore.Progress.NONE)) {
            List<Hit> hits = new HybridRetriever(List.of(idx), null).search("widget sales review", 10);
            assertThat(hits.get(0).block().page()).isEqualTo(3);
            assertThat(hits.get(0).block().text()).contains("sales channels");
            Hit head = hits.stream().filter(h -> h.block().text().startsWith("Widget")).findFirst().orElseThrow();
            assertThat(head.fused()).isLessThan(hits.get(0).fused());
            assertThat(head.lexicalRank()).isLessThan(hits.get(0).lexicalRank());
        }
    }
}
