package quire.models.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.models.ModelException;
import quire.models.catalog.CatalogFile;
import quire.models.catalog.CatalogModel;
import quire.models.catalog.Precision;
import quire.models.download.Digests;
import quire.models.download.DownloadException;
import quire.models.download.DownloadException.Reason;
import quire.models.download.DownloadProgress;
import quire.models.download.FileDownloader;
import quire.models.download.FileRequest;
import quire.models.download.HubClient;
import quire.models.download.ProgressListener;
import quire.models.download.RemoteFile;

/**
 * Pulls one model in one precision: asks the hub for every file's size and hash, checks free space, downloads
 * into a staging folder ({@code <root>/.partial/<id>/<precision>}), and only when every file verified writes the
 * manifest and renames the staging folder into place. A failed or interrupted pull leaves nothing that looks
 * installed; its .part files resume on the next pull.
 */
final class ModelPuller {

    private static final Logger LOG = LoggerFactory.getLogger(ModelPuller.class);
    /** Head-room kept free beyond the bytes still to download. */
    static final long SPACE_MARGIN = 16L << 20;

    private final ModelStore store;
    private final HubClient client;

    ModelPuller(ModelStore store, HubClient client) {
        this.store = store;
        this.client = client;
    }

    InstalledModel pull(CatalogModel model, Precision precision, ProgressListener listener)
            throws ModelException, InterruptedException {
        Path staging = store.stagingDir(model.id(), precision);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new DownloadException(Reason.IO, "cannot create " + staging + ": " + e.getMessage(), e);
        }
        Path lockPath = staging.resolveSibling(staging.getFileName() + ".lock");
        try (FileChannel lockFile = FileChannel.open(lockPath, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(lockFile, model, precision)) {
            InstalledModel installed = pullLocked(model, precision, staging, listener);
            lock.release();
            Files.deleteIfExists(lockPath);
            deleteIfEmpty(staging.getParent());
            deleteIfEmpty(staging.getParent().getParent()); // .partial itself
            return installed;
        } catch (IOException e) {
            throw new DownloadException(Reason.IO, "cannot lock " + staging + ": " + e.getMessage(), e);
        }
    }

    private InstalledModel pullLocked(CatalogModel model, Precision precision, Path staging, ProgressListener listener)
            throws ModelException, InterruptedException, IOException {
        List<RemoteFile> remotes = probeAll(model, precision);
        checkSpace(remotes, staging);

        long total = remotes.stream().mapToLong(RemoteFile::size).allMatch(s -> s >= 0)
                ? remotes.stream().mapToLong(RemoteFile::size).sum() : -1;
        Progress progress = new Progress(total, listener);
        FileDownloader downloader = new FileDownloader(client);
        List<Manifest.Entry> entries = new ArrayList<>();
        String commit = null;
        for (RemoteFile remote : remotes) {
            String path = remote.request().path();
            Path target = staging.resolve(path);
            Files.createDirectories(target.getParent());
            progress.file = path;
            FileDownloader.Result r = reuse(remote, target);
            if (r == null) {
                r = downloader.download(remote, target, progress::bytes);
            } else {
                progress.bytes(r.size(), false);
            }
            LOG.debug("{}: {} bytes, sha256 {} ({} checked)", path, r.size(), r.sha256(), r.verifiedBy());
            entries.add(new Manifest.Entry(path, r.size(), r.sha256()));
            commit = commit != null ? commit : remote.commit();
        }
        String revision = commit != null ? commit : model.revision();
        new Manifest(model.id(), model.repo(), revision, precision.id(), "hub", Instant.now().toString(), entries)
                .write(staging);
        return store.install(staging, model.id(), precision);
    }

    private List<RemoteFile> probeAll(CatalogModel model, Precision precision)
            throws DownloadException, InterruptedException {
        List<RemoteFile> remotes = new ArrayList<>();
        for (CatalogFile f : model.files(precision)) {
            FileRequest req = new FileRequest(model.repo(), model.revision(), f.path(), f.sha256());
            try {
                RemoteFile remote = client.probe(req);
                if (f.sha256() != null && remote.sha256() != null && !f.sha256().equalsIgnoreCase(remote.sha256())) {
                    throw new DownloadException(Reason.HASH_MISMATCH, "the hub serves a different " + f.path()
                            + " than the catalog pins (SHA-256 " + remote.sha256() + ", expected " + f.sha256() + ")");
                }
                remotes.add(remote);
            } catch (DownloadException e) {
                if (f.optional() && e.reason() == Reason.NOT_FOUND) {
                    LOG.debug("optional {} is not on the hub; skipped", f.path());
                    continue;
                }
                throw e;
            }
        }
        return remotes;
    }

    private void checkSpace(List<RemoteFile> remotes, Path staging) throws DownloadException, IOException {
        long needed = 0;
        for (RemoteFile r : remotes) {
            if (r.size() < 0) {
                continue;
            }
            Path target = staging.resolve(r.request().path());
            Path part = target.resolveSibling(target.getFileName() + ".part");
            long have = Files.isRegularFile(target) ? Files.size(target)
                    : Files.isRegularFile(part) ? Files.size(part) : 0;
            needed += Math.max(0, r.size() - have);
        }
        long usable = Files.getFileStore(staging).getUsableSpace();
        if (needed > usable - SPACE_MARGIN) {
            throw new DownloadException(Reason.DISK_SPACE, "not enough free space in " + store.root() + ": "
                    + mb(needed) + " MB to download, " + mb(usable) + " MB free; free some space or set QUIRE_MODELS "
                    + "to another disk");
        }
    }

    /** A finished file from an earlier, interrupted pull is kept when its hash still matches. */
    private static FileDownloader.Result reuse(RemoteFile remote, Path target) throws IOException {
        if (!Files.isRegularFile(target) || (remote.size() >= 0 && Files.size(target) != remote.size())) {
            return null;
        }
        String sha = Digests.sha256(target);
        if (remote.expectedSha256() != null && remote.expectedSha256().equalsIgnoreCase(sha)) {
            return new FileDownloader.Result(target, Files.size(target), sha, "sha256");
        }
        if (remote.expectedSha256() == null && remote.gitSha1() != null
                && remote.gitSha1().equalsIgnoreCase(Digests.gitBlobSha1(target))) {
            return new FileDownloader.Result(target, Files.size(target), sha, "git-sha1");
        }
        return null;
    }

    private static FileLock tryLock(FileChannel ch, CatalogModel model, Precision precision)
            throws IOException, ModelException {
        try {
            FileLock lock = ch.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException e) {
            // held by this JVM
        }
        throw new ModelException("another quire is already pulling " + model.id() + " (" + precision
                + "); wait for it to finish");
    }

    private static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir); // fails, harmlessly, when other precisions are still staged there
        } catch (IOException notEmpty) {
            // keep it
        }
    }

    private static long mb(long bytes) {
        return bytes / 1_000_000;
    }

    /** Adds up per-file byte changes into model-wide progress events. */
    private static final class Progress {
        private final long total;
        private final ProgressListener listener;
        private final long started = System.nanoTime();
        private volatile long done;
        private volatile long network;
        private volatile String file = "";

        Progress(long total, ProgressListener listener) {
            this.total = total;
            this.listener = listener;
        }

        void bytes(long delta, boolean fromNetwork) {
            done += delta;
            if (fromNetwork) {
                network += delta;
            }
            double secs = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            listener.progress(new DownloadProgress(file, done, total, network / secs));
        }
    }
}
