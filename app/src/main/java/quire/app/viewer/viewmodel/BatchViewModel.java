package quire.app.viewer.viewmodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import quire.app.viewer.service.BatchService;
import quire.app.viewer.service.BatchService.FileOutcome;
import quire.app.viewer.service.Notifier;
import quire.app.viewer.task.BackgroundTask;
import quire.app.viewer.task.TaskExecutor;

/** The batch panel: a folder, an output format, per-file progress, the report, cancel. */
public final class BatchViewModel {

    /** One file's progress; {@code state} is "waiting", "running", "done", "failed" or "cancelled". */
    public static final class FileItem {
        private final Path file;
        private final DoubleProperty progress = new SimpleDoubleProperty(0);
        private final StringProperty state = new SimpleStringProperty("waiting");
        private final StringProperty message = new SimpleStringProperty("");

        FileItem(Path file) {
            this.file = file;
        }

        public Path file() { return file; }
        public DoubleProperty progressProperty() { return progress; }
        public StringProperty stateProperty() { return state; }
        public StringProperty messageProperty() { return message; }
    }

    private final BatchService service;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ObjectProperty<BatchService.Format> format = new SimpleObjectProperty<>(BatchService.Format.MARKDOWN);
    private final ObservableList<FileItem> items = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<Path> report = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty useModel = new SimpleBooleanProperty();
    private final StringProperty modelName = new SimpleStringProperty("");
    private BackgroundTask<?> handle; // kept after it ends: cancelling a finished task is harmless

    public BatchViewModel(BatchService service, TaskExecutor executor, Notifier notifier) {
        this.service = service;
        this.executor = executor;
        this.notifier = notifier;
        service.summaryModel().ifPresent(modelName::set);
    }

    /** Abstractive summaries with the installed model (only when {@link #modelNameProperty()} is not empty). */
    public BooleanProperty useModelProperty() { return useModel; }
    public StringProperty modelNameProperty() { return modelName; }

    public ObjectProperty<Path> folderProperty() { return folder; }
    public ObjectProperty<BatchService.Format> formatProperty() { return format; }
    public ObservableList<FileItem> items() { return items; }
    public BooleanProperty runningProperty() { return running; }
    public ObjectProperty<Path> reportProperty() { return report; }
    public StringProperty statusProperty() { return status; }

    /** The PDFs and images directly in a folder, sorted by name. */
    public static List<Path> documentsIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".pdf") || n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg")
                        || n.endsWith(".tif") || n.endsWith(".tiff");
            }).sorted().toList();
        }
    }

    public void start() {
        Path dir = folder.get();
        if (dir == null || running.get()) {
            return;
        }
        List<Path> files;
        try {
            files = documentsIn(dir);
        } catch (IOException e) {
            notifier.error("Batch", "Cannot list " + dir + ": " + e.getMessage(), e);
            return;
        }
        if (files.isEmpty()) {
            status.set("No PDFs or images in " + dir.getFileName());
            return;
        }
        Map<Path, FileItem> byFile = new HashMap<>();
        items.setAll(files.stream().map(FileItem::new).toList());
        items.forEach(i -> byFile.put(i.file(), i));
        Path out = dir.resolve("quire-summaries." + format.get().extension());
        BatchService.Request request = new BatchService.Request(files, format.get(), out,
                useModel.get() && !modelName.get().isEmpty());
        report.set(null);
        running.set(true);
        status.set("Summarising " + files.size() + " files…");
        java.util.concurrent.atomic.AtomicReference<String> warning =
                new java.util.concurrent.atomic.AtomicReference<>("");
        BatchService.Listener listener = new BatchService.Listener() {
            @Override
            public void progress(Path file, double done, double total) {
                executor.runOnUi(() -> {
                    FileItem item = byFile.get(file);
                    item.state.set("running");
                    item.progress.set(total > 0 ? done / total : -1);
                    item.message.set(String.format(Locale.ROOT, "page %.0f of %.0f", done, total));
                });
            }

            @Override
            public void stage(Path file, String stage) {
                executor.runOnUi(() -> {
                    FileItem item = byFile.get(file);
                    if (item != null) {
                        item.state.set("running");
                        item.message.set(stage);
                    }
                });
            }

            @Override
            public void warning(String message) {
                warning.set(message);
                executor.runOnUi(() -> status.set(message));
            }

            @Override
            public void finished(FileOutcome outcome) {
                executor.runOnUi(() -> {
                    FileItem item = byFile.get(outcome.file());
                    item.progress.set(1);
                    if (outcome instanceof BatchService.Failed f) {
                        item.state.set("failed");
                        item.message.set(f.reason());
                    } else {
                        item.state.set("done");
                        item.message.set("summarised");
                    }
                });
            }
        };
        java.util.concurrent.atomic.AtomicReference<BatchService.Report> partial =
                new java.util.concurrent.atomic.AtomicReference<>();
        handle = BackgroundTask.<BatchService.Report>of("batch", progress -> {
                    BatchService.Report r = service.run(request, listener, progress.cancellation());
                    partial.set(r);
                    return r;
                })
                .onSuccess(r -> {
                    report.set(r.out());
                    long failed = r.outcomes().stream().filter(o -> o instanceof BatchService.Failed).count();
                    if (r.cancelled()) {
                        markUnfinished("cancelled");
                    }
                    status.set((warning.get().isEmpty() ? "" : warning.get() + ". ")
                            + (r.cancelled() ? "Cancelled after " : "Done: ") + r.outcomes().size() + " of "
                            + files.size() + " files" + (failed > 0 ? ", " + failed + " failed" : ""));
                })
                .onCancelled(() -> {
                    markUnfinished("cancelled");
                    BatchService.Report r = partial.get(); // the service wrote what it finished
                    report.set(r == null ? null : r.out());
                    status.set("Cancelled" + (r == null ? "" : " after " + r.outcomes().size() + " of "
                            + files.size() + " files"));
                })
                .onFailure(e -> {
                    status.set("Batch failed");
                    notifier.error("Batch failed", MainViewModel.userMessage(e), e);
                })
                .onFinished(() -> {
                    running.set(false);
                });
        executor.execute(handle);
    }

    private void markUnfinished(String state) {
        for (FileItem i : items) {
            if (i.state.get().equals("waiting") || i.state.get().equals("running")) {
                i.state.set(state);
            }
        }
    }

    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }
}
