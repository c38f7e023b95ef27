package quire.models.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;
import quire.models.ModelException;

/** Real ONNX Runtime (the CPU-only build on the class path) with a tiny real model. */
class OnnxSessionFactoryIT {

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(OnnxSessionFactory.class);

    @BeforeEach
    void capture() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void release() {
        logger.detachAppender(logged);
    }

    private static Path tinyModel() throws URISyntaxException {
        return Path.of(OnnxSessionFactoryIT.class.getResource("/onnx/tiny-add.onnx").toURI());
    }

    private static float[] run(OrtSession s) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor x = OnnxTensor.createTensor(env, new float[][] {{1f, 2f, 3f}});
             OrtSession.Result r = s.run(Map.of("x", x))) {
            return ((float[][]) r.get(0).getValue())[0];
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExecutionProvider.class, names = {"CUDA", "DIRECTML"})
    void aGpuProviderThisRuntimeLacksFallsBackToCpuAndLogsWhy(ExecutionProvider provider) throws Exception {
        try (OnnxSessionFactory factory = new OnnxSessionFactory(new SessionSettings(provider, 0, 1))) {
            OrtSession session = factory.open(tinyModel());

            assertThat(run(session)).containsExactly(2f, 3f, 4f);
            assertThat(factory.lastProvider()).isEqualTo(ExecutionProvider.CPU);
            assertThat(logged.list).anySatisfy(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.WARN);
                assertThat(e.getFormattedMessage()).contains(provider + " provider unavailable")
                        .contains("on CPU").contains("tiny-add.onnx");
            });
        }
    }

    @Test
    void cpuNeedsNoFallback() throws Exception {
        try (OnnxSessionFactory factory = new OnnxSessionFactory(SessionSettings.cpu())) {
            LazySession lazy = factory.lazy(tinyModel());
            assertThat(run(lazy.get())).containsExactly(2f, 3f, 4f);
            assertThat(lazy.get()).isSameAs(lazy.get());
            assertThat(factory.lastProvider()).isEqualTo(ExecutionProvider.CPU);
            assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.WARN);
        }
    }

    @Test
    void missingAndCorruptModelsAreModelExceptions(@TempDir Path dir) throws Exception {
        Path corrupt = dir.resolve("corrupt.onnx");
        Files.write(corrupt, new byte[] {1, 2, 3, 4, 5});
        try (OnnxSessionFactory factory = new OnnxSessionFactory(SessionSettings.cpu())) {
            assertThatThrownBy(() -> factory.open(dir.resolve("absent.onnx")))
                    .isInstanceOf(ModelException.class).hasMessageContaining("missing");
            assertThatThrownBy(() -> factory.open(corrupt))
                    .isInstanceOf(ModelException.class).hasMessageContaining("corrupt");
        }
    }
}
