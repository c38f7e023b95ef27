package quire.app.viewer.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.app.viewer.RecordingNotifier;
import quire.app.viewer.TestDocs;
import quire.app.viewer.TestDocs.Text;
import quire.app.viewer.service.KeywordAskService;
import quire.app.viewer.task.SameThreadTaskExecutor;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;
import quire.pipeline.document.PageGeometry;

class AskViewModelTest {

    @TempDir
    Path tmp;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final DocumentViewModel doc = new DocumentViewModel(executor, notifier);
    private final AskViewModel vm = new AskViewModel(new KeywordAskService(), executor, notifier, doc);
    private Document document;

    private void open() throws Exception {
        Path pdf = TestDocs.pdf(tmp.resolve("r.pdf"), 300, 200, List.of(
                List.of(new Text("Intro", 20, 150, 12)),
                List.of(new Text("Profit in 2023 was 1.5 million euros, more than planned", 20, 120, 12))));
        document = Documents.open(pdf);
        List<PageGeometry> pages = new ArrayList<>();
        for (int p = 1; p <= document.pageCount(); p++) {
            pages.add(document.geometry(p));
        }
        doc.show(document, pages);
    }

    @AfterEach
    void close() {
        if (document != null) {
            document.close();
        }
    }

    @Test
    void anAnswerStreamsThenCitesAndHighlightsItsEvidence() throws Exception {
        open();
        List<String> seen = new ArrayList<>();
        vm.answerProperty().addListener((o, a, b) -> seen.add(b));
        vm.questionProperty().set("What was the profit in 2023?");
        vm.ask();
        assertThat(vm.answerProperty().get()).isEqualTo("1.5 million euros");
        assertThat(seen).contains("1.5", "1.5 million");
        assertThat(vm.citations()).hasSize(1);
        assertThat(AskViewModel.chipLabel(vm.citations().get(0))).startsWith("p. 2 · Profit in 2023");
        assertThat(doc.highlights()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(Highlight.Kind.EVIDENCE);
            assertThat(h.page()).isEqualTo(2);
        });
        assertThat(doc.revealProperty().get().page()).isEqualTo(2);
        assertThat(vm.engineProperty().get()).isEqualTo("extractive");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void stopDuringStreamingCancelsTheAnswer() throws Exception {
        open();
        vm.answerProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                vm.stop(); // the user presses Stop after the first token
            }
        });
        vm.questionProperty().set("What was the profit in 2023?");
        vm.ask();
        assertThat(vm.statusProperty().get()).isEqualTo("Stopped");
        assertThat(vm.answerProperty().get()).isEqualTo("1.5");
        assertThat(vm.citations()).isEmpty();
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void noDocumentOrNoAnswerIsSaidPlainly() throws Exception {
        vm.questionProperty().set("anything");
        vm.ask();
        assertThat(vm.statusProperty().get()).isEqualTo("Open a document first");
        open();
        vm.questionProperty().set("Who signed the lease?");
        vm.ask();
        assertThat(vm.statusProperty().get()).isEqualTo("No answer found in the document");
        assertThat(vm.citations()).isEmpty();
        assertThat(notifier.messages).isEmpty();
    }
}
