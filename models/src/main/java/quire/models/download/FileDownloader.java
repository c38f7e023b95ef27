package quire.models.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
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
        long[] reported = {0};
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

    private void transfer(RemoteFile remote, Path part, TransferListener onBytes, long[] reported)
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
        HubClient.Opened opened = client.open(req, have);
        if (opened.status() == 416) {
            // the server cannot serve from here: the part is useless, start over on the next try
            delete(part);
            report(onBytes, reported, 0, false);
            throw new DownloadException(Reason.NETWORK, "the hub refused to resume " + req.describe());
        }
        boolean append = opened.status() == 206 && opened.rangeStart() == have;
        if (have > 0 && !append) {
            LOG.info("the hub did not resume {}; downloading it again from the start", req.describe());
            have = 0;
            report(onBytes, reported, 0, false);
        }
        if (have > 0) {
            LOG.info("resuming {} at byte {}", req.describe(), have);
        }
        long expectedEnd = opened.contentLength() >= 0 ? have + opened.contentLength() : remote.size();
        long written = have;
        try (InputStream in = opened.body();
             FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
             StallGuard guard = new StallGuard(client.settings().stallTimeout())) {
            byte[] buf = new byte[1 << 16];
            try {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    guard.progressed();
                    writeFully(out, buf, n, req);
                    written += n;
                    report(onBytes, reported, written, true);
                }
            } catch (IOException e) {
                if (guard.stalled()) {
                    throw stall(req, client.settings(), e);
                }
                if (Thread.currentThread().isInterrupted() || e instanceof InterruptedIOException
                        || e instanceof ClosedByInterruptException) {
                    InterruptedException ie = new InterruptedException("download of " + req.describe()
                            + " cancelled; the partial file stays for the next pull");
                    ie.initCause(e);
                    throw ie;
                }
                throw new DownloadException(Reason.NETWORK, "connection lost during " + req.describe() + " at byte "
                        + written + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new DownloadException(Reason.IO, "cannot write " + part + ": " + e.getMessage(), e);
        }
        if (expectedEnd >= 0 && written < expectedEnd) {
            throw new DownloadException(Reason.NETWORK, "connection closed early during " + req.describe()
                    + " (" + written + " of " + expectedEnd + " bytes)");
        }
    }

    private Result verifyAndMove(RemoteFile remote, Path part, Path target, TransferListener onBytes, long[] reported)
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

    private static void writeFully(FileChannel out, byte[] buf, int n, FileRequest req) throws IOException,
            DownloadException {
        ByteBuffer bb = ByteBuffer.wrap(buf, 0, n);
        try {
            while (bb.hasRemaining()) {
                out.write(bb);
            }
        } catch (ClosedByInterruptException e) {
            throw e;
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space") || m.contains("disk full") || m.contains("quota")) {
                throw new DownloadException(Reason.DISK_SPACE, "disk full while writing " + req.path()
                        + ": free some space, then pull again (the download resumes)", e);
            }
            throw e;
        }
    }

    private static DownloadException stall(FileRequest req, HubSettings s, Exception e) {
        return new DownloadException(Reason.TIMEOUT, "download of " + req.describe() + " stalled: no data for "
                + HubClient.seconds(s.stallTimeout().toMillis()), e);
    }

    private static void report(TransferListener onBytes, long[] reported, long nowOnDisk, boolean network) {
        long delta = nowOnDisk - reported[0];
        if (delta != 0) {
            reported[0] = nowOnDisk;
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
