package quire.models.download;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Where the model hub is and how patiently to talk to it.
 *
 * @param baseUri        the hub, e.g. {@value #DEFAULT_BASE}; files are at {@code <base>/<repo>/resolve/<revision>/<path>}
 * @param token          bearer token for private or gated repositories, or null
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param stallTimeout   how long to wait for response headers or for the next bytes of a body
 * @param maxAttempts    tries per file for transient failures (dropped connections, timeouts, 5xx, 429)
 * @param backoff        delay before the second try; doubled for each further try
 */
public record HubSettings(URI baseUri, String token, Duration connectTimeout, Duration stallTimeout,
                          int maxAttempts, Duration backoff) {

    /** The public hub: the one place its address is written. */
    public static final String DEFAULT_BASE = "https://huggingface.co";

    public HubSettings {
        String s = baseUri.toString();
        if (s.endsWith("/")) {
            baseUri = URI.create(s.substring(0, s.length() - 1));
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static HubSettings defaults() {
        return new HubSettings(URI.create(DEFAULT_BASE), null, Duration.ofSeconds(15), Duration.ofSeconds(30), 5,
                Duration.ofSeconds(1));
    }

    /**
     * From the system property {@code quire.hub} or the environment variable {@code QUIRE_HUB_URL} (in that order),
     * the token from {@code QUIRE_HUB_TOKEN} or {@code HF_TOKEN}, and the stall timeout in seconds from
     * {@code quire.hub.timeout}.
     */
    public static HubSettings fromEnvironment(Map<String, String> env, Properties props) {
        HubSettings d = defaults();
        String base = firstNonBlank(props.getProperty("quire.hub"), env.get("QUIRE_HUB_URL"), DEFAULT_BASE);
        String token = firstNonBlank(env.get("QUIRE_HUB_TOKEN"), env.get("HF_TOKEN"), null);
        Duration stall = d.stallTimeout();
        String t = props.getProperty("quire.hub.timeout");
        if (t != null && !t.isBlank()) {
            stall = Duration.ofMillis((long) (Double.parseDouble(t.strip()) * 1000));
        }
        return new HubSettings(URI.create(base.strip()), token, d.connectTimeout(), stall, d.maxAttempts(),
                d.backoff());
    }

    public static HubSettings fromEnvironment() {
        return fromEnvironment(System.getenv(), System.getProperties());
    }

    public HubSettings withTimeouts(Duration connect, Duration stall) {
        return new HubSettings(baseUri, token, connect, stall, maxAttempts, backoff);
    }

    public HubSettings withRetries(int attempts, Duration firstBackoff) {
        return new HubSettings(baseUri, token, connectTimeout, stallTimeout, attempts, firstBackoff);
    }

    /** The resolve URL of one file. */
    public URI resolveUri(String repo, String revision, String path) {
        return URI.create(baseUri + "/" + repo + "/resolve/" + revision + "/" + path);
    }

    private static String firstNonBlank(String a, String b, String c) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        if (b != null && !b.isBlank()) {
            return b;
        }
        return c;
    }
}
