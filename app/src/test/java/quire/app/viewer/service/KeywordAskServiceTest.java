package quire.app.viewer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.app.viewer.TestDocs;
import quire.app.viewer.TestDocs.Text;
import quire.app.viewer.task.Cancellation;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;

class KeywordAskServiceTest {

    @TempDir
    Path tmp;

    private Document twoPages() throws Exception {
        Path pdf = TestDocs.pdf(tmp.resolve("r.pdf"), 400, 300, List.of(
                List.of(new Text("Quarterly report", 20, 260, 14), new Text("Costs in 2023: 3.1 million", 20, 200, 12)),
                List.of(new Text("Revenue in 2023: 4.2 million", 30, 150, 12))));
        return Documents.open(pdf);
    }

    @Test
    void answersWithTheSpanAfterTheKeywordsAndCitesItsBox() throws Exception {
        try (Document doc = twoPages()) {
            List<String> tokens = new ArrayList<>();
            AskAnswer a = new KeywordAskService().ask(doc, "What was the revenue in 2023?", tokens::add,
                    new Cancellation());
            assertThat(a.found()).isTrue();
            assertThat(a.answer()).isEqualTo("4.2 million");
            assertThat(String.join("", tokens)).isEqualTo("4.2 million");
            assertThat(a.engine()).isEqualTo("extractive");
            Evidence e = a.evidence().get(0);
            assertThat(e.page()).isEqualTo(2);
            assertThat(e.text()).isEqualTo("Revenue in 2023: 4.2 million");
            // "4.2" starts after "Revenue in 2023: " drawn at x=30; baseline at 300-150 = 150 (top-left origin)
            double x0 = 30 + TestDocs.width("Revenue in 2023: ", 12);
            double x1 = 30 + TestDocs.width("Revenue in 2023: 4.2 million", 12);
            assertThat(e.bbox().x0()).isCloseTo(x0, within(1.5));
            assertThat(e.bbox().x1()).isCloseTo(x1, within(1.5));
            assertThat(e.bbox().y0()).isBetween(150 - 12.0, 150 - 6.0);
            assertThat(e.bbox().y1()).isBetween(149.0, 150 + 4.0);
        }
    }

    @Test
    void saysNotFoundWithoutInventingEvidence() throws Exception {
        try (Document doc = twoPages()) {
            AskAnswer a = new KeywordAskService().ask(doc, "Who is the chief executive?", t -> { },
                    new Cancellation());
            assertThat(a.found()).isFalse();
            assertThat(a.answer()).isEmpty();
            assertThat(a.evidence()).isEmpty();
        }
    }

    @Test
    void keywordsDropQuestionWords() {
        assertThat(KeywordAskService.keywords("What was the revenue in 2023?")).containsExactly("revenue", "2023");
    }
}
