package quire.models.download;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
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

    /** HEAD on the resolve URL: size, hash and commit as the hub reports them; transient failures are retried. */
    public RemoteFile probe(FileRequest request) throws DownloadException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return probeOnce(request);
            } catch (DownloadException e) {
                if (!e.reason().transientFailure() || attempt >= settings.maxAttempts()) {
                    throw e;
                }
                Thread.sleep(settings.backoff().toMillis() << Math.min(attempt - 1, 10));
            }
        }
    }

    private RemoteFile probeOnce(FileRequest request) throws DownloadException, InterruptedException {
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

    /**
     * GET from byte {@code offset} (a Range request when offset &gt; 0), following redirects. {@code bodyFor} makes
     * the subscriber for a 200 or 206 answer; other answers complete with a null body and their status.
     */
    public <T> CompletableFuture<HttpResponse<T>> getAsync(FileRequest request, long offset,
            Function<HttpResponse.ResponseInfo, HttpResponse.BodySubscriber<T>> bodyFor) {
        return getAsync(request, settings.resolveUri(request.repo(), request.revision(), request.path()), offset,
                bodyFor, 0);
    }

    private <T> CompletableFuture<HttpResponse<T>> getAsync(FileRequest request, URI uri, long offset,
            Function<HttpResponse.ResponseInfo, HttpResponse.BodySubscriber<T>> bodyFor, int hop) {
        HttpRequest.Builder b = builder(uri).GET();
        if (offset > 0) {
            b.header("Range", "bytes=" + offset + "-");
        }
        HttpResponse.BodyHandler<T> handler = info -> info.statusCode() == 200 || info.statusCode() == 206
                ? bodyFor.apply(info) : HttpResponse.BodySubscribers.replacing(null);
        return http.sendAsync(b.build(), handler).thenCompose(r -> {
            if (isRedirect(r.statusCode()) && hop < MAX_REDIRECTS) {
                try {
                    return getAsync(request, location(uri, r.headers(), request), offset, bodyFor, hop + 1);
                } catch (DownloadException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }
            return CompletableFuture.completedFuture(r);
        });
    }

    /** Turns the failure of an asynchronous exchange into a one-line {@link DownloadException}. */
    DownloadException failure(Throwable t, FileRequest request) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof DownloadException d) {
            return d;
        }
        String m = String.valueOf(c.getMessage());
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("no space") || lower.contains("disk full") || lower.contains("quota")) {
            return new DownloadException(Reason.DISK_SPACE, "disk full while writing " + request.path()
                    + ": free some space, then pull again (the download resumes)", c);
        }
        if (c instanceof FileSystemException) {
            return new DownloadException(Reason.IO, "cannot write " + request.path() + ": " + m, c);
        }
        if (c instanceof HttpConnectTimeoutException) {
            return new DownloadException(Reason.TIMEOUT, "connecting to the hub timed out after "
                    + seconds(settings.connectTimeout().toMillis()), c);
        }
        if (c instanceof HttpTimeoutException) {
            return new DownloadException(Reason.TIMEOUT, "the hub did not answer within "
                    + seconds(settings.stallTimeout().toMillis()) + " for " + request.describe(), c);
        }
        if (c instanceof ConnectException) {
            return new DownloadException(Reason.UNREACHABLE, "cannot connect to the hub (offline? set QUIRE_HUB_URL to "
                    + "use a mirror, or import a folder you have)", c);
        }
        return new DownloadException(Reason.NETWORK, "connection lost during " + request.describe() + ": " + m, c);
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
            throw new DownloadException(Reason.UNREACHABLE, "cannot connect to " + req.uri().getAuthority()
                    + " (offline? set QUIRE_HUB_URL to use a mirror, or import a folder you have)", e);
        } catch (IOException e) {
            throw new DownloadException(Reason.NETWORK, "network error fetching " + request.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    static void check(int status, FileRequest request) throws DownloadException {
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

    /** The first byte of a 206 answer ({@code Content-Range: bytes 100-999/1000}), or -1 when unreadable. */
    static long rangeStart(HttpHeaders h) {
        String cr = h.firstValue("Content-Range").orElse("");
        try {
            String spec = cr.substring(cr.indexOf(' ') + 1);
            return Long.parseLong(spec.substring(0, spec.indexOf('-')).strip());
        } catch (RuntimeException e) {
            return -1;
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
}
