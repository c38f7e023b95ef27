package quire.app.viewer.service;

import java.nio.file.Path;
import java.util.List;
import quire.app.viewer.task.BackgroundTask;

/** Model management for the settings panel; the model manager (branch modelmgr) plugs in here. */
public interface ModelService {

    record ModelInfo(String id, boolean installed, String precision, Path path, long sizeBytes) {
    }

    List<ModelInfo> list() throws Exception;

    /** Downloads and verifies a model, reporting bytes through {@code progress}; stops when cancelled. */
    void pull(String id, BackgroundTask.Progress progress) throws Exception;

    /** Copies a model directory into the model store; returns the installed model. */
    ModelInfo importDirectory(Path dir, BackgroundTask.Progress progress) throws Exception;
}
