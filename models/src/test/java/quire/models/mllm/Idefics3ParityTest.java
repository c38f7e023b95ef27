package quire.models.mllm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.models.mllm.image.ProcessedImage;
import quire.models.mllm.image.RgbImage;
import quire.models.onnx.OnnxSessionFactory;
import quire.models.onnx.SessionSettings;

/**
 * Quire's Idefics3 runtime against transformers.js 4.2.0 (onnxruntime-node 1.24.3; Quire runs ONNX Runtime Java
 * 1.24.2) on the tiny random-weight fixture: identical input_ids and grid, pixel values within 2/255 (max) and
 * 1e-3 (mean), identical 32-token greedy sequence with EOS suppressed.
 */
class Idefics3ParityTest {

    static final Path MODEL = Path.of("src/test/resources/tiny-idefics3");
    static final String QUESTION = "What is shown in this image?";

    static OnnxSessionFactory factory;
    static Idefics3Runtime runtime;

    @TempDir
    Path tmp;

    @BeforeAll
    static void open() throws Exception {
        Assumptions.assumeTrue(TransformersJs.nodeAvailable(), "node is absent: skipping the transformers.js parity test");
        factory = new OnnxSessionFactory(new SessionSettings(quire.models.onnx.ExecutionProvider.CPU, 0, 1));
        runtime = Idefics3Runtime.open(ModelFolder.open(MODEL, Precision.FP32), factory);
    }

    @AfterAll
    static void close() {
        if (runtime != null) {
            runtime.close();
        }
        if (factory != null) {
            factory.close();
        }
    }

    @ParameterizedTest(name = "{0}x{1} -> {2}x{3} grid")
    @CsvSource(textBlock = """
            1000, 800,  4, 4
            600,  1700, 4, 2
            3000, 900,  2, 4
            """)
    void matchesTransformersJs(int width, int height, int rows, int cols) throws Exception {
        Path png = tmp.resolve("image.png");
        ImageIO.write(TestImages.smooth(width, height), "png", png.toFile());
        TransformersJs.Result ref = TransformersJs.run(MODEL, png, QUESTION, tmp, 32, 1);

        assertThat(ref.json().get("transformers_js").asText()).isEqualTo("4.2.0");
        assertThat(ref.json().get("onnxruntime_node").asText()).isEqualTo("1.24.3");
        assertThat(ai.onnxruntime.OrtEnvironment.getEnvironment().getVersion()).isEqualTo("1.24.2");

        ProcessedImage img = runtime.preprocess(RgbImage.of(ImageIO.read(png.toFile())));
        assertThat(new int[] {img.rows(), img.cols()}).containsExactly(rows, cols);
        assertThat(new int[] {ref.json().get("rows").asInt(), ref.json().get("cols").asInt()})
                .containsExactly(rows, cols);
        assertThat(ref.pixels()).hasSize(img.pixels().length);
        double max = 0;
        double sum = 0;
        for (int i = 0; i < img.pixels().length; i++) {
            double d = Math.abs(img.pixels()[i] - ref.pixels()[i]);
            max = Math.max(max, d);
            sum += d;
        }
        double mean = sum / img.pixels().length;
        assertThat(max).as("max |Δpixel|").isLessThanOrEqualTo(2.0 / 255 + 1e-6);
        assertThat(mean).as("mean |Δpixel|").isLessThanOrEqualTo(1e-3);

        MllmRequest request = MllmRequest.ask(img, QUESTION, GenerationOptions.greedy(32)
                .suppressing(Set.copyOf(runtime.folder().config().stopIds())));
        GenerationResult result = runtime.generate(request, TokenListener.NONE, new Cancellation());
        assertThat(result.promptIds()).as("input_ids").containsExactly(ref.inputIds());
        long[] mine = result.tokens();
        assertThat(mine).as("greedy tokens (transformers.js %s)", ref.json().get("transformers_js").asText())
                .containsExactly(ref.generatedIds());
        assertThat(Arrays.stream(mine).distinct().count()).as("distinct tokens").isGreaterThanOrEqualTo(8);
        assertThat(result.minMargin()).as("smallest top-1 logit margin").isGreaterThanOrEqualTo(1e-3);
        assertThat(result.stop()).isEqualTo(GenerationResult.Stop.MAX_TOKENS);
    }
}
