package quire.app.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import quire.app.viewer.service.Settings;
import quire.models.onnx.ExecutionProvider;
import quire.models.onnx.SessionSettings;

class ViewerJobSettingsTest {

    @AfterEach
    void restore() {
        System.clearProperty("quire.provider");
        System.clearProperty("quire.ocr.engine");
    }

    @Test
    void theProviderAndOcrEngineChosenInSettingsReachTheJobs() {
        Viewer.applyToJobs(Settings.defaults().withProvider(Settings.Provider.CUDA)
                .withOcrEngine(Settings.OcrEngine.TESSERACT));
        assertThat(SessionSettings.fromSystemProperties().provider()).isEqualTo(ExecutionProvider.CUDA);
        assertThat(System.getProperty("quire.ocr.engine")).isEqualTo("tesseract");

        Viewer.applyToJobs(Settings.defaults());
        assertThat(SessionSettings.fromSystemProperties().provider()).isEqualTo(ExecutionProvider.CPU);
        assertThat(System.getProperty("quire.ocr.engine")).isEqualTo("auto");
    }
}
