package quire.app.viewer.viewmodel;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import quire.app.viewer.service.AskAnswer;
import quire.app.viewer.service.AskService;
import quire.app.viewer.service.Evidence;
import quire.app.viewer.service.Notifier;
import quire.app.viewer.task.BackgroundTask;
import quire.app.viewer.task.TaskExecutor;
import quire.pipeline.document.Document;

/**
 * The Q&amp;A panel: a question, the answer as it streams (each token appended on the UI thread), citations
 * that reveal their region, a stop button, and the engine that answered.
 */
public final class AskViewModel {

    private final AskService service;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final DocumentViewModel documentVm;
    private final StringProperty question = new SimpleStringProperty("");
    private final StringProperty answer = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty engine = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObservableList<Evidence> citations = FXCollections.observableArrayList();
    private BackgroundTask<?> handle; // kept after it ends: cancelling a finished task is harmless

    public AskViewModel(AskService service, TaskExecutor executor, Notifier notifier, DocumentViewModel documentVm) {
        this.service = service;
        this.executor = executor;
        this.notifier = notifier;
        this.documentVm = documentVm;
        engine.set(service.engine());
    }

    public StringProperty questionProperty() { return question; }
    public StringProperty answerProperty() { return answer; }
    public StringProperty statusProperty() { return status; }
    public StringProperty engineProperty() { return engine; }
    public BooleanProperty runningProperty() { return running; }
    public ObservableList<Evidence> citations() { return citations; }

    public void ask() {
        Document doc = documentVm.documentProperty().get();
        String q = question.get() == null ? "" : question.get().strip();
        if (doc == null) {
            status.set("Open a document first");
            return;
        }
        if (q.isEmpty() || running.get()) {
            return;
        }
        answer.set("");
        citations.clear();
        documentVm.setHighlights(List.of(Highlight.Kind.EVIDENCE), List.of());
        running.set(true);
        status.set("Thinking…");
        handle = BackgroundTask.<AskAnswer>of("ask", progress ->
                service.ask(doc, q, token -> executor.runOnUi(() -> answer.set(answer.get() + token)),
                        progress.cancellation()))
                .onSuccess(this::answered)
                .onCancelled(() -> status.set("Stopped"))
                .onFailure(e -> {
                    status.set("Failed");
                    notifier.error("Question failed", MainViewModel.userMessage(e), e);
                })
                .onFinished(() -> {
                    running.set(false);
                });
        executor.execute(handle);
    }

    private void answered(AskAnswer a) {
        engine.set(a.engine());
        if (!a.found()) {
            answer.set("");
            status.set("No answer found in the document");
            return;
        }
        answer.set(a.answer()); // the final text wins over what streamed
        citations.setAll(a.evidence());
        status.set(String.format(java.util.Locale.ROOT, "Answered by %s (confidence %.2f)", a.engine(),
                a.confidence()));
        documentVm.setHighlights(List.of(Highlight.Kind.EVIDENCE), a.evidence().stream()
                .map(e -> new Highlight(e.page(), e.bbox(), Highlight.Kind.EVIDENCE, e.text())).toList());
        if (!a.evidence().isEmpty()) {
            open(a.evidence().get(0));
        }
    }

    /** A citation chip was clicked: scroll to its region and flash it. */
    public void open(Evidence e) {
        documentVm.reveal(e.page(), e.bbox());
    }

    public void stop() {
        if (handle != null) {
            handle.cancel();
        }
    }

    /** Another document is shown: forget the last answer. */
    public void reset() {
        stop();
        answer.set("");
        citations.clear();
        status.set("");
    }

    /** A chip's label: page and a short snippet. */
    public static String chipLabel(Evidence e) {
        String t = e.text().strip();
        return "p. " + e.page() + " · " + (t.length() > 40 ? t.substring(0, 39) + "…" : t);
    }
}
