package quire.app.viewer.view;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import quire.app.viewer.service.ModelService.ModelInfo;
import quire.app.viewer.service.Settings;
import quire.app.viewer.viewmodel.SettingsViewModel;

/** Models (list, pull with progress and cancel, import) and settings (theme, provider, OCR engine, debug). */
final class SettingsPanel extends VBox {

    SettingsPanel(SettingsViewModel vm) {
        super(10);
        setPadding(new Insets(10));
        getStyleClass().add("settings-panel");
        ComboBox<Settings.Theme> theme = combo(Settings.Theme.values());
        theme.setId("settings-theme");
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        ComboBox<Settings.Provider> provider = combo(Settings.Provider.values());
        provider.valueProperty().bindBidirectional(vm.providerProperty());
        ComboBox<Settings.OcrEngine> ocr = combo(Settings.OcrEngine.values());
        ocr.valueProperty().bindBidirectional(vm.ocrEngineProperty());
        CheckBox router = new CheckBox("Show router regions (debug)");
        router.selectedProperty().bindBidirectional(vm.showRouterRegionsProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Theme"), theme);
        grid.addRow(1, new Label("Execution provider"), provider);
        grid.addRow(2, new Label("OCR engine"), ocr);
        grid.add(router, 0, 3, 2, 1);

        ListView<ModelInfo> models = new ListView<>(vm.models());
        models.setId("settings-models");
        models.setPrefHeight(140);
        models.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(ModelInfo m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.id() + (m.installed()
                        ? "  — installed (" + (m.sizeBytes() / 1_000_000) + " MB)" : "  — not installed"));
            }
        });
        Button pull = new Button("Download");
        pull.disableProperty().bind(vm.modelBusyProperty().or(models.getSelectionModel().selectedItemProperty()
                .isNull()));
        pull.setOnAction(e -> vm.pull(models.getSelectionModel().getSelectedItem().id()));
        Button importDir = new Button("Import folder…");
        importDir.disableProperty().bind(vm.modelBusyProperty());
        importDir.setOnAction(e -> {
            File dir = new DirectoryChooser().showDialog(getScene().getWindow());
            if (dir != null) {
                vm.importDirectory(dir.toPath());
            }
        });
        Button cancel = new Button("Cancel");
        cancel.disableProperty().bind(vm.modelBusyProperty().not());
        cancel.setOnAction(e -> vm.cancelModelJob());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.modelProgressProperty());
        bar.visibleProperty().bind(vm.modelBusyProperty());
        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(vm.modelStatusProperty());
        getChildren().addAll(new Label("Settings"), grid, new Label("Models"), models,
                new HBox(6, pull, importDir, cancel), bar, status);
        vm.refreshModels();
    }

    @SafeVarargs
    private static <T> ComboBox<T> combo(T... values) {
        ComboBox<T> c = new ComboBox<>();
        c.getItems().setAll(values);
        return c;
    }
}
