package quire.app.viewer.viewmodel;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import quire.app.viewer.service.Notifier;
import quire.app.viewer.service.TextFinder;
import quire.app.viewer.task.BackgroundTask;
import quire.app.viewer.task.TaskExecutor;
import quire.ocr.text.BBox;
import quire.pipeline.document.Document;
import quire.pipeline.document.PageGeometry;

/**
 * The open document as the page view sees it: page geometries, zoom, highlights by kind, find in text, and
 * "reveal this region" requests (a citation click) that the view turns into a scroll and a flash.
 */
public final class DocumentViewModel {

    /** A request to scroll a region into view and flash it; a new object each time so repeats fire. */
    public record RevealRequest(int page, BBox bbox) {
    }

    private final TaskExecutor executor;
    private final Notifier notifier;
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>();
    private final ObservableList<PageGeometry> pages = FXCollections.observableArrayList();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final IntegerProperty currentPage = new SimpleIntegerProperty(1);
    private final ObservableList<Highlight> highlights = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RevealRequest> reveal = new ReadOnlyObjectWrapper<>();
    private final StringProperty findQuery = new SimpleStringProperty("");
    private final ObservableList<TextFinder.Hit> findHits = FXCollections.observableArrayList();
    private final IntegerProperty findIndex = new SimpleIntegerProperty(-1);
    private final StringProperty findStatus = new SimpleStringProperty("");
    private BackgroundTask<?> findTask; // kept after it ends: cancelling a finished task is harmless

    public DocumentViewModel(TaskExecutor executor, Notifier notifier) {
        this.executor = executor;
        this.notifier = notifier;
    }

    /** Shows a document whose page geometries were read off the UI thread. */
    public void show(Document doc, List<PageGeometry> geometries) {
        cancelFind();
        highlights.clear();
        findHits.clear();
        findIndex.set(-1);
        findStatus.set("");
        pages.setAll(geometries);
        currentPage.set(1);
        document.set(doc);
    }

    public void clear() {
        show(null, List.of());
    }

    public ObjectProperty<Document> documentProperty() { return document; }
    public ObservableList<PageGeometry> pages() { return pages; }
    public DoubleProperty zoomProperty() { return zoom; }
    public IntegerProperty currentPageProperty() { return currentPage; }
    public ObservableList<Highlight> highlights() { return highlights; }
    public ReadOnlyObjectProperty<RevealRequest> revealProperty() { return reveal.getReadOnlyProperty(); }
    public StringProperty findQueryProperty() { return findQuery; }
    public ObservableList<TextFinder.Hit> findHits() { return findHits; }
    public IntegerProperty findIndexProperty() { return findIndex; }
    public StringProperty findStatusProperty() { return findStatus; }

    public void setZoom(double z) {
        zoom.set(Zoom.clamp(z));
    }

    public void zoomIn() {
        setZoom(Zoom.stepIn(zoom.get()));
    }

    public void zoomOut() {
        setZoom(Zoom.stepOut(zoom.get()));
    }

    /** The widest page, for fit width. */
    public double maxPageWidth() {
        return pages.stream().mapToDouble(PageGeometry::width).max().orElse(612);
    }

    public void fitWidth(double viewportWidth, double margin) {
        setZoom(Zoom.fitWidth(viewportWidth, maxPageWidth(), margin));
    }

    public void fitPage(double viewportWidth, double viewportHeight, double margin) {
        if (pages.isEmpty()) {
            return;
        }
        PageGeometry g = pages.get(Math.max(0, Math.min(pages.size() - 1, currentPage.get() - 1)));
        setZoom(Zoom.fitPage(viewportWidth, viewportHeight, g.width(), g.height(), margin));
    }

    /** Replaces the highlights of some kinds with {@code replacement}. */
    public void setHighlights(List<Highlight.Kind> kinds, List<Highlight> replacement) {
        List<Highlight> keep = new ArrayList<>();
        for (Highlight h : highlights) {
            if (!kinds.contains(h.kind())) {
                keep.add(h);
            }
        }
        keep.addAll(replacement);
        highlights.setAll(keep);
    }

    public void reveal(int page, BBox box) {
        if (page >= 1 && page <= pages.size()) {
            currentPage.set(page);
            reveal.set(new RevealRequest(page, box));
        }
    }

    /** Finds the query on every page in the background; hits become FIND highlights, the first is revealed. */
    public void find() {
        Document doc = document.get();
        String query = findQuery.get() == null ? "" : findQuery.get().strip();
        cancelFind();
        if (doc == null || query.isEmpty()) {
            findHits.clear();
            setHighlights(List.of(Highlight.Kind.FIND, Highlight.Kind.FIND_CURRENT), List.of());
            findStatus.set("");
            return;
        }
        findStatus.set("Searching…");
        findTask = BackgroundTask.<List<TextFinder.Hit>>of("find", progress -> {
            List<TextFinder.Hit> hits = new ArrayList<>();
            for (int p = 1; p <= doc.pageCount(); p++) {
                progress.cancellation().throwIfCancelled();
                hits.addAll(TextFinder.find(doc.textLayer(p), query));
            }
            return hits;
        }).onSuccess(hits -> {
            if (doc != document.get()) {
                return;
            }
            findHits.setAll(hits);
            findStatus.set(hits.isEmpty() ? "No matches" : hits.size() + (hits.size() == 1 ? " match" : " matches"));
            selectHit(hits.isEmpty() ? -1 : 0);
        }).onFailure(e -> {
            findStatus.set("Search failed");
            notifier.error("Find", "Searching the text failed: " + e.getMessage(), e);
        });
        executor.execute(findTask);
    }

    public void nextHit() {
        if (!findHits.isEmpty()) {
            selectHit((findIndex.get() + 1) % findHits.size());
        }
    }

    public void previousHit() {
        if (!findHits.isEmpty()) {
            selectHit((findIndex.get() - 1 + findHits.size()) % findHits.size());
        }
    }

    private void selectHit(int index) {
        findIndex.set(index);
        List<Highlight> marks = new ArrayList<>();
        for (int i = 0; i < findHits.size(); i++) {
            TextFinder.Hit h = findHits.get(i);
            marks.add(new Highlight(h.page(), h.bbox(), i == index ? Highlight.Kind.FIND_CURRENT : Highlight.Kind.FIND,
                    h.line()));
        }
        setHighlights(List.of(Highlight.Kind.FIND, Highlight.Kind.FIND_CURRENT), marks);
        if (index >= 0) {
            TextFinder.Hit h = findHits.get(index);
            reveal(h.page(), h.bbox());
        }
    }

    private void cancelFind() {
        if (findTask != null) {
            findTask.cancel();
            findTask = null;
        }
    }
}
