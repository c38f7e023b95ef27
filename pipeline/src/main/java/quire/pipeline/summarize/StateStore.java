package quire.pipeline.summarize;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finished documents keyed by content hash, one JSON file each in {@code <report>.quire-state/}, so a re-run skips
 * unchanged files and a cancelled run continues. The key also covers the settings that change a summary (engine,
 * thumbnails), so changing them redoes the work. Each entry is written atomically when its document finishes.
 */
public final class StateStore {

    private static final Logger LOG = LoggerFactory.getLogger(StateStore.class);
    /** Bump when DocSummary or the summariser changes in ways that make old entries wrong. */
    static final int VERSION = 1;

    private final Path dir;
    private final String settings;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private volatile boolean writeWarned;

    private StateStore(Path dir, String settings) {
        this.dir = dir;
        this.settings = settings;
    }

    public static Path dirFor(Path report) {
        return report.resolveSibling(report.getFileName() + ".quire-state");
    }

    /** Opens (creating) the state folder beside the report; fails when that place is not writable. */
    public static StateStore open(Path report, String settings) throws ReportException {
        Path dir = dirFor(report.toAbsolutePath());
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".probe", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new ReportException("cannot write beside the report " + report + " (" + e.getMessage()
                    + "); choose an --out path in a writable folder with free space", e);
        }
        return new StateStore(dir, settings);
    }

    public Path dir() {
        return dir;
    }

    public Optional<DocSummary> load(String sha256) {
        Path f = file(sha256);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            Entry e = json.readValue(f.toFile(), Entry.class);
            if (e.version() != VERSION || !settings.equals(e.settings()) || e.summary() == null) {
                return Optional.empty();
            }
            return Optional.of(e.summary());
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring unreadable state entry {}: {}", f, e.getMessage());
            return Optional.empty();
        }
    }

    /** Saves a finished document; a failure to write (disk full) is logged once and the batch goes on. */
    public boolean save(DocSummary summary) {
        try {
            AtomicFiles.write(file(summary.sha256()), json.writeValueAsBytes(new Entry(VERSION, settings, summary)));
            return true;
        } catch (IOException e) {
            if (!writeWarned) {
                writeWarned = true;
                LOG.warn("cannot save progress in {} ({}); a re-run will redo these files", dir, e.getMessage());
            }
            return false;
        }
    }

    /** A document's thumbnails: its own, or (when the batch dropped them from memory) its state entry's. */
    public java.util.List<Thumbnail> thumbnails(DocSummary d) {
        if (!d.thumbnails().isEmpty() || !d.ok()) {
            return d.thumbnails();
        }
        return load(d.sha256()).map(DocSummary::thumbnails).orElse(java.util.List.of());
    }

    private Path file(String sha256) {
        return dir.resolve(sha256 + ".json");
    }

    record Entry(int version, String settings, DocSummary summary) {
    }
}
