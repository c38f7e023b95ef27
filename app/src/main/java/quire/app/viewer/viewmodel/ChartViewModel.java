package quire.app.viewer.viewmodel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import quire.app.viewer.service.ChartService;
import quire.app.viewer.service.ChartTable;
import quire.app.viewer.service.Notifier;
import quire.app.viewer.task.BackgroundTask;
import quire.app.viewer.task.TaskExecutor;
import quire.ocr.text.BBox;
import quire.pipeline.document.Document;

/**
 * The chart panel: charts detected on the current page (or a rectangle dragged on it), the extracted table as
 * editable rows, copy/export, and a hovered cell's box highlighted on the page.
 */
public final class ChartViewModel {

    /** A chart found on a page. */
    public record Chart(int page, BBox bbox) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Page %d: chart at %.0f,%.0f (%.0f×%.0f pt)", page, bbox.x0(), bbox.y0(),
                    bbox.width(), bbox.height());
        }
    }

    private final ChartService service;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final DocumentViewModel documentVm;
    private final ObservableList<Chart> charts = FXCollections.observableArrayList();
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ObservableList<ObservableList<String>> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty selecting = new SimpleBooleanProperty();
    private List<ChartTable.Cell> cells = List.of();
    private int tablePage;

    public ChartViewModel(ChartService service, TaskExecutor executor, Notifier notifier,
                          DocumentViewModel documentVm) {
        this.service = service;
        this.executor = executor;
        this.notifier = notifier;
        this.documentVm = documentVm;
    }

    public ObservableList<Chart> charts() { return charts; }
    public ObservableList<String> header() { return header; }
    public ObservableList<ObservableList<String>> rows() { return rows; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty runningProperty() { return running; }
    /** True while the user may drag a rectangle on the page to pick a chart. */
    public BooleanProperty selectingProperty() { return selecting; }

    /** Looks for charts on the current page. */
    public void detect() {
        Document doc = documentVm.documentProperty().get();
        if (doc == null) {
            return;
        }
        int page = documentVm.currentPageProperty().get();
        running.set(true);
        status.set("Looking for charts on page " + page + "…");
        executor.execute(BackgroundTask.<List<BBox>>of("detect charts",
                        progress -> service.detect(doc, page, progress.cancellation()))
                .onSuccess(found -> {
                    charts.setAll(found.stream().map(b -> new Chart(page, b)).toList());
                    documentVm.setHighlights(List.of(Highlight.Kind.CHART), charts.stream()
                            .map(c -> new Highlight(c.page(), c.bbox(), Highlight.Kind.CHART, "chart")).toList());
                    status.set(found.isEmpty() ? "No chart found on page " + page + "; drag a rectangle around one"
                            : found.size() + (found.size() == 1 ? " chart" : " charts") + " on page " + page);
                    if (!found.isEmpty()) {
                        extract(page, found.get(0));
                    }
                })
                .onFailure(e -> notifier.error("Chart detection failed", MainViewModel.userMessage(e), e))
                .onFinished(() -> running.set(false)));
    }

    /** Extracts the table of the chart in {@code region} on {@code page}. */
    public void extract(int page, BBox region) {
        Document doc = documentVm.documentProperty().get();
        if (doc == null) {
            return;
        }
        selecting.set(false);
        running.set(true);
        status.set("Reading the chart…");
        executor.execute(BackgroundTask.<ChartTable>of("chart to table",
                        progress -> service.extract(doc, page, region, progress.cancellation()))
                .onSuccess(t -> showTable(page, t))
                .onFailure(e -> {
                    status.set("Could not read the chart");
                    notifier.error("Chart to table failed", MainViewModel.userMessage(e), e);
                })
                .onFinished(() -> running.set(false)));
    }

    private void showTable(int page, ChartTable t) {
        tablePage = page;
        header.setAll(t.header());
        List<ObservableList<String>> r = new ArrayList<>();
        for (List<String> row : t.rows()) {
            r.add(FXCollections.observableArrayList(row));
        }
        rows.setAll(r);
        cells = t.cells();
        status.set(t.rows().size() + " rows by " + t.engine() + (t.warnings().isEmpty() ? ""
                : " — " + String.join("; ", t.warnings())));
    }

    /** A cell was edited in the table. */
    public void edit(int row, int col, String value) {
        if (row >= 0 && row < rows.size() && col >= 0 && col < rows.get(row).size()) {
            rows.get(row).set(col, value);
        }
    }

    /** The mouse is over table cell (row, col) of the data rows (-1, -1: over none). */
    public void hover(int dataRow, int col) {
        List<Highlight> marks = new ArrayList<>();
        for (ChartTable.Cell c : cells) {
            if (c.row() == dataRow + 1 && c.col() == col) {
                marks.add(new Highlight(tablePage, c.bbox(), Highlight.Kind.CHART_CELL, "cell"));
            }
        }
        documentVm.setHighlights(List.of(Highlight.Kind.CHART_CELL), marks);
    }

    public String asTsv() {
        return TableFormats.tsv(header, rows);
    }

    public String asCsv() {
        return TableFormats.csv(header, rows);
    }

    public String asMarkdown() {
        return TableFormats.markdown(header, rows);
    }

    /** Writes the table as CSV or Markdown, chosen by the file's extension (.md = Markdown). */
    public void export(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = name.endsWith(".md") ? asMarkdown() : name.endsWith(".tsv") ? asTsv() : asCsv();
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public void reset() {
        charts.clear();
        header.clear();
        rows.clear();
        cells = List.of();
        status.set("");
    }
}
