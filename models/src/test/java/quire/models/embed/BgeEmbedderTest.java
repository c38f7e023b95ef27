package quire.models.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.models.onnx.OnnxSessionFactory;
import quire.models.onnx.SessionSettings;

/** The bundled bge-small model through Quire's own session factory (a real ONNX Runtime session). */
class BgeEmbedderTest {

    @TempDir
    static Path cache;
    static OnnxSessionFactory factory;
    static BgeEmbedder embedder;

    @BeforeAll
    static void open() throws Exception {
        factory = new OnnxSessionFactory(SessionSettings.cpu());
        embedder = BgeEmbedder.fromDirectory(BundledBgeModel.extract(cache.resolve("bge")), factory);
    }

    @AfterAll
    static void close() {
        embedder.close();
        factory.close();
    }

    @Test
    void extractsTheBundledFilesOnceToTheCache() throws Exception {
        Path dir = cache.resolve("bge");
        Path model = dir.resolve("model.onnx");
        assertThat(Files.size(model)).isGreaterThan(30_000_000L);
        long stamp = Files.getLastModifiedTime(model).toMillis();
        BundledBgeModel.extract(dir);
        assertThat(Files.getLastModifiedTime(model).toMillis()).isEqualTo(stamp);
    }

    @Test
    void embeddingsAreUnitVectorsOf384Dimensions() throws Exception {
        List<float[]> v = embedder.embed(List.of("Revenue grew by 12 percent.", "x"));
        assertThat(v).hasSize(2);
        for (float[] e : v) {
            assertThat(e).hasSize(BgeEmbedder.DIMENSIONS);
            assertThat(dot(e, e)).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void aQueryIsClosestToThePassageThatAnswersIt() throws Exception {
        List<float[]> passages = embedder.embed(List.of(
                "The company's annual revenue rose to 4.2 million euros in 2023.",
                "The cat slept on the warm windowsill all afternoon.",
                "Our new headquarters will open in Lisbon next spring."));
        float[] q = embedder.embedQuery("How much money did the firm earn last year?");
        double rev = dot(q, passages.get(0));
        assertThat(rev).isGreaterThan(dot(q, passages.get(1)) + 0.05).isGreaterThan(dot(q, passages.get(2)));
        float[] where = embedder.embedQuery("Where is the head office moving?");
        assertThat(dot(where, passages.get(2))).isGreaterThan(dot(where, passages.get(0)));
    }

    @Test
    void batchingDoesNotChangeAVector() throws Exception {
        String text = "Net income was 310 thousand dollars.";
        float[] alone = embedder.embed(List.of(text)).get(0);
        float[] padded = embedder.embed(List.of("A much longer sentence that forces padding of the shorter one in"
                + " the same batch, with many more tokens than it.", text)).get(1);
        // the int8 model quantises activations per batch, so padding moves a vector slightly, never far
        assertThat(dot(alone, padded)).isCloseTo(1.0, within(0.01));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
