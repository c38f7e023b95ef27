package quire.app.viewer.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.app.viewer.RecordingNotifier;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import quire.app.viewer.service.StoreModelService;
import quire.app.viewer.task.PooledTaskExecutor;
import quire.models.catalog.ModelCatalog;
import quire.models.download.HubSettings;
import quire.models.store.ModelStore;
import quire.app.viewer.service.ModelService.ModelInfo;
import quire.app.viewer.service.Settings;
import quire.app.viewer.service.SettingsStore;
import quire.app.viewer.task.SameThreadTaskExecutor;
import quire.models.ModelException;

class SettingsViewModelTest {

    @TempDir
    Path tmp;
    private final RecordingNotifier notifier = new RecordingNotifier();

    private SettingsViewModel vm(SettingsStore store) {
        ModelStore models = new ModelStore(tmp.resolve("models"), ModelCatalog.builtIn(),
                new HubSettings(URI.create("http://127.0.0.1:9"), null, Duration.ofSeconds(1), Duration.ofSeconds(1), 1,
                        Duration.ofMillis(1)));
        return new SettingsViewModel(store, new StoreModelService(models), new SameThreadTaskExecutor(), notifier);
    }

    @Test
    void changesArePersistedAndReloaded() {
        SettingsStore store = new SettingsStore(tmp.resolve("cfg"));
        SettingsViewModel vm = vm(store);
        assertThat(vm.settingsProperty().get()).isEqualTo(Settings.defaults());
        vm.themeProperty().set(Settings.Theme.DARK);
        vm.providerProperty().set(Settings.Provider.CUDA);
        vm.ocrEngineProperty().set(Settings.OcrEngine.TESSERACT);
        vm.showRouterRegionsProperty().set(true);
        assertThat(Files.exists(tmp.resolve("cfg/settings.properties"))).isTrue();
        SettingsViewModel again = vm(new SettingsStore(tmp.resolve("cfg")));
        assertThat(again.settingsProperty().get()).isEqualTo(
                new Settings(Settings.Theme.DARK, Settings.Provider.CUDA, Settings.OcrEngine.TESSERACT, true));
        assertThat(again.themeProperty().get()).isEqualTo(Settings.Theme.DARK);
    }

    @Test
    void unknownValuesFallBackToDefaults() throws Exception {
        Files.createDirectories(tmp.resolve("cfg"));
        Files.writeString(tmp.resolve("cfg/settings.properties"), "theme=purple\nprovider=directml\n");
        Settings s = new SettingsStore(tmp.resolve("cfg")).load();
        assertThat(s.theme()).isEqualTo(Settings.Theme.LIGHT);
        assertThat(s.provider()).isEqualTo(Settings.Provider.DIRECTML);
    }

    @Test
    void recentFilesKeepTheNewestTen() throws Exception {
        SettingsStore store = new SettingsStore(tmp.resolve("cfg"));
        List<Path> many = java.util.stream.IntStream.range(0, 12).mapToObj(i -> Path.of("/d/f" + i + ".pdf")).toList();
        store.saveRecent(many);
        assertThat(store.loadRecent()).hasSize(SettingsStore.MAX_RECENT).startsWith(Path.of("/d/f0.pdf"));
    }

    @Test
    void theConfigDirectoryFollowsTheSystemProperty() {
        String old = System.getProperty("quire.config");
        try {
            System.setProperty("quire.config", tmp.resolve("elsewhere").toString());
            assertThat(SettingsStore.standard().directory()).isEqualTo(tmp.resolve("elsewhere"));
        } finally {
            if (old == null) {
                System.clearProperty("quire.config");
            } else {
                System.setProperty("quire.config", old);
            }
        }
    }

    @Test
    void theModelListIsTheCatalogWithWhatIsInstalled() {
        SettingsViewModel vm = vm(new SettingsStore(tmp.resolve("cfg")));
        vm.refreshModels();
        assertThat(vm.models()).extracting(ModelInfo::id).contains("smolvlm-256m", "smolvlm-500m",
                "granite-docling-258m");
        assertThat(vm.models()).noneMatch(ModelInfo::installed);
    }

    @Test
    void importingAFolderThatIsNoModelIsAnErrorNotification() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("not-a-model"));
        Files.writeString(src.resolve("readme.txt"), "hello");
        SettingsViewModel vm = vm(new SettingsStore(tmp.resolve("cfg")));
        vm.importDirectory(src);
        assertThat(notifier.errors()).singleElement().satisfies(m ->
                assertThat(m.details()).isInstanceOf(ModelException.class));
        assertThat(vm.modelStatusProperty().get()).endsWith("failed");
        assertThat(vm.modelBusyProperty().get()).isFalse();
    }

    @Test
    void cancellingAPullStopsTheDownload() throws Exception {
        // a hub on loopback that accepts requests and never answers
        HttpServer hub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        CountDownLatch asked = new CountDownLatch(1);
        hub.createContext("/", exchange -> {
            asked.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        hub.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stalling-hub");
            t.setDaemon(true);
            return t;
        }));
        hub.start();
        try (PooledTaskExecutor executor = new PooledTaskExecutor("test", 1, Runnable::run)) {
            HubSettings settings = new HubSettings(URI.create("http://127.0.0.1:" + hub.getAddress().getPort()), null,
                    Duration.ofSeconds(5), Duration.ofSeconds(30), 1, Duration.ofMillis(10));
            ModelStore store = new ModelStore(tmp.resolve("models"), ModelCatalog.builtIn(), settings);
            SettingsStore config = new SettingsStore(tmp.resolve("cfg"));
            SettingsViewModel vm = new SettingsViewModel(config, new StoreModelService(store), executor, notifier);
            vm.pull("smolvlm-256m");
            assertThat(asked.await(10, TimeUnit.SECONDS)).as("the hub was asked").isTrue();
            assertThat(vm.modelBusyProperty().get()).isTrue();
            long t0 = System.nanoTime();
            vm.cancelModelJob();
            while (vm.modelBusyProperty().get() && System.nanoTime() - t0 < 10_000_000_000L) {
                Thread.sleep(20);
            }
            assertThat((System.nanoTime() - t0) / 1e9).as("seconds to stop").isLessThan(3);
            assertThat(vm.modelStatusProperty().get()).isEqualTo("Downloading smolvlm-256m: cancelled");
            assertThat(notifier.errors()).isEmpty();
        } finally {
            hub.stop(0);
        }
    }
}
