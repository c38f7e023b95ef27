package quire.models.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 that serves files in the hub's URL layout: {@code /<repo>/resolve/<rev>/<path>}.
 * Large files (.onnx, .onnx_data) behave like LFS files: a 302 to {@code /lfs/<sha256>} carrying
 * {@code X-Linked-Etag} (the SHA-256) and {@code X-Linked-Size}; small files answer 200 with the git blob id as
 * {@code ETag}. Byte ranges are honoured. Faults can be injected per file: drop the connection after some bytes,
 * stall, corrupt the bytes, answer a status, or advertise another size.
 */
public final class FakeHub implements AutoCloseable {

    public static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    /** One request as the server saw it. */
    public record Request(String method, String path, String range, String host, String authorization) {
    }

    private static final class Entry {
        final byte[] content;
        final boolean lfs;
        final String sha256;
        volatile byte[] served;
        volatile long advertisedSize = -1;
        volatile int status;
        volatile int statusTimes = Integer.MAX_VALUE;
        volatile long dropAfter = -1;
        volatile int drops;
        volatile boolean stall;

        Entry(byte[] content, boolean lfs) {
            this.content = content;
            this.served = content;
            this.lfs = lfs;
            this.sha256 = sha256(content);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Entry> byResolvePath = new ConcurrentHashMap<>();
    private final Map<String, Entry> bySha = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public FakeHub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Serves {@code content} at {@code /<repo>/resolve/<revision>/<path>}. */
    public FakeHub put(String repo, String revision, String path, byte[] content) {
        boolean lfs = path.endsWith(".onnx") || path.endsWith(".onnx_data");
        Entry e = new Entry(content, lfs);
        byResolvePath.put(key(repo, revision, path), e);
        bySha.put(e.sha256, e);
        return this;
    }

    /** Serves different bytes than the advertised hash describes. */
    public void corrupt(String repo, String revision, String path) {
        Entry e = entry(repo, revision, path);
        byte[] bad = e.content.clone();
        bad[bad.length / 2] ^= 0x5a;
        e.served = bad;
    }

    /** The next {@code times} downloads of the file stop after {@code bytes} bytes: the connection is closed. */
    public void dropAfter(String repo, String revision, String path, long bytes, int times) {
        Entry e = entry(repo, revision, path);
        e.dropAfter = bytes;
        e.drops = times;
    }

    /** Downloads of the file send their headers and a few bytes, then nothing. */
    public void stall(String repo, String revision, String path) {
        entry(repo, revision, path).stall = true;
    }

    /** The resolve URL answers this HTTP status. */
    public void status(String repo, String revision, String path, int status) {
        entry(repo, revision, path).status = status;
    }

    /** The resolve URL answers this HTTP status {@code times} times, then serves the file again. */
    public void status(String repo, String revision, String path, int status, int times) {
        Entry e = entry(repo, revision, path);
        e.statusTimes = times;
        e.status = status;
    }

    /** The hub claims this size ({@code X-Linked-Size}) for the file. */
    public void advertiseSize(String repo, String revision, String path, long size) {
        entry(repo, revision, path).advertisedSize = size;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Entry entry(String repo, String revision, String path) {
        Entry e = byResolvePath.get(key(repo, revision, path));
        if (e == null) {
            throw new IllegalArgumentException("not served: " + path);
        }
        return e;
    }

    private static String key(String repo, String revision, String path) {
        return "/" + repo + "/resolve/" + revision + "/" + path;
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        requests.add(new Request(method, path, ex.getRequestHeaders().getFirst("Range"),
                ex.getRequestHeaders().getFirst("Host"), ex.getRequestHeaders().getFirst("Authorization")));
        try (ex) {
            if (path.startsWith("/lfs/")) {
                Entry e = bySha.get(path.substring(5));
                if (e == null) {
                    empty(ex, 404);
                } else {
                    serveBytes(ex, e, method);
                }
                return;
            }
            Entry e = byResolvePath.get(path);
            if (e == null) {
                empty(ex, 404);
                return;
            }
            if (e.status != 0 && e.statusTimes > 0) {
                e.statusTimes--;
                empty(ex, e.status);
                return;
            }
            ex.getResponseHeaders().set("X-Repo-Commit", COMMIT);
            if (e.lfs) {
                // an absolute address on 127.0.0.1, like the hub sending LFS files to another (storage) host
                ex.getResponseHeaders().set("Location", base() + "/lfs/" + e.sha256);
                ex.getResponseHeaders().set("X-Linked-Etag", "\"" + e.sha256 + "\"");
                ex.getResponseHeaders().set("X-Linked-Size",
                        Long.toString(e.advertisedSize >= 0 ? e.advertisedSize : e.content.length));
                empty(ex, 302);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"" + gitBlobSha1(e.content) + "\"");
            serveBytes(ex, e, method);
        }
    }

    private void serveBytes(HttpExchange ex, Entry e, String method) throws IOException {
        byte[] body = e.served;
        long start = 0;
        String range = ex.getRequestHeaders().getFirst("Range");
        if (range != null && range.startsWith("bytes=") && range.endsWith("-")) {
            start = Long.parseLong(range.substring(6, range.length() - 1));
            if (start >= body.length) {
                ex.getResponseHeaders().set("Content-Range", "bytes */" + body.length);
                empty(ex, 416);
                return;
            }
            ex.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + (body.length - 1) + "/"
                    + body.length);
        }
        int status = range != null ? 206 : 200;
        long length = body.length - start;
        ex.getResponseHeaders().set("Accept-Ranges", "bytes");
        if ("HEAD".equals(method)) {
            ex.getResponseHeaders().set("Content-Length", Long.toString(length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, length);
        OutputStream out = ex.getResponseBody();
        long limit = length;
        if (e.drops > 0 && e.dropAfter >= 0) {
            e.drops--;
            limit = Math.min(length, e.dropAfter);
        } else if (e.stall) {
            limit = Math.min(length, 16);
        }
        out.write(body, (int) start, (int) limit);
        out.flush();
        if (e.stall) {
            sleepUntilClosed();
        }
        if (limit < length) {
            // a handler that throws makes the JDK server close the connection: the body ends mid-file
            throw new IOException("connection dropped on purpose");
        }
    }

    private static void sleepUntilClosed() {
        try {
            Thread.sleep(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void empty(HttpExchange ex, int status) throws IOException {
        ex.sendResponseHeaders(status, -1);
    }

    private static String gitBlobSha1(byte[] content) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            md.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(md.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
