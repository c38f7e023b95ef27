package quire.app.viewer.view;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import javafx.application.HostServices;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.controlsfx.control.TaskProgressView;
import quire.app.viewer.service.BatchService;
import quire.app.viewer.viewmodel.BatchViewModel;
import quire.app.viewer.viewmodel.BatchViewModel.FileItem;

/** Folder + format, per-file progress in a ControlsFX {@link TaskProgressView}, open report, cancel. */
final class BatchPanel extends VBox {

    /**
     * Shows one file's progress in the TaskProgressView. It is never run: the batch runs in the view model's
     * task; this only mirrors the file's progress, and leaves the view when the file is finished.
     */
    static final class FileProgress extends Task<Void> {
        FileProgress(FileItem item) {
            updateTitle(item.file().getFileName().toString());
            updateMessage("waiting");
            updateProgress(0, 1);
            item.progressProperty().addListener((o, a, b) -> updateProgress(b.doubleValue(), 1));
            item.messageProperty().addListener((o, a, b) -> updateMessage(b));
        }

        @Override
        protected Void call() {
            return null;
        }
    }

    BatchPanel(BatchViewModel vm, HostServices host) {
        super(8);
        setPadding(new Insets(10));
        getStyleClass().add("batch-panel");
        Label folder = new Label();
        folder.setId("batch-folder");
        folder.textProperty().bind(vm.folderProperty().map(p -> p.toString()).orElse("No folder chosen"));
        Button choose = new Button("Choose folder…");
        choose.setOnAction(e -> {
            File dir = new DirectoryChooser().showDialog(getScene().getWindow());
            if (dir != null) {
                vm.folderProperty().set(dir.toPath());
            }
        });
        ComboBox<BatchService.Format> format = new ComboBox<>();
        format.getItems().setAll(BatchService.Format.values());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        CheckBox model = new CheckBox();
        model.setId("batch-use-model");
        model.textProperty().bind(vm.modelNameProperty().map(n -> n.isEmpty() ? "Abstractive (no model installed)"
                : "Abstractive with " + n));
        model.disableProperty().bind(vm.modelNameProperty().isEmpty().or(vm.runningProperty()));
        model.selectedProperty().bindBidirectional(vm.useModelProperty());
        Button start = new Button("Summarise");
        start.setId("batch-start");
        start.disableProperty().bind(vm.runningProperty().or(vm.folderProperty().isNull()));
        start.setOnAction(e -> vm.start());
        Button cancel = new Button("Cancel");
        cancel.setId("batch-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button open = new Button("Open report");
        open.setId("batch-open-report");
        open.disableProperty().bind(vm.reportProperty().isNull());
        open.setOnAction(e -> {
            if (host != null && vm.reportProperty().get() != null) {
                host.showDocument(vm.reportProperty().get().toUri().toString());
            }
        });

        TaskProgressView<FileProgress> progress = new TaskProgressView<>();
        progress.setId("batch-progress");
        VBox.setVgrow(progress, Priority.ALWAYS);
        Map<FileItem, FileProgress> shown = new HashMap<>();
        vm.items().addListener((ListChangeListener<FileItem>) c -> {
            progress.getTasks().clear();
            shown.clear();
            for (FileItem item : vm.items()) {
                FileProgress t = new FileProgress(item);
                shown.put(item, t);
                progress.getTasks().add(t);
                item.stateProperty().addListener((o, a, s) -> {
                    if (!s.equals("running") && !s.equals("waiting")) {
                        progress.getTasks().remove(shown.get(item));
                    }
                });
            }
        });
        Label status = new Label();
        status.setId("batch-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        getChildren().addAll(new HBox(6, choose, folder), new HBox(6, new Label("Output:"), format, model, start,
                cancel, open), progress, status);
    }
}
