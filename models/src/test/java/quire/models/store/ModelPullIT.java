package quire.models.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.models.catalog.CatalogModel;
import quire.models.catalog.ModelCatalog;
import quire.models.catalog.Precision;
import quire.models.download.DownloadException;
import quire.models.download.DownloadException.Reason;
import quire.models.download.DownloadProgress;
import quire.models.download.FakeHub;
import quire.models.download.FakeModels;
import quire.models.download.HubSettings;
import quire.models.download.ProgressListener;

/** Pulls against a real HTTP server on loopback that speaks the hub's URL layout, with injected faults. */
class ModelPullIT {

    private static final String ID = "smolvlm-256m";
    private static final String DECODER = "onnx/decoder_model_merged_quantized.onnx";

    @TempDir
    Path root;

    private FakeHub hub;
    private ModelStore store;
    private CatalogModel model;
    private Map<String, byte[]> files;

    @BeforeEach
    void startHub() throws Exception {
        hub = new FakeHub();
        ModelCatalog catalog = ModelCatalog.builtIn();
        model = catalog.find(ID).orElseThrow();
        files = FakeModels.serve(hub, model, Precision.Q8, 200_000);
        store = storeWith(Duration.ofSeconds(5), 3);
    }

    @AfterEach
    void stopHub() {
        hub.close();
    }

    private ModelStore storeWith(Duration stall, int attempts) {
        HubSettings settings = new HubSettings(hub.base(), null, Duration.ofSeconds(2), stall, attempts,
                Duration.ofMillis(10));
        return new ModelStore(root, ModelCatalog.builtIn(), settings);
    }


