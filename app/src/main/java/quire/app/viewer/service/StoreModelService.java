package quire.app.viewer.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import quire.app.viewer.task.BackgroundTask;
import quire.models.download.DownloadProgress;
import quire.models.store.ImportOptions;
import quire.models.store.InstalledModel;
import quire.models.store.ModelStatus;
import quire.models.store.ModelStore;

/**
 * The model manager ({@link ModelStore}) behind the settings panel: the catalog with what is installed, pulls with
 * byte progress (cancel interrupts the download; a later pull resumes it), and folder imports.
 */
public final class StoreModelService implements ModelService {

    private final ModelStore store;

    public StoreModelService(ModelStore store) {
        this.store = store;
    }

    @Override
    public List<ModelInfo> list() {
        return store.list().stream().map(StoreModelService::info).toList();
    }

    @Override
    public void pull(String id, BackgroundTask.Progress progress) throws Exception {
        store.pull(id, store.catalog().defaultPrecision(), p -> progress.update(p.bytes(), p.total(), describe(p)));
    }

    @Override
    public ModelInfo importDirectory(Path dir, BackgroundTask.Progress progress) throws Exception {
        progress.update(-1, -1, "copying " + dir.getFileName());
        InstalledModel m = store.importFolder(dir, ImportOptions.copy());
        return new ModelInfo(m.id(), true, m.precision().id(), m.dir(), m.sizeBytes());
    }

    private static ModelInfo info(ModelStatus s) {
        return new ModelInfo(s.id(), s.installed(), s.precision(), s.path() == null ? null : Path.of(s.path()),
                s.sizeBytes() == null ? 0 : s.sizeBytes());
    }

    static String describe(DownloadProgress p) {
        String done = String.format(Locale.ROOT, "%.1f MB", p.bytes() / 1e6);
        String total = p.total() > 0 ? String.format(Locale.ROOT, " of %.1f MB", p.total() / 1e6) : "";
        return p.file() + ": " + done + total;
    }
}
