package quire.app.viewer;

import java.nio.file.Path;
import java.util.List;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.stage.Stage;
import quire.app.viewer.service.ViewerServices;
import quire.app.viewer.task.PooledTaskExecutor;
import quire.app.viewer.task.TaskExecutor;
import quire.app.viewer.view.FxNotifier;
import quire.app.viewer.view.MainWindow;
import quire.app.viewer.viewmodel.MainViewModel;

/** The composition root: services, executor, notifier, view models and the window, wired once. */
public final class Viewer implements AutoCloseable {

    private final TaskExecutor executor;
    private final FxNotifier notifier = new FxNotifier();
    private final MainViewModel model;
    private MainWindow window;

    public Viewer(ViewerServices services) {
        this.executor = new PooledTaskExecutor("quire-task", 2, Platform::runLater);
        this.model = new MainViewModel(services, executor, notifier);
        applyToJobs(model.settings().settingsProperty().get());
        model.settings().settingsProperty().addListener((o, was, now) -> applyToJobs(now));
    }

    /**
     * The jobs read the execution provider and OCR engine from system properties ({@code quire.provider},
     * {@code quire.ocr.engine}), as they do on the command line; the viewer's settings set them.
     */
    static void applyToJobs(quire.app.viewer.service.Settings s) {
        System.setProperty("quire.provider", s.provider().name().toLowerCase(java.util.Locale.ROOT));
        System.setProperty("quire.ocr.engine", s.ocrEngine().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Builds the window on {@code stage} (FX thread), shows it and opens {@code files}. */
    public MainWindow show(Stage stage, List<Path> files, HostServices host) {
        window = new MainWindow(model, notifier, host);
        window.install(stage, 1280, 860);
        notifier.setOwner(stage);
        model.setPasswordPrompt(new quire.app.viewer.view.FxPasswordPrompt(stage));
        stage.setOnHidden(e -> close());
        stage.show();
        if (!files.isEmpty()) {
            model.open(files);
        }
        return window;
    }

    public MainViewModel model() {
        return model;
    }

    public FxNotifier notifier() {
        return notifier;
    }

    @Override
    public void close() {
        executor.close();
        if (window != null) {
            window.dispose(); // stop rendering before the documents close under it
        }
        model.closeAll();
    }
}
