package quire.app.viewer.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.app.viewer.service.ModelService;
import quire.app.viewer.service.ModelService.ModelInfo;
import quire.app.viewer.service.Notifier;
import quire.app.viewer.service.Settings;
import quire.app.viewer.service.SettingsStore;
import quire.app.viewer.task.BackgroundTask;
import quire.app.viewer.task.TaskExecutor;

/** Models &amp; settings: theme, execution provider, OCR engine (saved on change), and model list/pull/import. */
public final class SettingsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);

    private final SettingsStore store;
    private final ModelService models;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>();
    private final ObjectProperty<Settings.Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Settings.Provider> provider = new SimpleObjectProperty<>();
    private final ObjectProperty<Settings.OcrEngine> ocrEngine = new SimpleObjectProperty<>();
    private final BooleanProperty showRouterRegions = new SimpleBooleanProperty();
    private final ObservableList<ModelInfo> modelList = FXCollections.observableArrayList();
    private final BooleanProperty modelBusy = new SimpleBooleanProperty();
    private final DoubleProperty modelProgress = new SimpleDoubleProperty(0);
    private final StringProperty modelStatus = new SimpleStringProperty("");
    private BackgroundTask<?> modelTask; // kept after it ends: cancelling a finished task is harmless

    public SettingsViewModel(SettingsStore store, ModelService models, TaskExecutor executor, Notifier notifier) {
        this.store = store;
        this.models = models;
        this.executor = executor;
        this.notifier = notifier;
        Settings s = store.load();
        settings.set(s);
        theme.set(s.theme());
        provider.set(s.provider());
        ocrEngine.set(s.ocrEngine());
        showRouterRegions.set(s.showRouterRegions());
        theme.addListener((o, a, b) -> update(settings.get().withTheme(b)));
        provider.addListener((o, a, b) -> update(settings.get().withProvider(b)));
        ocrEngine.addListener((o, a, b) -> update(settings.get().withOcrEngine(b)));
        showRouterRegions.addListener((o, a, b) -> update(settings.get().withShowRouterRegions(b)));
    }

    public ObjectProperty<Settings> settingsProperty() { return settings; }
    public ObjectProperty<Settings.Theme> themeProperty() { return theme; }
    public ObjectProperty<Settings.Provider> providerProperty() { return provider; }
    public ObjectProperty<Settings.OcrEngine> ocrEngineProperty() { return ocrEngine; }
    public BooleanProperty showRouterRegionsProperty() { return showRouterRegions; }
    public ObservableList<ModelInfo> models() { return modelList; }
    public BooleanProperty modelBusyProperty() { return modelBusy; }
    public DoubleProperty modelProgressProperty() { return modelProgress; }
    public StringProperty modelStatusProperty() { return modelStatus; }

    private void update(Settings s) {
        if (s.equals(settings.get())) {
            return;
        }
        settings.set(s);
        try {
            store.save(s);
        } catch (IOException e) {
            LOG.warn("cannot save settings to {}", store.directory(), e);
            notifier.error("Settings", "Cannot save settings to " + store.directory() + ": " + e.getMessage(), e);
        }
    }

    public void refreshModels() {
        executor.execute(BackgroundTask.<List<ModelInfo>>of("list models", p -> models.list())
                .onSuccess(modelList::setAll)
                .onFailure(e -> notifier.error("Models", MainViewModel.userMessage(e), e)));
    }

    public void pull(String id) {
        runModelJob("Downloading " + id, p -> {
            models.pull(id, p);
            return id + " installed";
        });
    }

    public void importDirectory(Path dir) {
        runModelJob("Importing " + dir.getFileName(), p -> models.importDirectory(dir, p).id() + " imported");
    }

    private void runModelJob(String what, BackgroundTask.Work<String> work) {
        if (modelBusy.get()) {
            return;
        }
        modelBusy.set(true);
        modelProgress.set(-1);
        modelStatus.set(what + "…");
        modelTask = BackgroundTask.of(what, work)
                .onProgress((done, total, msg) -> {
                    modelProgress.set(total > 0 ? done / total : -1);
                    modelStatus.set(what + ": " + msg);
                })
                .onSuccess(msg -> {
                    modelStatus.set(msg);
                    modelProgress.set(1);
                })
                .onCancelled(() -> modelStatus.set(what + ": cancelled"))
                .onFailure(e -> {
                    modelStatus.set(what + ": failed");
                    notifier.error("Models", MainViewModel.userMessage(e), e);
                })
                .onFinished(() -> {
                    modelBusy.set(false);
                    refreshModels();
                });
        executor.execute(modelTask);
    }

    public void cancelModelJob() {
        if (modelTask != null) {
            modelTask.cancel();
        }
    }
}
