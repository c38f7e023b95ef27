package quire.models;

import java.nio.file.Path;

/**
 * Where Quire keeps caches it can rebuild (extracted bundled models, document indexes): the system property
 * {@code quire.cache}, else the environment variable {@code QUIRE_CACHE}, else {@code $XDG_CACHE_HOME/quire},
 * else {@code ~/.cache/quire}.
 */
public final class CacheDirs {

    private CacheDirs() {
    }

    public static Path root() {
        String prop = System.getProperty("quire.cache");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("QUIRE_CACHE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "quire");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "quire");
    }
}
