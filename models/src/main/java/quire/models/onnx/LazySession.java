package quire.models.onnx;

import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import quire.models.ModelException;

/** A session opened on first use by its factory (which also closes it). Thread-safe. */
public final class LazySession {

    private final OnnxSessionFactory factory;
    private final Path modelFile;
    private OrtSession session;

    LazySession(OnnxSessionFactory factory, Path modelFile) {
        this.factory = factory;
        this.modelFile = modelFile;
    }

    public Path modelFile() {
        return modelFile;
    }

    public synchronized OrtSession get() throws ModelException {
        if (session == null) {
            session = factory.open(modelFile);
        }
        return session;
    }
}
