package quire.app.viewer.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.app.viewer.RecordingNotifier;
import quire.app.viewer.TestDocs;
import quire.app.viewer.TestDocs.Text;
import quire.app.viewer.service.BatchService;
import quire.app.viewer.service.SimpleBatchService;
import quire.app.viewer.task.SameThreadTaskExecutor;
import quire.pipeline.document.Documents;

class BatchViewModelTest {

    @TempDir
    Path tmp;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final BatchViewModel vm = new BatchViewModel(new SimpleBatchService(Documents::open),
            new SameThreadTaskExecutor(), notifier);

    private Path folder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        TestDocs.pdf(dir.resolve("a.pdf"), 300, 200, List.of(List.of(new Text("Alpha title", 20, 170, 14),
                new Text("Alpha grew fast.", 20, 140, 11)), List.of(new Text("Second page", 20, 170, 11))));
        TestDocs.corruptPdf(dir.resolve("b.pdf"));
        TestDocs.pdf(dir.resolve("c.pdf"), 300, 200, List.of(List.of(new Text("Gamma \"quoted\" title", 20, 170, 14))));
        Files.writeString(dir.resolve("notes.txt"), "not a document");
        return dir;
    }

    @Test
    void summarisesEachFileAndReportsFailuresWithoutStopping() throws Exception {
        vm.folderProperty().set(folder());
        vm.formatProperty().set(BatchService.Format.JSON);
        vm.start();
        assertThat(vm.items()).extracting(i -> i.file().getFileName().toString()).containsExactly("a.pdf", "b.pdf",
                "c.pdf");
        assertThat(vm.items()).extracting(i -> i.stateProperty().get()).containsExactly("done", "failed", "done");
        assertThat(vm.items().get(0).progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.statusProperty().get()).isEqualTo("Done: 3 of 3 files, 1 failed");
        String json = Files.readString(vm.reportProperty().get());
        assertThat(json).startsWith("{\"documents\":[").contains("\"title\":\"Alpha title\"", "\"pages\":2",
                "\"status\":\"failed\"", "\"title\":\"Gamma \\\"quoted\\\" title\"");
    }

    @Test
    void markdownAndHtmlReportsNameEveryFile() throws Exception {
        vm.folderProperty().set(folder());
        vm.formatProperty().set(BatchService.Format.MARKDOWN);
        vm.start();
        assertThat(Files.readString(vm.reportProperty().get())).contains("## a.pdf", "**Alpha title** (2 pages)",
                "## b.pdf", "Failed: ");
        vm.formatProperty().set(BatchService.Format.HTML);
        vm.start();
        assertThat(Files.readString(vm.reportProperty().get())).contains("<h2>c.pdf</h2>", "Gamma &quot;quoted&quot;");
    }

    @Test
    void cancelAfterTheFirstFileKeepsWhatWasDone() throws Exception {
        vm.folderProperty().set(folder());
        vm.items().addListener((javafx.collections.ListChangeListener<BatchViewModel.FileItem>) c ->
                vm.items().get(0).stateProperty().addListener((o, a, s) -> {
                    if (s.equals("done")) {
                        vm.cancel();
                    }
                }));
        vm.start();
        assertThat(vm.statusProperty().get()).startsWith("Cancelled after 1 of 3 files");
        assertThat(vm.items()).extracting(i -> i.stateProperty().get()).containsExactly("done", "cancelled",
                "cancelled");
        assertThat(Files.readString(vm.reportProperty().get())).contains("## a.pdf").doesNotContain("## c.pdf")
                .contains("Cancelled before all files");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void anEmptyFolderSaysSo() throws Exception {
        vm.folderProperty().set(Files.createDirectories(tmp.resolve("empty")));
        vm.start();
        assertThat(vm.statusProperty().get()).isEqualTo("No PDFs or images in empty");
        assertThat(vm.items()).isEmpty();
    }

    @Test
    void theInstalledModelIsOfferedAndItsStepsAndWarningsReachTheItems() throws Exception {
        List<BatchService.Request> asked = new java.util.ArrayList<>();
        BatchService withModel = new BatchService() {
            @Override
            public java.util.Optional<String> summaryModel() {
                return java.util.Optional.of("smolvlm-256m");
            }

            @Override
            public Report run(Request request, Listener listener, quire.app.viewer.task.Cancellation c) {
                asked.add(request);
                listener.warning("model warming up");
                listener.stage(request.files().get(0), "map 1/2, 5 tokens");
                return new Report(request.out(), List.of(), false);
            }
        };
        BatchViewModel m = new BatchViewModel(withModel, new SameThreadTaskExecutor(), notifier);
        assertThat(m.modelNameProperty().get()).isEqualTo("smolvlm-256m");
        m.folderProperty().set(folder());
        m.useModelProperty().set(true);
        m.start();
        assertThat(asked).singleElement().satisfies(r -> assertThat(r.useModel()).isTrue());
        assertThat(m.items().get(0).messageProperty().get()).isEqualTo("map 1/2, 5 tokens");
        assertThat(m.statusProperty().get()).startsWith("model warming up. Done: ");

        assertThat(vm.modelNameProperty().get()).isEmpty(); // the simple service has no model
    }
}
