package quire.app.viewer.service;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings and recent files in the user's config directory: {@code settings.properties} and
 * {@code recent-files.txt} under system property {@code quire.config}, else {@code $XDG_CONFIG_HOME/quire},
 * else {@code ~/.config/quire}. Unreadable or unknown values fall back to the defaults.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    public static final int MAX_RECENT = 10;

    private final Path dir;

    public SettingsStore(Path dir) {
        this.dir = dir;
    }

    /** The store at the standard place (see the class comment). */
    public static SettingsStore standard() {
        String override = System.getProperty("quire.config");
        if (override != null && !override.isBlank()) {
            return new SettingsStore(Path.of(override));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new SettingsStore(base.resolve("quire"));
    }

    public Path directory() {
        return dir;
    }

    public Settings load() {
        Path file = dir.resolve("settings.properties");
        Settings d = Settings.defaults();
        if (!Files.isRegularFile(file)) {
            return d;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            LOG.warn("cannot read {}; using default settings", file, e);
            return d;
        }
        return new Settings(
                parse(p.getProperty("theme"), Settings.Theme.class, d.theme()),
                parse(p.getProperty("provider"), Settings.Provider.class, d.provider()),
                parse(p.getProperty("ocr.engine"), Settings.OcrEngine.class, d.ocrEngine()),
                Boolean.parseBoolean(p.getProperty("debug.router-regions", "false")));
    }

    public void save(Settings s) throws IOException {
        Properties p = new Properties();
        p.setProperty("theme", s.theme().name().toLowerCase(Locale.ROOT));
        p.setProperty("provider", s.provider().name().toLowerCase(Locale.ROOT));
        p.setProperty("ocr.engine", s.ocrEngine().name().toLowerCase(Locale.ROOT));
        p.setProperty("debug.router-regions", Boolean.toString(s.showRouterRegions()));
        Files.createDirectories(dir);
        Path tmp = dir.resolve("settings.properties.tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Quire viewer settings");
        }
        Files.move(tmp, dir.resolve("settings.properties"), StandardCopyOption.REPLACE_EXISTING);
    }

    public List<Path> loadRecent() {
        Path file = dir.resolve("recent-files.txt");
        List<Path> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && out.size() < MAX_RECENT) {
                    out.add(Path.of(line.strip()));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read {}; starting with no recent files", file, e);
        }
        return out;
    }

    public void saveRecent(List<Path> recent) throws IOException {
        Files.createDirectories(dir);
        List<String> lines = recent.stream().limit(MAX_RECENT).map(Path::toString).toList();
        Files.write(dir.resolve("recent-files.txt"), lines, StandardCharsets.UTF_8);
    }

    private static <E extends Enum<E>> E parse(String value, Class<E> type, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.warn("unknown {} '{}' in settings; using {}", type.getSimpleName(), value, fallback);
            return fallback;
        }
    }
}
