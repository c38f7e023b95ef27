package quire.models.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import quire.models.ModelException;
import quire.models.catalog.CatalogModel;
import quire.models.catalog.ModelCatalog;
import quire.models.catalog.Precision;
import quire.models.download.Digests;
import quire.models.download.HubClient;
import quire.models.download.HubSettings;
import quire.models.download.ProgressListener;

/**
 * The local model cache: what is installed, and pull / import / verify / remove.
 *
 * <p>Layout under {@link #root()}: {@code <id>/<precision>/} is an installed folder (it has a
 * {@code quire-model.json} manifest, written last); {@code .partial/<id>/<precision>/} holds a pull in progress,
 * with {@code .part} files that resume. Use from other code:
 * <pre>{@code
 * ModelStore store = ModelStore.openDefault();
 * InstalledModel m = store.require("smolvlm-256m");   // or a folder path
 * Path decoder = m.decoder();                          // onnx/decoder_model_merged_quantized.onnx
 * }</pre>
 */
public final class ModelStore {

    private final Path root;
    private final ModelCatalog catalog;
    private final HubSettings hub;

    public ModelStore(Path root, ModelCatalog catalog, HubSettings hub) {
        this.root = root.toAbsolutePath();
        this.catalog = catalog;
        this.hub = hub;
    }

    /** The store at {@link StoreLocation#resolve()}, the built-in catalog and the hub from the environment. */
    public static ModelStore openDefault() {
        return new ModelStore(StoreLocation.resolve(), ModelCatalog.builtIn(), HubSettings.fromEnvironment());
    }

    public Path root() {
        return root;
    }

    public ModelCatalog catalog() {
        return catalog;
    }

    public HubSettings hub() {
        return hub;
    }

    /**
     * A model by catalog id (the installed precision first in {@link Precision#PREFERENCE}) or by folder path
     * (a folder with the configs, tokenizer and the graphs of some precision). Empty when the id is not installed
     * or the folder is not a usable model; {@link #require} says why.
     */
    public Optional<InstalledModel> find(String idOrDir) {
        if (catalog.find(idOrDir).isPresent()) {
            List<InstalledModel> all = installed(idOrDir);
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
        }
        Path dir = asDirectory(idOrDir);
        return dir == null ? Optional.empty() : fromFolder(dir);
    }

    /** An installed model of this id in this precision. */
    public Optional<InstalledModel> find(String id, Precision precision) {
        return readInstalled(id, precision, modelDir(id, precision));
    }

    /** Like {@link #find(String)}, but a missing model is an error whose message says what to do. */
    public InstalledModel require(String idOrDir) throws ModelException {
        Optional<InstalledModel> found = find(idOrDir);
        if (found.isPresent()) {
            return found.get();
        }
        if (catalog.find(idOrDir).isPresent()) {
            throw new ModelException("model " + idOrDir + " is not installed; run: quire models pull " + idOrDir);
        }
        Path dir = asDirectory(idOrDir);
        if (dir == null) {
            throw new ModelException("unknown model '" + idOrDir + "': not a folder and not one of "
                    + String.join(", ", catalog.ids()));
        }
        List<Precision> ps = ModelLayout.precisionsIn(dir);
        List<String> problems = ModelLayout.genericProblems(dir, ps.isEmpty() ? Precision.DEFAULT : ps.get(0));
        throw new ModelException("not a usable model folder: " + dir + ": " + String.join("; ", problems));
    }

    /**
     * Every installed model, one per id (its preferred precision), in catalog order: the first is what a command
     * with no {@code --model} should use, and an empty list means "no model installed".
     */
    public List<InstalledModel> installed() {
        List<InstalledModel> all = new ArrayList<>();
        for (CatalogModel m : catalog.models()) {
            find(m.id()).ifPresent(all::add);
        }
        return all;
    }

    /** Installed precisions of one model, in {@link Precision#PREFERENCE} order. */
    public List<InstalledModel> installed(String id) {
        List<InstalledModel> all = new ArrayList<>();
        for (Precision p : Precision.PREFERENCE) {
            find(id, p).ifPresent(all::add);
        }
        return all;
    }

