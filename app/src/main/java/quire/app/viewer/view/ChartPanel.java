package quire.app.viewer.view;

import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import quire.app.viewer.service.Notifier;
import quire.app.viewer.viewmodel.ChartViewModel;

/** Detected charts, region picking, the editable table, copy as TSV, export CSV/Markdown, hover highlighting. */
final class ChartPanel extends VBox {

    private final ChartViewModel vm;
    private final TableView<ObservableList<String>> table = new TableView<>();

    ChartPanel(ChartViewModel vm, Notifier notifier, Consumer<Boolean> regionMode) {
        super(8);
        this.vm = vm;
        setPadding(new Insets(10));
        getStyleClass().add("chart-panel");
        Button detect = new Button("Find charts on this page");
        detect.setId("chart-detect");
        detect.disableProperty().bind(vm.runningProperty());
        detect.setOnAction(e -> vm.detect());
        ToggleButton pick = new ToggleButton("Drag a rectangle…");
        pick.setId("chart-pick");
        pick.selectedProperty().bindBidirectional(vm.selectingProperty());
        vm.selectingProperty().addListener((o, a, b) -> regionMode.accept(b));

        ListView<ChartViewModel.Chart> charts = new ListView<>(vm.charts());
        charts.setId("chart-list");
        charts.setPrefHeight(80);
        charts.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) {
                vm.extract(c.page(), c.bbox());
            }
        });

        table.setId("chart-table");
        table.setEditable(true);
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("No table yet"));
        VBox.setVgrow(table, Priority.ALWAYS);
        vm.header().addListener((ListChangeListener<String>) c -> rebuildColumns());
        table.setOnMouseExited(e -> vm.hover(-1, -1));

        Button copy = new Button("Copy TSV");
        copy.setId("chart-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.asTsv());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button export = new Button("Export…");
        export.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv"),
                    new FileChooser.ExtensionFilter("Markdown", "*.md"));
            fc.setInitialFileName("chart.csv");
            File f = fc.showSaveDialog(getScene().getWindow());
            if (f != null) {
                try {
                    vm.export(f.toPath());
                } catch (IOException ex) {
                    notifier.error("Export", "Cannot write " + f + ": " + ex.getMessage(), ex);
                }
            }
        });
        copy.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rows()));
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rows()));
        Label status = new Label();
        status.setId("chart-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        getChildren().addAll(new HBox(6, detect, pick), charts, table, new HBox(6, copy, export), status);
    }

    private void rebuildColumns() {
        table.getColumns().clear();
        for (int i = 0; i < vm.header().size(); i++) {
            int col = i;
            TableColumn<ObservableList<String>, String> c = new TableColumn<>(vm.header().get(i));
            c.setCellValueFactory(r -> new SimpleStringProperty(col < r.getValue().size() ? r.getValue().get(col) : ""));
            c.setCellFactory(tc -> {
                TableCell<ObservableList<String>, String> cell = new TextFieldTableCell<>(
                        new javafx.util.converter.DefaultStringConverter());
                cell.setOnMouseEntered(e -> vm.hover(cell.getIndex() < vm.rows().size() ? cell.getIndex() : -1, col));
                return cell;
            });
            c.setOnEditCommit(e -> vm.edit(e.getTablePosition().getRow(), col, e.getNewValue()));
            c.setSortable(false);
            table.getColumns().add(c);
        }
    }
}
