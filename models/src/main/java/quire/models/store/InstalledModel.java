package quire.models.store;

import java.nio.file.Path;
import quire.models.catalog.Precision;

/**
 * A model folder ready to load: configs, {@code tokenizer.json} and the three graphs of one precision under
 * {@code onnx/}. Sessions must be created from these paths (external data sits beside its graph).
 *
 * @param id        catalog id, or the folder's name for a folder the catalog does not know
 * @param precision which graph files to load
 * @param dir       the folder
 * @param sizeBytes bytes of the files that belong to the model
 * @param revision  the hub commit it came from, or null when unknown (imported folders)
 */
public record InstalledModel(String id, Precision precision, Path dir, long sizeBytes, String revision) {

    /** A graph of this precision, e.g. {@code graph("decoder_model_merged")} → {@code onnx/decoder_model_merged_quantized.onnx}. */
    public Path graph(String name) {
        return dir.resolve(precision.graphPath(name));
    }

    public Path visionEncoder() {
        return graph("vision_encoder");
    }

    public Path embedTokens() {
        return graph("embed_tokens");
    }

    public Path decoder() {
        return graph("decoder_model_merged");
    }

    public Path tokenizerJson() {
        return dir.resolve("tokenizer.json");
    }

    public Path configJson() {
        return dir.resolve("config.json");
    }

    /** Any file of the folder by its repository path, e.g. {@code preprocessor_config.json}. */
    public Path file(String relativePath) {
        return dir.resolve(relativePath);
    }
}
