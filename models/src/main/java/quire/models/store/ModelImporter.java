package quire.models.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.models.ModelException;
import quire.models.catalog.CatalogFile;
import quire.models.catalog.CatalogModel;
import quire.models.catalog.Precision;
import quire.models.download.Digests;

/**
 * Brings a model folder the user already has (a hub snapshot, say) into the store: recognises the model, checks
 * the layout, then copies, hard-links or moves the files of one precision into a staging folder, hashes them into
 * the manifest and renames the folder into place.
 */
final class ModelImporter {

    private static final Logger LOG = LoggerFactory.getLogger(ModelImporter.class);

    private final ModelStore store;

    ModelImporter(ModelStore store) {
        this.store = store;
    }

    InstalledModel importFolder(Path source, ImportOptions options) throws ModelException {
        if (!Files.isDirectory(source)) {
            throw new ModelException("cannot import " + source + ": not a folder");
        }
        CatalogModel model = options.id() != null
                ? store.catalog().find(options.id()).orElseThrow(() -> new ModelException("unknown model id '"
                        + options.id() + "'; known: " + String.join(", ", store.catalog().ids())))
                : ModelLayout.identify(source, store.catalog()).orElseThrow(() -> new ModelException(
                        "cannot tell which model " + source + " holds (config.json missing or not one of "
                                + String.join(", ", store.catalog().ids()) + "); pass --id"));
        Precision precision = options.precision() != null ? options.precision() : ModelLayout.precisionsIn(source)
                .stream().filter(model::supports).findFirst().orElseThrow(() -> new ModelException("cannot import "
                        + source + ": no complete set of onnx/vision_encoder, embed_tokens and decoder_model_merged "
                        + "graphs in any precision"));
        List<String> problems = ModelLayout.problems(source, model, precision);
        if (!problems.isEmpty()) {
            throw new ModelException("cannot import " + source + " as " + model.id() + " (" + precision + "): "
                    + String.join("; ", problems));
        }
        if (!options.replace() && store.find(model.id(), precision).isPresent()) {
            throw new ModelException(model.id() + " (" + precision + ") is already installed; remove it first or "
                    + "pass --replace");
        }
        Path staging = store.stagingDir(model.id(), precision).resolveSibling(precision.id() + "-import");
        try {
            Trees.deleteRecursively(staging);
            List<Manifest.Entry> entries = new ArrayList<>();
            for (CatalogFile f : model.files(precision)) {
                Path from = source.resolve(f.path());
                if (!Files.isRegularFile(from)) {
                    continue; // an optional file the folder lacks
                }
                Path to = staging.resolve(f.path());
                Files.createDirectories(to.getParent());
                place(from, to, options.mode());
                String sha = Digests.sha256(to);
                if (f.sha256() != null && !f.sha256().equalsIgnoreCase(sha)) {
                    LOG.warn("{} differs from the catalog's pinned file (SHA-256 {}, pinned {}): another revision?",
                            f.path(), sha, f.sha256());
                }
                entries.add(new Manifest.Entry(f.path(), Files.size(to), sha));
            }
            new Manifest(model.id(), model.repo(), null, precision.id(), "import", Instant.now().toString(), entries)
                    .write(staging);
            return store.install(staging, model.id(), precision);
        } catch (IOException e) {
            throw new ModelException("cannot import " + source + ": " + e.getMessage(), e);
        }
    }

    private static void place(Path from, Path to, ImportOptions.Mode mode) throws IOException {
        switch (mode) {
            case MOVE -> Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            case LINK -> {
                try {
                    Files.createLink(to, from);
                } catch (IOException | UnsupportedOperationException e) {
                    // another file system, or no hard links there: fall back to a copy
                    LOG.info("cannot hard-link {} ({}); copying it", from, e.getMessage());
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            default -> Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