    /** One row per installed (model, precision), and one row for each catalog model not installed. */
    public List<ModelStatus> list() {
        List<ModelStatus> rows = new ArrayList<>();
        for (CatalogModel m : catalog.models()) {
            List<InstalledModel> all = installed(m.id());
            if (all.isEmpty()) {
                Precision p = catalog.defaultPrecision();
                Long approx = m.approxSizeKnown(p) ? m.approxSize(p) : null;
                rows.add(new ModelStatus(m.id(), false, p.id(), null, approx));
            }
            for (InstalledModel im : all) {
                rows.add(new ModelStatus(m.id(), true, im.precision().id(), im.dir().toString(), im.sizeBytes()));
            }
        }
        return rows;
    }

    /**
     * Downloads a catalog model in one precision (a no-op when it is already installed). Interruptible: the
     * thread's interrupt stops it with {@link InterruptedException}, and a later pull resumes.
     */
    public InstalledModel pull(String id, Precision precision, ProgressListener listener)
            throws ModelException, InterruptedException {
        CatalogModel model = requireCatalog(id);
        if (!model.supports(precision)) {
            throw new ModelException(id + " has no " + precision + " export");
        }
        Optional<InstalledModel> existing = find(id, precision);
        if (existing.isPresent()) {
            return existing.get();
        }
        return new ModelPuller(this, new HubClient(hub)).pull(model, precision, listener);
    }

    /** Imports a folder the user already has; see {@link ImportOptions}. */
    public InstalledModel importFolder(Path source, ImportOptions options) throws ModelException {
        return new ModelImporter(this).importFolder(source, options);
    }

    /** Rehashes every file of the installed precisions of a model (or only {@code precision} when not null). */
    public List<VerifyReport> verify(String id, Precision precision) throws ModelException {
        requireCatalog(id);
        List<InstalledModel> targets = precision == null ? installed(id)
                : find(id, precision).map(List::of).orElse(List.of());
        if (targets.isEmpty()) {
            throw new ModelException("model " + id + (precision == null ? "" : " (" + precision + ")")
                    + " is not installed; run: quire models pull " + id);
        }
        List<VerifyReport> reports = new ArrayList<>();
        for (InstalledModel m : targets) {
            reports.add(verifyFolder(m));
        }
        return reports;
    }

    /** Deletes the installed folders of a model (one precision, or all when null) and any partial pull. */
    public List<Path> remove(String id, Precision precision) throws ModelException {
        requireCatalog(id);
        List<Path> removed = new ArrayList<>();
        try {
            for (Precision p : precision == null ? List.of(Precision.values()) : List.of(precision)) {
                Path dir = modelDir(id, p);
                Path staging = stagingDir(id, p);
                if (Files.exists(dir)) {
                    // rename first, so a half-deleted folder never looks installed
                    Path doomed = staging.resolveSibling(p.id() + "-removing");
                    Files.createDirectories(doomed.getParent());
                    Trees.deleteRecursively(doomed);
                    Files.move(dir, doomed, StandardCopyOption.ATOMIC_MOVE);
                    Trees.deleteRecursively(doomed);
                    removed.add(dir);
                }
                Trees.deleteRecursively(staging);
                Files.deleteIfExists(staging.resolveSibling(p.id() + ".lock"));
            }
            deleteIfEmpty(root.resolve(id));
            deleteIfEmpty(root.resolve(".partial").resolve(id));
        } catch (IOException e) {
            throw new ModelException("cannot remove " + id + ": " + e.getMessage(), e);
        }
        return removed;
    }

    Path modelDir(String id, Precision precision) {
        return root.resolve(id).resolve(precision.id());
    }

    Path stagingDir(String id, Precision precision) {
        return root.resolve(".partial").resolve(id).resolve(precision.id());
    }

