package quire.models.mllm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.models.ModelException;
import quire.models.mllm.prompt.ChatTemplate;
import quire.models.onnx.OnnxSessionFactory;
import quire.models.onnx.SessionSettings;

class ModelFolderTest {

    static final Path TINY = Path.of("src/test/resources/tiny-idefics3");

    @TempDir
    Path tmp;

    @Test
    void readsConfigsOfTheTinyModel() throws Exception {
        ModelFolder folder = ModelFolder.open(TINY, Precision.FP32);
        Idefics3Config c = folder.config();
        assertThat(c.imageTokenId()).isEqualTo(380);
        assertThat(c.imageSeqLen()).isEqualTo(64);
        assertThat(c.numLayers()).isEqualTo(2);
        assertThat(c.kvHeads()).isEqualTo(2);
        assertThat(c.headDim()).isEqualTo(16);
        assertThat(c.stopIds()).containsExactly(382L, 376L);
        assertThat(c.image().longestEdge()).isEqualTo(2048);
        assertThat(c.image().tileSize()).isEqualTo(512);
        assertThat(folder.template()).isEqualTo(ChatTemplate.SMOLVLM);
        assertThat(folder.decoder().getFileName().toString()).isEqualTo("decoder_model_merged.onnx");
    }

    @Test
    void missingFolderSaysHowToGetTheModel() {
        assertThatThrownBy(() -> ModelFolder.open(tmp.resolve("nope"), Precision.FP32))
                .isInstanceOf(ModelException.class).hasMessageContaining("quire models pull");
    }

    @Test
    void missingPrecisionIsAModelError() {
        assertThatThrownBy(() -> ModelFolder.open(TINY, Precision.Q4))
                .isInstanceOf(ModelException.class).hasMessageContaining("_q4.onnx");
        assertThatThrownBy(() -> ModelFolder.available(TINY, Precision.Q8, Precision.Q4))
                .isInstanceOf(ModelException.class);
    }

    @Test
    void picksTheFirstAvailablePrecision() throws Exception {
        assertThat(ModelFolder.available(TINY, Precision.Q8, Precision.FP32)).isEqualTo(Precision.FP32);
    }

    @Test
    void corruptGraphFailsAtLoadWithAModelError() throws Exception {
        Path copy = copyOfTiny();
        Files.writeString(copy.resolve("onnx/decoder_model_merged.onnx"), "not a model");
        try (OnnxSessionFactory f = new OnnxSessionFactory(SessionSettings.cpu())) {
            assertThatThrownBy(() -> Idefics3Runtime.open(ModelFolder.open(copy, Precision.FP32), f))
                    .isInstanceOf(ModelException.class).hasMessageContaining("corrupt");
        }
    }

    @Test
    void corruptConfigIsAModelError() throws Exception {
        Path copy = copyOfTiny();
        Files.writeString(copy.resolve("config.json"), "{ broken");
        assertThatThrownBy(() -> ModelFolder.open(copy, Precision.FP32))
                .isInstanceOf(ModelException.class).hasMessageContaining("config.json");
    }

    @Test
    void graphsSwappedBetweenRolesAreRejected() throws Exception {
        Path copy = copyOfTiny();
        Files.copy(copy.resolve("onnx/embed_tokens.onnx"), copy.resolve("onnx/vision_encoder.onnx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (OnnxSessionFactory f = new OnnxSessionFactory(SessionSettings.cpu())) {
            assertThatThrownBy(() -> Idefics3Runtime.open(ModelFolder.open(copy, Precision.FP32), f))
                    .isInstanceOf(ModelException.class).hasMessageContaining("pixel_values");
        }
    }

    @Test
    void fp16GraphsAreRefusedOnCpu() throws Exception {
        Path copy = copyOfTiny();
        for (String g : new String[] {"vision_encoder", "embed_tokens", "decoder_model_merged"}) {
            Files.copy(copy.resolve("onnx/" + g + ".onnx"), copy.resolve("onnx/" + g + "_fp16.onnx"));
        }
        try (OnnxSessionFactory f = new OnnxSessionFactory(SessionSettings.cpu())) {
            assertThatThrownBy(() -> Idefics3Runtime.open(ModelFolder.open(copy, Precision.FP16), f))
                    .isInstanceOf(ModelException.class).hasMessageContaining("GPU");
        }
    }

    private Path copyOfTiny() throws IOException {
        Path dst = tmp.resolve("model");
        try (Stream<Path> files = Files.walk(TINY)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = dst.resolve(TINY.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return dst;
    }
}
