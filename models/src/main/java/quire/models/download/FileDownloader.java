package quire.models.download;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.models.download.DownloadException.Reason;

/**
 * Downloads one file into {@code <target>.part}, resuming with an HTTP Range request after a dropped connection,
 * retrying transient failures with exponential backoff, then checks its hash and moves it to {@code target}.
 * The .part file survives interrupts and crashes: the next call resumes it.
 */
public final class FileDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(FileDownloader.class);

    private final HubClient client;

    public FileDownloader(HubClient client) {
        this.client = client;
    }

    /** A verified file. {@code verifiedBy} says which hash was checked: "sha256", "git-sha1" or "none". */
    public record Result(Path path, long size, String sha256, String verifiedBy) {
    }

    /**
     * Downloads {@code remote} to {@code target}.
     *
     * @param onBytes receives changes of the bytes on disk for this file (negative when a bad part is dropped)
     */
    public Result download(RemoteFile remote, Path target, TransferListener onBytes)
            throws DownloadException, InterruptedException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        AtomicLong reported = new AtomicLong();
        HubSettings s = client.settings();
        for (int attempt = 1; ; attempt++) {
            checkInterrupt();
            try {
                transfer(remote, part, onBytes, reported);
                break;
            } catch (DownloadException e) {
                if (!e.reason().transientFailure() || attempt >= s.maxAttempts()) {
                    throw e;
                }
                long wait = s.backoff().toMillis() << Math.min(attempt - 1, 10);
                LOG.info("{} (try {} of {}); retrying in {} ms", e.getMessage(), attempt, s.maxAttempts(), wait);
                Thread.sleep(wait);
            }
        }
        return verifyAndMove(remote, part, target, onBytes, reported);
    }

    private void transfer(RemoteFile remote, Path part, TransferListener onBytes, AtomicLong reported)
            throws DownloadException, InterruptedException {
        FileRequest req = remote.request();
        long have = sizeOrZero(part);
        if (remote.size() >= 0 && have > remote.size()) {
            delete(part);
            have = 0;
        }
        report(onBytes, reported, have, false);
        if (remote.size() >= 0 && have == remote.size()) {
            return; // complete from an earlier run
        }
        if (have > 0) {
            LOG.info("resuming {} at byte {}", req.describe(), have);
        }
        final long offset = have;
        AtomicReference<PartWriter> writer = new AtomicReference<>();
        CompletableFuture<HttpResponse<Long>> exchange = client.getAsync(req, offset, info -> {
            boolean resume = offset > 0 && info.statusCode() == 206 && rangeStart(info) == offset;
            if (offset > 0 && !resume) {
                LOG.info("the hub did not resume {}; downloading it again from the start", req.describe());
            }
            long[] onDisk = {resume ? offset : 0};
            report(onBytes, reported, onDisk[0], false);
            PartWriter w = new PartWriter(part, resume, n -> {
                onDisk[0] += n;
                report(onBytes, reported, onDisk[0], true);
            });
            writer.set(w);
            return w;
        });
        HttpResponse<Long> response = await(exchange, writer, req);
        int status = response.statusCode();
        if (status == 416) {
            // the server cannot serve from here: the part is useless, start over on the next try
            delete(part);
            report(onBytes, reported, 0, false);
            throw new DownloadException(Reason.NETWORK, "the hub refused to resume " + req.describe());
        }
        HubClient.check(status, req);
        long length = response.body() == null ? sizeOrZero(part) : response.body();
        if (remote.size() >= 0 && length < remote.size()) {
            throw new DownloadException(Reason.NETWORK, "connection closed early during " + req.describe()
                    + " (" + length + " of " + remote.size() + " bytes)");
        }
    }

    /** Waits for the exchange, interruptibly, giving up when no bytes arrived for the stall timeout. */
    private HttpResponse<Long> await(CompletableFuture<HttpResponse<Long>> exchange,
            AtomicReference<PartWriter> writer, FileRequest req) throws DownloadException, InterruptedException {
        long stallNanos = client.settings().stallTimeout().toNanos();
        long poll = Math.max(10, client.settings().stallTimeout().toMillis() / 4);
        long started = System.nanoTime();
        while (true) {
            try {
                return exchange.get(poll, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                PartWriter w = writer.get();
                long last = w == null ? started : Math.max(started, w.lastProgressNanos());
                if (System.nanoTime() - last > stallNanos) {
                    stop(exchange, w);
                    throw new DownloadException(Reason.TIMEOUT, "download of " + req.describe() + " stalled: no data "
                            + "for " + HubClient.seconds(client.settings().stallTimeout().toMillis()), e);
                }
            } catch (InterruptedException e) {
                stop(exchange, writer.get());
                InterruptedException ie = new InterruptedException("download of " + req.describe()
                        + " cancelled; the partial file stays for the next pull");
                ie.initCause(e);
                throw ie;
            } catch (ExecutionException e) {
                throw client.failure(e, req);
            }
        }
    }

    private static void stop(CompletableFuture<?> exchange, PartWriter w) {
        if (w != null) {
            w.abort();
        }
        exchange.cancel(true);
    }

    private static long rangeStart(HttpResponse.ResponseInfo info) {
        return HubClient.rangeStart(info.headers());
    }

    private Result verifyAndMove(RemoteFile remote, Path part, Path target, TransferListener onBytes,
            AtomicLong reported)
            throws DownloadException {
        FileRequest req = remote.request();
        try {
            long size = Files.size(part);
            String sha256 = Digests.sha256(part);
            String verifiedBy = "none";
            String expected = remote.expectedSha256();
            String problem = null;
            if (remote.size() >= 0 && size != remote.size()) {
                problem = size + " bytes instead of " + remote.size();
            } else if (expected != null) {
                verifiedBy = "sha256";
                if (!expected.equalsIgnoreCase(sha256)) {
                    problem = "SHA-256 " + sha256 + " instead of " + expected.toLowerCase(Locale.ROOT);
                }
            } else if (remote.gitSha1() != null) {
                verifiedBy = "git-sha1";
                String sha1 = Digests.gitBlobSha1(part);
                if (!remote.gitSha1().equalsIgnoreCase(sha1)) {
                    problem = "git blob id " + sha1 + " instead of " + remote.gitSha1();
                }
            } else {
                LOG.warn("the hub reported no hash for {}; recorded its SHA-256 {} unverified", req.describe(), sha256);
            }
            if (problem != null) {
                delete(part);
                report(onBytes, reported, 0, false);
                throw new DownloadException(Reason.HASH_MISMATCH, "corrupt download of " + req.describe() + ": "
                        + problem + "; the partial file was deleted, pull again");
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Result(target, size, sha256, verifiedBy);
        } catch (IOException e) {
            throw new DownloadException(Reason.IO, "cannot check or move " + part + ": " + e.getMessage(), e);
        }
    }

    private static void report(TransferListener onBytes, AtomicLong reported, long nowOnDisk, boolean network) {
        long delta = nowOnDisk - reported.getAndSet(nowOnDisk);
        if (delta != 0) {
            onBytes.bytes(delta, network);
        }
    }

    private static long sizeOrZero(Path p) throws DownloadException {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            throw new DownloadException(Reason.IO, "cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path p) throws DownloadException {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new DownloadException(Reason.IO, "cannot delete " + p + ": " + e.getMessage(), e);
        }
    }

    private static void checkInterrupt() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("download cancelled");
        }
    }
}
