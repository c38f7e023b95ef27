package quire.models.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where downloaded models live: the system property {@code quire.models}, else the environment variable
 * {@code QUIRE_MODELS}, else the platform's per-user data folder (Linux {@code $XDG_DATA_HOME/quire/models} or
 * {@code ~/.local/share/quire/models}; macOS {@code ~/Library/Application Support/Quire/models}; Windows
 * {@code %LOCALAPPDATA%\Quire\models}).
 */
public final class StoreLocation {

    private StoreLocation() {
    }

    public static Path resolve() {
        return resolve(System.getenv(), System.getProperties());
    }

    public static Path resolve(Map<String, String> env, Properties props) {
        String explicit = props.getProperty("quire.models");
        if (blank(explicit)) {
            explicit = env.get("QUIRE_MODELS");
        }
        if (!blank(explicit)) {
            return Path.of(explicit.strip()).toAbsolutePath();
        }
        return platformDefault(props.getProperty("os.name", ""), props.getProperty("user.home", "."), env);
    }

    /** The per-user folder of an operating system; pure, so it can be tested for every platform anywhere. */
    static Path platformDefault(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = blank(local) ? Path.of(home, "AppData", "Local") : Path.of(local);
            return base.resolve("Quire").resolve("models");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(home, "Library", "Application Support", "Quire", "models");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = blank(xdg) ? Path.of(home, ".local", "share") : Path.of(xdg);
        return base.resolve("quire").resolve("models");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
