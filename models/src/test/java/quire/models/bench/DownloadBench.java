package quire.models.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import quire.models.catalog.CatalogModel;
import quire.models.catalog.ModelCatalog;
import quire.models.catalog.Precision;
import quire.models.download.FakeHub;
import quire.models.download.FakeModels;
import quire.models.download.HubSettings;
import quire.models.download.ProgressListener;
import quire.models.store.InstalledModel;
import quire.models.store.ModelStore;

/**
 * Wall time to pull a model (HEAD probes, download, SHA-256 check, install) from a loopback hub, against
 * {@code curl -L} downloading the same files plus {@code sha256sum}. Not run by {@code mvn verify}; see
 * bench/models/run.sh. Argument: megabytes per graph file (default 40, so about 120 MB in all).
 */
public final class DownloadBench {

    private DownloadBench() {
    }

    public static void main(String[] args) throws Exception {
        int mbPerGraph = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        CatalogModel model = ModelCatalog.builtIn().find("smolvlm-256m").orElseThrow();
        Path work = Files.createTempDirectory("quire-download-bench");
        try (FakeHub hub = new FakeHub()) {
            Map<String, byte[]> files = FakeModels.serve(hub, model, Precision.Q8, mbPerGraph * 1_000_000);
            long bytes = files.values().stream().mapToLong(b -> b.length).sum();
            HubSettings settings = new HubSettings(hub.base(), null, Duration.ofSeconds(5), Duration.ofSeconds(30), 3,
                    Duration.ofMillis(100));
            double quire = Double.MAX_VALUE;
            double peer = Double.MAX_VALUE;
            for (int run = 0; run < runs; run++) {
                Path root = work.resolve("quire-" + run);
                long t0 = System.nanoTime();
                InstalledModel m = new ModelStore(root, ModelCatalog.builtIn(), settings)
                        .pull(model.id(), Precision.Q8, ProgressListener.NONE);
                quire = Math.min(quire, (System.nanoTime() - t0) / 1e9);
                if (m.sizeBytes() != bytes) {
                    throw new IllegalStateException("pulled " + m.sizeBytes() + " bytes, expected " + bytes);
                }
                Path dir = work.resolve("curl-" + run);
                t0 = System.nanoTime();
                curlAndHash(hub.base(), model, files, dir);
                peer = Math.min(peer, (System.nanoTime() - t0) / 1e9);
                deleteTree(root);
                deleteTree(dir);
            }
            System.out.printf(Locale.ROOT, "pulled %d files, %.1f MB, best of %d runs%n", files.size(), bytes / 1e6,
                    runs);
            System.out.printf(Locale.ROOT, "BENCH models-pull-seconds: quire=%.3f peer=%.3f ratio=%.2f s%n", quire,
                    peer, quire / peer);
            System.out.printf(Locale.ROOT, "BENCH models-pull-throughput: quire=%.1f peer=%.1f ratio=%.2f MB/s%n",
                    bytes / 1e6 / quire, bytes / 1e6 / peer, peer / quire);
        } finally {
            deleteTree(work);
        }
    }

    /** The peer: curl fetches every file (following the LFS redirects), then sha256sum hashes them all. */
    private static void curlAndHash(URI base, CatalogModel model, Map<String, byte[]> files, Path dir)
            throws IOException, InterruptedException {
        List<String> curl = new ArrayList<>(List.of("curl", "-sSfL", "--create-dirs"));
        List<String> sha = new ArrayList<>(List.of("sha256sum"));
        for (String path : files.keySet()) {
            curl.add("-o");
            curl.add(dir.resolve(path).toString());
            curl.add(base + "/" + model.repo() + "/resolve/" + model.revision() + "/" + path);
            sha.add(dir.resolve(path).toString());
        }
        run(curl);
        run(sha);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IOException(command.get(0) + " failed with exit code " + p.exitValue());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