    /** Renames a complete staging folder (manifest written) into place, replacing an older one. */
    InstalledModel install(Path staging, String id, Precision precision) throws IOException {
        Path target = modelDir(id, precision);
        Files.createDirectories(target.getParent());
        Path old = null;
        if (Files.exists(target)) {
            old = staging.resolveSibling(precision.id() + "-replaced");
            Trees.deleteRecursively(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            Trees.deleteRecursively(old);
        }
        return readInstalled(id, precision, target)
                .orElseThrow(() -> new IOException("installed folder " + target + " has no readable manifest"));
    }

    private CatalogModel requireCatalog(String id) throws ModelException {
        return catalog.find(id).orElseThrow(() -> new ModelException("unknown model id '" + id + "'; known: "
                + String.join(", ", catalog.ids())));
    }

    private Optional<InstalledModel> readInstalled(String id, Precision precision, Path dir) {
        if (!Files.isRegularFile(dir.resolve(Manifest.FILE_NAME))) {
            return Optional.empty();
        }
        try {
            Manifest m = Manifest.read(dir);
            if (!precision.id().equals(m.precision())) {
                return Optional.empty();
            }
            return Optional.of(new InstalledModel(id, precision, dir, m.totalSize(), m.revision()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<InstalledModel> fromFolder(Path dir) {
        Optional<Precision> fromManifest = Optional.empty();
        String manifestId = null;
        if (Files.isRegularFile(dir.resolve(Manifest.FILE_NAME))) {
            try {
                Manifest manifest = Manifest.read(dir);
                fromManifest = Precision.parse(manifest.precision());
                manifestId = manifest.id();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        List<Precision> present = ModelLayout.precisionsIn(dir);
        Precision p = fromManifest.orElse(present.isEmpty() ? null : present.get(0));
        if (p == null || !ModelLayout.genericProblems(dir, p).isEmpty()) {
            return Optional.empty();
        }
        String fallback = manifestId != null ? manifestId
                : dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        String id = ModelLayout.identify(dir, catalog).map(CatalogModel::id).orElse(fallback);
        long size = 0;
        for (String rel : List.of("config.json", "tokenizer.json")) {
            size += sizeOf(dir.resolve(rel));
        }
        for (String g : CatalogModel.GRAPHS) {
            size += sizeOf(dir.resolve(p.graphPath(g))) + sizeOf(dir.resolve(p.graphPath(g) + "_data"));
        }
        return Optional.of(new InstalledModel(id, p, dir.toAbsolutePath(), size, null));
    }

    private VerifyReport verifyFolder(InstalledModel m) throws ModelException {
        try {
            Manifest manifest = Manifest.read(m.dir());
            List<VerifyReport.FileCheck> checks = new ArrayList<>();
            for (Manifest.Entry e : manifest.files()) {
                Path f = m.dir().resolve(e.path());
                if (!Files.isRegularFile(f)) {
                    checks.add(new VerifyReport.FileCheck(e.path(), VerifyReport.Status.MISSING, "missing"));
                } else if (Files.size(f) != e.size()) {
                    checks.add(new VerifyReport.FileCheck(e.path(), VerifyReport.Status.SIZE_MISMATCH,
                            Files.size(f) + " bytes instead of " + e.size()));
                } else {
                    String sha = Digests.sha256(f);
                    checks.add(sha.equalsIgnoreCase(e.sha256())
                            ? new VerifyReport.FileCheck(e.path(), VerifyReport.Status.OK, sha)
                            : new VerifyReport.FileCheck(e.path(), VerifyReport.Status.HASH_MISMATCH,
                                    "SHA-256 " + sha + " instead of " + e.sha256()));
                }
            }
            return new VerifyReport(m.id(), m.precision().id(), m.dir(), checks);
        } catch (IOException e) {
            throw new ModelException("cannot verify " + m.dir() + ": " + e.getMessage(), e);
        }
    }

    private static Path asDirectory(String s) {
        try {
            Path p = Path.of(s);
            return Files.isDirectory(p) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                if (s.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            }
        }
    }
}