    @Test
    void pullDownloadsVerifiesAndInstallsEveryFile() throws Exception {
        List<DownloadProgress> events = new CopyOnWriteArrayList<>();
        InstalledModel m = store.pull(ID, Precision.Q8, events::add);

        assertThat(m.dir()).isEqualTo(root.resolve(ID).resolve("q8"));
        assertThat(m.precision()).isEqualTo(Precision.Q8);
        assertThat(m.revision()).isEqualTo(FakeHub.COMMIT);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            assertThat(Files.readAllBytes(m.file(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(m.decoder()).isEqualTo(m.dir().resolve(DECODER));
        long total = files.values().stream().mapToLong(b -> b.length).sum();
        assertThat(m.sizeBytes()).isEqualTo(total);
        Manifest manifest = Manifest.read(m.dir());
        assertThat(manifest.files()).hasSize(files.size());
        assertThat(manifest.files()).allSatisfy(f -> assertThat(f.sha256())
                .isEqualTo(FakeHub.sha256(files.get(f.path()))));
        // progress reached the total and never went past it
        assertThat(events).isNotEmpty();
        assertThat(events.get(events.size() - 1).bytes()).isEqualTo(total);
        assertThat(events).allSatisfy(p -> assertThat(p.bytes()).isBetween(0L, total));
        assertThat(events.get(0).total()).isEqualTo(total);
        // nothing left in staging; found by id
        assertThat(root.resolve(".partial")).doesNotExist();
        assertThat(store.find(ID)).contains(m);
        assertThat(store.verify(ID, null)).allSatisfy(r -> assertThat(r.ok()).isTrue());
    }

    @Test
    void droppedConnectionResumesWithRangeRequestAndVerifies() throws Exception {
        hub.dropAfter(model.repo(), model.revision(), DECODER, 70_000, 1);

        InstalledModel m = store.pull(ID, Precision.Q8, ProgressListener.NONE);

        assertThat(Files.readAllBytes(m.decoder())).isEqualTo(files.get(DECODER));
        String lfs = "/lfs/" + FakeHub.sha256(files.get(DECODER));
        assertThat(hub.requests()).filteredOn(r -> r.method().equals("GET") && r.path().equals(lfs))
                .extracting(FakeHub.Request::range).containsExactly(null, "bytes=70000-");
    }

    @Test
    void failedPullLeavesNothingInstalledAndTheNextPullResumesThePart() throws Exception {
        hub.dropAfter(model.repo(), model.revision(), DECODER, 50_000, 1);
        ModelStore oneTry = storeWith(Duration.ofSeconds(5), 1);

        assertThatThrownBy(() -> oneTry.pull(ID, Precision.Q8, ProgressListener.NONE))
                .isInstanceOfSatisfying(DownloadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NETWORK))
                .hasMessageContaining(DECODER);
        assertThat(store.find(ID)).isEmpty();
        assertThat(root.resolve(ID)).doesNotExist();
        Path part = root.resolve(".partial/" + ID + "/q8/" + DECODER + ".part");
        assertThat(part).hasSize(50_000);

        InstalledModel m = store.pull(ID, Precision.Q8, ProgressListener.NONE);
        assertThat(Files.readAllBytes(m.decoder())).isEqualTo(files.get(DECODER));
        assertThat(hub.requests()).extracting(FakeHub.Request::range).contains("bytes=50000-");
    }

    @Test
    void corruptedFileIsRejectedAndNothingIsInstalled() {
        hub.corrupt(model.repo(), model.revision(), DECODER);

        assertThatThrownBy(() -> store.pull(ID, Precision.Q8, ProgressListener.NONE))
                .isInstanceOfSatisfying(DownloadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.HASH_MISMATCH))
                .hasMessageContaining("corrupt download").hasMessageContaining(DECODER);
        assertThat(store.find(ID)).isEmpty();
        assertThat(root.resolve(ID)).doesNotExist();
        assertThat(root.resolve(".partial/" + ID + "/q8/" + DECODER + ".part")).doesNotExist();
    }

    @Test
    void missingRequiredFileIsReportedAs404() {
        hub.status(model.repo(), model.revision(), "tokenizer.json", 404);

        assertThatThrownBy(() -> store.pull(ID, Precision.Q8, ProgressListener.NONE))
                .isInstanceOfSatisfying(DownloadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
                .hasMessageContaining("404").hasMessageContaining("tokenizer.json");
        assertThat(store.find(ID)).isEmpty();
    }

    @Test
    void transientServerErrorsAreRetried() throws Exception {
        hub.status(model.repo(), model.revision(), "config.json", 503, 2);
        hub.status(model.repo(), model.revision(), DECODER, 502, 1);

        InstalledModel m = store.pull(ID, Precision.Q8, ProgressListener.NONE);

        assertThat(Files.readAllBytes(m.decoder())).isEqualTo(files.get(DECODER));
        assertThat(hub.requests()).filteredOn(r -> r.path().endsWith("/config.json")).hasSize(4); // 3 HEAD + GET
    }

    @Test
    void hubFileDifferentFromTheCatalogPinIsRefusedBeforeDownloading() {
        // smolvlm-256m's fp16 decoder has a pinned SHA-256 in the catalog; the fake hub serves other bytes
        FakeModels.serve(hub, model, Precision.FP16, 10_000);

        assertThatThrownBy(() -> store.pull(ID, Precision.FP16, ProgressListener.NONE))
                .isInstanceOfSatisfying(DownloadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.HASH_MISMATCH))
                .hasMessageContaining("than the catalog pins");
        assertThat(hub.requests()).noneMatch(r -> r.method().equals("GET"));
        assertThat(store.find(ID, Precision.FP16)).isEmpty();
    }

    @Test
    void pinnedHashIsCheckedForSmallFilesToo() throws Exception {
        byte[] config = "{\"text_config\":{\"vocab_size\":5,\"hidden_size\":2}}".getBytes(StandardCharsets.UTF_8);
        byte[] graph = new byte[30_000];
        new java.util.Random(7).nextBytes(graph);
        String json = """
                {"models":[{"id":"tiny","repo":"me/tiny","revision":"%s","vocab_size":5,"hidden_size":2,
                 "common_files":[{"path":"config.json","sha256":"%s"}],
                 "precisions":{"q8":{"files":[
                   {"path":"onnx/vision_encoder_quantized.onnx","sha256":"%s"},
                   {"path":"onnx/embed_tokens_quantized.onnx"},
                   {"path":"onnx/decoder_model_merged_quantized.onnx"}]}}}]}
                """.formatted(FakeHub.COMMIT, FakeHub.sha256(config), FakeHub.sha256(graph));
        ModelCatalog tiny = ModelCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        for (String g : List.of("onnx/vision_encoder_quantized.onnx", "onnx/embed_tokens_quantized.onnx",
                "onnx/decoder_model_merged_quantized.onnx")) {
            hub.put("me/tiny", FakeHub.COMMIT, g, graph);
        }
        hub.put("me/tiny", FakeHub.COMMIT, "config.json", config);
        ModelStore tinyStore = new ModelStore(root, tiny, new HubSettings(hub.base(), null, Duration.ofSeconds(2),
                Duration.ofSeconds(5), 2, Duration.ofMillis(10)));

        InstalledModel m = tinyStore.pull("tiny", Precision.Q8, ProgressListener.NONE);
        assertThat(Files.readAllBytes(m.configJson())).isEqualTo(config);

        tinyStore.remove("tiny", null);
        hub.corrupt("me/tiny", FakeHub.COMMIT, "config.json"); // same git blob id advertised, other bytes served
        assertThatThrownBy(() -> tinyStore.pull("tiny", Precision.Q8, ProgressListener.NONE))
                .isInstanceOfSatisfying(DownloadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.HASH_MISMATCH))
                .hasMessageContaining("config.json").hasMessageContaining(FakeHub.sha256(config));
    }

