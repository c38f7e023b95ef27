package quire.models.download;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Objects;
import quire.models.download.DownloadException.Reason;

/**
 * HTTP against the hub's file layout ({@code <base>/<repo>/resolve/<revision>/<path>}). Redirects are followed by
 * hand so the {@code X-Linked-*} headers of the first answer can be read and the token never leaves the hub's host.
 */
public final class HubClient {

    private static final int MAX_REDIRECTS = 8;

    private final HubSettings settings;
    private final HttpClient http;

    public HubClient(HubSettings settings) {
        this.settings = Objects.requireNonNull(settings);
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public HubSettings settings() {
        return settings;
    }

    /** An open GET: {@code status} 200 (whole file) or 206 (from {@code rangeStart}); the caller closes the body. */
    public record Opened(int status, long rangeStart, long contentLength, InputStream body) {
    }

    /** HEAD on the resolve URL: size, hash and commit as the hub reports them. */
    public RemoteFile probe(FileRequest request) throws DownloadException, InterruptedException {
        URI uri = settings.resolveUri(request.repo(), request.revision(), request.path());
        String sha256 = null;
        String gitSha1 = null;
        String commit = null;
        long size = -1;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<Void> r = send(request, builder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.discarding());
            HttpHeaders h = r.headers();
            commit = commit != null ? commit : h.firstValue("X-Repo-Commit").orElse(null);
            if (sha256 == null) {
                String linked = unquote(h.firstValue("X-Linked-Etag").orElse(null));
                if (Digests.isHex(linked, 64)) {
                    sha256 = linked.toLowerCase(Locale.ROOT);
                }
            }
            if (size < 0) {
                size = h.firstValueAsLong("X-Linked-Size").orElse(-1);
            }
            if (isRedirect(r.statusCode())) {
                uri = location(uri, h, request);
                continue;
            }
            check(r.statusCode(), request);
            String etag = unquote(h.firstValue("ETag").orElse(null));
            if (sha256 == null && Digests.isHex(etag, 64)) {
                sha256 = etag.toLowerCase(Locale.ROOT);
            } else if (sha256 == null && Digests.isHex(etag, 40)) {
                gitSha1 = etag.toLowerCase(Locale.ROOT);
            }
            if (size < 0) {
                size = h.firstValueAsLong("Content-Length").orElse(-1);
            }
            return new RemoteFile(request, size, sha256, gitSha1, commit);
        }
        throw new DownloadException(Reason.HTTP, "too many redirects for " + request.describe());
    }

    /** GET from byte {@code offset} (a Range request when offset &gt; 0). A 416 answer is returned, not thrown. */
    public Opened open(FileRequest request, long offset) throws DownloadException, InterruptedException {
        URI uri = settings.resolveUri(request.repo(), request.revision(), request.path());
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest.Builder b = builder(uri).GET();
            if (offset > 0) {
                b.header("Range", "bytes=" + offset + "-");
            }
            HttpResponse<InputStream> r = send(request, b.build(), HttpResponse.BodyHandlers.ofInputStream());
            int status = r.statusCode();
            if (isRedirect(status)) {
                closeQuietly(r.body());
                uri = location(uri, r.headers(), request);
                continue;
            }
            if (status == 416) {
                closeQuietly(r.body());
                return new Opened(416, offset, 0, InputStream.nullInputStream());
            }
            if (status != 200 && status != 206) {
                closeQuietly(r.body());
                check(status, request);
            }
            long length = r.headers().firstValueAsLong("Content-Length").orElse(-1);
            long start = status == 206 ? rangeStart(r.headers(), request) : 0;
            return new Opened(status, start, length, r.body());
        }
        throw new DownloadException(Reason.HTTP, "too many redirects for " + request.describe());
    }

    private HttpRequest.Builder builder(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.stallTimeout())
                .header("User-Agent", "quire-models/1");
        // the token is for the hub only, never for the storage host a file redirects to
        if (settings.token() != null && Objects.equals(uri.getHost(), settings.baseUri().getHost())) {
            b.header("Authorization", "Bearer " + settings.token());
        }
        return b;
    }

    private <T> HttpResponse<T> send(FileRequest request, HttpRequest req, HttpResponse.BodyHandler<T> handler)
            throws DownloadException, InterruptedException {
        try {
            return http.send(req, handler);
        } catch (HttpConnectTimeoutException e) {
            throw new DownloadException(Reason.TIMEOUT, "connecting to " + req.uri().getHost() + " timed out after "
                    + settings.connectTimeout().toSeconds() + " s", e);
        } catch (HttpTimeoutException e) {
            throw new DownloadException(Reason.TIMEOUT, "the hub did not answer within "
                    + seconds(settings.stallTimeout().toMillis()) + " for " + request.describe(), e);
        } catch (ConnectException e) {
            throw new DownloadException(Reason.NETWORK, "cannot connect to " + req.uri().getHost()
                    + ": " + e.getMessage() + " (offline? set QUIRE_HUB_URL to use a mirror)", e);
        } catch (IOException e) {
            throw new DownloadException(Reason.NETWORK, "network error fetching " + request.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void check(int status, FileRequest request) throws DownloadException {
        if (status == 200 || status == 206) {
            return;
        }
        if (status == 404) {
            throw new DownloadException(Reason.NOT_FOUND, "not found on the hub (HTTP 404): " + request.describe());
        }
        if (status == 401 || status == 403) {
            throw new DownloadException(Reason.UNAUTHORIZED, "the hub refused " + request.describe() + " (HTTP "
                    + status + "): the repository does not exist, is private or gated; set QUIRE_HUB_TOKEN if you "
                    + "have access");
        }
        if (status == 429 || status >= 500) {
            throw new DownloadException(Reason.SERVER, "the hub answered HTTP " + status + " for "
                    + request.describe() + "; try again later");
        }
        throw new DownloadException(Reason.HTTP, "unexpected HTTP " + status + " for " + request.describe());
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI location(URI from, HttpHeaders h, FileRequest request) throws DownloadException {
        String loc = h.firstValue("Location").orElseThrow(() -> new DownloadException(Reason.HTTP,
                "redirect without Location for " + request.describe()));
        return from.resolve(loc);
    }

    private static long rangeStart(HttpHeaders h, FileRequest request) throws DownloadException {
        // Content-Range: bytes 100-999/1000
        String cr = h.firstValue("Content-Range").orElse("");
        try {
            String spec = cr.substring(cr.indexOf(' ') + 1);
            return Long.parseLong(spec.substring(0, spec.indexOf('-')).strip());
        } catch (RuntimeException e) {
            throw new DownloadException(Reason.HTTP, "bad Content-Range '" + cr + "' for " + request.describe());
        }
    }

    private static String unquote(String etag) {
        if (etag == null) {
            return null;
        }
        String s = etag.strip();
        if (s.startsWith("W/")) {
            s = s.substring(2);
        }
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    static String seconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the connection is dropped anyway
        }
    }
}
