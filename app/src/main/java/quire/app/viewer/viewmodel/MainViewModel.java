package quire.app.viewer.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.app.viewer.service.Notifier;
import quire.app.viewer.service.SettingsStore;
import quire.app.viewer.service.ViewerServices;
import quire.app.viewer.task.BackgroundTask;
import quire.app.viewer.task.TaskExecutor;
import quire.app.viewer.service.PasswordPrompt;
import quire.pipeline.document.Document;
import quire.pipeline.route.PageRouter;
import quire.pipeline.route.PlanOptions;
import quire.pipeline.route.RoutedRegion;
import quire.pipeline.route.RouteKind;
import quire.pipeline.ocr.OcrPageTextSource;
import quire.ocr.text.Word;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.PageGeometry;

/**
 * The window's state: which documents are open, which one is shown, recent files, and the panels' view models.
 * Opening reads the document and its page geometries in the background; failures become notifications.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    /** An open document and its page geometries. */
    public record OpenDocument(Document document, List<PageGeometry> pages) {
        @Override
        public String toString() {
            return document.path().getFileName().toString();
        }
    }

    private final ViewerServices services;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final DocumentViewModel documentVm;
    private final AskViewModel askVm;
    private final ChartViewModel chartVm;
    private final BatchViewModel batchVm;
    private final SettingsViewModel settingsVm;
    private final ObservableList<OpenDocument> openDocuments = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("Quire");
    private final StringProperty status = new SimpleStringProperty("Drop PDFs or images here, or use File ▸ Open");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private int pendingOpens;
    private PasswordPrompt passwordPrompt = PasswordPrompt.NONE;

    public MainViewModel(ViewerServices services, TaskExecutor executor, Notifier notifier) {
        this.services = services;
        this.executor = executor;
        this.notifier = notifier;
        this.documentVm = new DocumentViewModel(executor, notifier);
        this.askVm = new AskViewModel(services.ask(), executor, notifier, documentVm);
        this.chartVm = new ChartViewModel(services.charts(), executor, notifier, documentVm);
        this.batchVm = new BatchViewModel(services.batch(), executor, notifier);
        this.settingsVm = new SettingsViewModel(services.settings(), services.models(), executor, notifier);
        recentFiles.setAll(services.settings().loadRecent());
        settingsVm.showRouterRegionsProperty().addListener((o, was, show) -> refreshRouterRegions());
    }

    /** The router's plan drawn over the pages (a debug view), for at most this many pages of a document. */
    static final int ROUTER_PAGES = 30;

    /**
     * Draws (or clears) the debug view of the shown document, worked out off the FX thread: the router's regions,
     * and the OCR agent's words on pages routed to OCR.
     */
    void refreshRouterRegions() {
        Document doc = documentVm.documentProperty().get();
        List<Highlight.Kind> kinds = List.of(Highlight.Kind.ROUTER_REGION, Highlight.Kind.OCR_WORD);
        if (!settingsVm.showRouterRegionsProperty().get() || doc == null) {
            documentVm.setHighlights(kinds, List.of());
            return;
        }
        executor.execute(BackgroundTask.<List<Highlight>>of("route " + doc.path().getFileName(), progress -> {
            PageRouter router = new PageRouter(PlanOptions.DEFAULT);
            List<Highlight> regions = new ArrayList<>();
            try (OcrPageTextSource ocr = OcrPageTextSource.auto()) {
                for (int p = 1; p <= Math.min(doc.pageCount(), ROUTER_PAGES); p++) {
                    progress.cancellation().throwIfCancelled();
                    boolean ocrPage = false;
                    for (RoutedRegion r : router.plan(doc, p).regions()) {
                        regions.add(new Highlight(p, r.bbox(), Highlight.Kind.ROUTER_REGION, r.route().kind().label()
                                + " → " + r.route().route().label() + ": " + r.route().reason()));
                        ocrPage |= r.route().route() == RouteKind.OCR;
                    }
                    if (ocrPage) {
                        for (Word w : ocr.read(doc, p).words()) {
                            regions.add(new Highlight(p, w.bbox(), Highlight.Kind.OCR_WORD,
                                    w.text() + String.format(java.util.Locale.ROOT, " (%.2f)", w.conf())));
                        }
                    }
                }
            }
            return regions;
        }).onSuccess(regions -> {
            if (documentVm.documentProperty().get() == doc && settingsVm.showRouterRegionsProperty().get()) {
                documentVm.setHighlights(kinds, regions);
            }
        }).onFailure(e -> notifier.error("Router regions", "The router could not plan this document.", e)));
    }

    /** How to ask for the password of an encrypted PDF (the window's dialog; tests give their own). */
    public void setPasswordPrompt(PasswordPrompt prompt) {
        passwordPrompt = prompt;
    }

    public DocumentViewModel document() { return documentVm; }
    public AskViewModel ask() { return askVm; }
    public ChartViewModel chart() { return chartVm; }
    public BatchViewModel batch() { return batchVm; }
    public SettingsViewModel settings() { return settingsVm; }
    public ObservableList<OpenDocument> openDocuments() { return openDocuments; }
    public ObservableList<Path> recentFiles() { return recentFiles; }
    public StringProperty titleProperty() { return title; }
    public StringProperty statusProperty() { return status; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /** Opens files (drag and drop, File ▸ Open, {@code quire open}); the last one that opens is shown. */
    public void open(List<Path> files) {
        for (Path file : files) {
            openOne(file.toAbsolutePath().normalize(), null);
        }
    }

    private void openOne(Path file, String password) {
        pendingOpens++;
        loading.set(true);
        status.set("Opening " + file.getFileName() + "…");
        executor.execute(BackgroundTask.<OpenDocument>of("open " + file.getFileName(), progress -> {
            Document doc = services.opener().open(file, password);
            try {
                List<PageGeometry> pages = new ArrayList<>();
                for (int p = 1; p <= doc.pageCount(); p++) {
                    progress.cancellation().throwIfCancelled();
                    pages.add(doc.geometry(p));
                }
                return new OpenDocument(doc, pages);
            } catch (Exception | Error e) {
                doc.close();
                throw e;
            }
        }).onSuccess(open -> {
            openDocuments.add(open);
            show(open);
            remember(file);
        }).onFailure(e -> {
            if (needsPassword(e)) {
                Optional<String> given = passwordPrompt.ask(file, password != null);
                if (given.isPresent()) {
                    openOne(file, given.get());
                    return;
                }
            }
            status.set("Could not open " + file.getFileName());
            notifier.error("Cannot open " + file.getFileName(), userMessage(e), e);
        }).onFinished(() -> {
            pendingOpens--;
            loading.set(pendingOpens > 0);
        }));
    }

    /** Shows one of the open documents. */
    public void show(OpenDocument open) {
        documentVm.show(open.document(), open.pages());
        askVm.reset();
        chartVm.reset();
        refreshRouterRegions();
        title.set(open.document().path().getFileName() + " — Quire");
        status.set(open.pages().size() + (open.pages().size() == 1 ? " page" : " pages"));
    }

    /** Closes the shown document. */
    public void closeCurrent() {
        Document shown = documentVm.documentProperty().get();
        openDocuments.removeIf(o -> {
            if (o.document() == shown) {
                o.document().close();
                return true;
            }
            return false;
        });
        if (openDocuments.isEmpty()) {
            documentVm.clear();
            title.set("Quire");
        } else {
            show(openDocuments.get(openDocuments.size() - 1));
        }
    }

    public void closeAll() {
        openDocuments.forEach(o -> o.document().close());
        openDocuments.clear();
        documentVm.clear();
    }

    private void remember(Path file) {
        recentFiles.remove(file);
        recentFiles.add(0, file);
        while (recentFiles.size() > SettingsStore.MAX_RECENT) {
            recentFiles.remove(recentFiles.size() - 1);
        }
        try {
            services.settings().saveRecent(recentFiles);
        } catch (IOException e) {
            LOG.warn("cannot save the recent files list", e);
        }
    }

    private static boolean needsPassword(Throwable e) {
        return e instanceof DocumentException d && (d.reason() == DocumentException.Reason.ENCRYPTED
                || d.reason() == DocumentException.Reason.WRONG_PASSWORD);
    }

    /** The exception's user message (areas write them for users), or its type when it has none. */
    static String userMessage(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
