package quire.app.viewer.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.app.viewer.RecordingNotifier;
import quire.app.viewer.service.LocalModelService;
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
        return new SettingsViewModel(store, new LocalModelService(store.modelStore()), new SameThreadTaskExecutor(),
                notifier);
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
    void importingCopiesTheModelWithProgressAndListsIt() throws Exception {
        SettingsStore store = new SettingsStore(tmp.resolve("cfg"));
        Path src = Files.createDirectories(tmp.resolve("my-model"));
        Files.write(src.resolve("model.onnx"), new byte[2048]);
        Files.writeString(src.resolve("config.json"), "{}");
        SettingsViewModel vm = vm(store);
        vm.importDirectory(src);
        assertThat(vm.modelStatusProperty().get()).isEqualTo("my-model imported");
        assertThat(vm.modelProgressProperty().get()).isEqualTo(1.0);
        assertThat(vm.models()).extracting(ModelInfo::id).contains("smolvlm-256m", "my-model");
        ModelInfo mine = vm.models().stream().filter(m -> m.id().equals("my-model")).findFirst().orElseThrow();
        assertThat(mine.installed()).isTrue();
        assertThat(mine.sizeBytes()).isEqualTo(2048 + 2);
    }

    @Test
    void aPullWithoutTheModelManagerIsAnErrorNotification() {
        SettingsViewModel vm = vm(new SettingsStore(tmp.resolve("cfg")));
        vm.pull("smolvlm-256m");
        assertThat(notifier.errors()).singleElement().satisfies(m -> {
            assertThat(m.details()).isInstanceOf(ModelException.class);
            assertThat(m.message()).contains("model manager");
        });
        assertThat(vm.modelBusyProperty().get()).isFalse();
    }
}
