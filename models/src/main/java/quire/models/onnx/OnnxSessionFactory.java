package quire.models.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.models.ModelException;

/**
 * The one place where Quire creates ONNX Runtime sessions, for every model (OCR, MLLM, embeddings).
 * Sessions are created from file paths (so external {@code .onnx_data} files resolve), never from byte arrays,
 * and are closed with the factory. A requested GPU provider that cannot load falls back to CPU with a logged reason.
 */
public final class OnnxSessionFactory implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OnnxSessionFactory.class);

    private final SessionSettings settings;
    private final List<OrtSession> open = new ArrayList<>();
    private ExecutionProvider lastProvider = ExecutionProvider.CPU;

    public OnnxSessionFactory(SessionSettings settings) {
        this.settings = settings;
    }

    public SessionSettings settings() {
        return settings;
    }

    /** The provider the most recent session really runs on (after any fallback). */
    public synchronized ExecutionProvider lastProvider() {
        return lastProvider;
    }

    /** Opens a session now; it is closed when this factory is. */
    public synchronized OrtSession open(Path modelFile) throws ModelException {
        if (!Files.isRegularFile(modelFile)) {
            throw new ModelException("model file missing: " + modelFile + " (reinstall Quire or run: quire models verify)");
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try {
            OrtSession session;
            try (OrtSession.SessionOptions options = options(settings.provider())) {
                session = env.createSession(modelFile.toString(), options);
                lastProvider = settings.provider();
            } catch (ProviderUnavailable e) {
                LOG.warn("{} provider unavailable ({}); running {} on CPU", settings.provider(), e.getMessage(),
                        modelFile.getFileName());
                try (OrtSession.SessionOptions options = cpuOptions()) {
                    session = env.createSession(modelFile.toString(), options);
                    lastProvider = ExecutionProvider.CPU;
                }
            }
            open.add(session);
            return session;
        } catch (OrtException e) {
            throw new ModelException("cannot load model " + modelFile + ": it is corrupt or not an ONNX model"
                    + " (reinstall it or run: quire models verify)", e);
        }
    }

    /** A handle that opens its session on first use. */
    public LazySession lazy(Path modelFile) {
        return new LazySession(this, modelFile);
    }

    private OrtSession.SessionOptions cpuOptions() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        if (settings.intraOpThreads() > 0) {
            options.setIntraOpNumThreads(settings.intraOpThreads());
        }
        // idle pool threads would otherwise spin and steal the cores that page workers need
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        return options;
    }

    private OrtSession.SessionOptions options(ExecutionProvider provider) throws OrtException, ProviderUnavailable {
        OrtSession.SessionOptions options = cpuOptions();
        try {
            switch (provider) {
                case CUDA -> options.addCUDA(settings.deviceId());
                case DIRECTML -> {
                    // DirectML wants memory patterns off and sequential execution
                    options.setMemoryPatternOptimization(false);
                    options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                    options.addDirectML(settings.deviceId());
                }
                case CPU -> { }
            }
        } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
            options.close();
            throw new ProviderUnavailable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return options;
    }

    @Override
    public synchronized void close() {
        for (OrtSession s : open) {
            try {
                s.close();
            } catch (OrtException e) {
                LOG.debug("closing a session failed", e);
            }
        }
        open.clear();
    }

    /** The requested provider cannot be loaded in this runtime or on this machine. */
    private static final class ProviderUnavailable extends Exception {
        ProviderUnavailable(String message) {
            super(message);
        }
    }
}