    @Test
    void unreachableHubFailsFastWithoutRetrying() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        ModelStore offline = new ModelStore(root, ModelCatalog.builtIn(), new HubSettings(
                java.net.URI.create("http://127.0.0.1:" + port), null, Duration.ofSeconds(2), Duration.ofSeconds(2), 5,
                Duration.ofSeconds(2)));

        long t0 = System.nanoTime();
        assertThatThrownBy(() -> offline.pull(ID, Precision.Q8, ProgressListener.NONE))
                .isInstanceOfSatisfying(DownloadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE))
                .hasMessageContaining("cannot connect to 127.0.0.1:" + port);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void missingOptionalFileIsSkipped() throws Exception {
        hub.status(model.repo(), model.revision(), "generation_config.json", 404);

        InstalledModel m = store.pull(ID, Precision.Q8, ProgressListener.NONE);

        assertThat(m.file("generation_config.json")).doesNotExist();
        assertThat(m.tokenizerJson()).exists();
    }

    @Test
    void refusedAccessIsReportedAsUnauthorized() {
        hub.status(model.repo(), model.revision(), "config.json", 401);

        assertThatThrownBy(() -> store.pull(ID, Precision.Q8, ProgressListener.NONE))
                .isInstanceOfSatisfying(DownloadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNAUTHORIZED))
                .hasMessageContaining("401").hasMessageContaining("QUIRE_HUB_TOKEN");
    }

    @Test
    void stalledServerTimesOutWithAClearMessage() {
        hub.stall(model.repo(), model.revision(), DECODER);
        ModelStore impatient = storeWith(Duration.ofMillis(400), 2);

        long t0 = System.nanoTime();
        assertThatThrownBy(() -> impatient.pull(ID, Precision.Q8, ProgressListener.NONE))
                .isInstanceOfSatisfying(DownloadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT))
                .hasMessageContaining("stalled").hasMessageContaining("0.4 s");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(store.find(ID)).isEmpty();
    }

    @Test
    void downloadLargerThanFreeSpaceIsRefusedBeforeAnyTransfer() {
        hub.advertiseSize(model.repo(), model.revision(), DECODER, 1L << 60);

        assertThatThrownBy(() -> store.pull(ID, Precision.Q8, ProgressListener.NONE))
                .isInstanceOfSatisfying(DownloadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DISK_SPACE))
                .hasMessageContaining("not enough free space");
        assertThat(hub.requests()).noneMatch(r -> r.method().equals("GET"));
    }

    @Test
    void interruptCancelsThePullAndKeepsThePart() throws Exception {
        hub.stall(model.repo(), model.revision(), DECODER);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                store.pull(ID, Precision.Q8, ProgressListener.NONE);
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        Path part = root.resolve(".partial/" + ID + "/q8/" + DECODER + ".part");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!(Files.exists(part) && Files.size(part) > 0) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        t.interrupt();
        t.join(10_000);

        assertThat(t.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(InterruptedException.class);
        assertThat(part).exists();
        assertThat(store.find(ID)).isEmpty();
    }
}
