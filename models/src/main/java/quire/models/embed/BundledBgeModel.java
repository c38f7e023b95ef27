package quire.models.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import quire.models.CacheDirs;
import quire.models.ModelException;

/**
 * The bge-small-en-v1.5 (int8) model and tokenizer that ship inside the langchain4j artifact on the class path,
 * extracted once to files under the cache directory: ONNX Runtime sessions are made from paths, never bytes.
 */
public final class BundledBgeModel {

    static final String MODEL_RESOURCE = "/bge-small-en-v1.5-q.onnx";
    static final String TOKENIZER_RESOURCE = "/bge-small-en-v1.5-q-tokenizer.json";
    /** Bump when the bundled artifact changes, so a stale extraction is not reused. */
    static final String VERSION = "1.10.0-beta18";

    private BundledBgeModel() {
    }

    /** The model directory holding {@code model.onnx} and {@code tokenizer.json}, extracting them if needed. */
    public static Path extract() throws ModelException {
        return extract(CacheDirs.root().resolve("models").resolve("bge-small-en-v1.5-q-" + VERSION));
    }

    static synchronized Path extract(Path dir) throws ModelException {
        try {
            Files.createDirectories(dir);
            copyOnce(MODEL_RESOURCE, dir.resolve("model.onnx"));
            copyOnce(TOKENIZER_RESOURCE, dir.resolve("tokenizer.json"));
            return dir;
        } catch (IOException e) {
            throw new ModelException("cannot extract the bundled embedding model to " + dir
                    + " (check that the cache directory is writable, or set QUIRE_CACHE)", e);
        }
    }

    private static void copyOnce(String resource, Path target) throws IOException, ModelException {
        if (Files.isRegularFile(target) && Files.size(target) > 0) {
            return;
        }
        try (InputStream in = BundledBgeModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelException("the bundled embedding model " + resource + " is not on the class path"
                        + " (reinstall Quire)");
            }
            // write to a temporary name first so a crash never leaves a truncated model behind
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
