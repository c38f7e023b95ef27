package quire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.models.catalog.CatalogModel;
import quire.models.catalog.ModelCatalog;
import quire.models.catalog.Precision;
import quire.models.download.FakeHub;
import quire.models.download.FakeModels;

/** {@code quire models ...} end to end: the real command line against a loopback hub and a temporary cache. */
class ModelsCommandIT {

    private static final String ID = "smolvlm-256m";

    @TempDir
    Path cache;
    @TempDir
    Path userDir;

    private FakeHub hub;
    private CatalogModel model;
    private String out;
    private String err;

    @BeforeEach
    void setUp() throws Exception {
        hub = new FakeHub();
        model = ModelCatalog.builtIn().find(ID).orElseThrow();
        System.setProperty("quire.models", cache.toString());
        System.setProperty("quire.hub", hub.base().toString());
        System.setProperty("quire.hub.timeout", "2");
    }

    @AfterEach
    void tearDown() {
        hub.close();
        System.clearProperty("quire.models");
        System.clearProperty("quire.hub");
        System.clearProperty("quire.hub.timeout");
    }

    private int quire(String... args) {
        CliRun r = CliRun.of(args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    @Test
    void listJsonHasTheCliShapeForEveryModel() throws Exception {
        assertThat(quire("models", "list", "--json")).isZero();

        JsonNode rows = new ObjectMapper().readTree(out);
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(3);
        for (JsonNode row : rows) {
            List<String> keys = new ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("id", "installed", "precision", "path", "size_bytes");
            assertThat(row.get("installed").asBoolean()).isFalse();
        }
        assertThat(rows.get(0).get("id").asText()).isEqualTo(ID);
    }

    @Test
    void pullVerifyCorruptAndRemove() throws Exception {
        Map<String, byte[]> files = FakeModels.serve(hub, model, Precision.Q8, 50_000);

        assertThat(quire("models", "pull", ID, "--json")).as(err).isZero();
        JsonNode installed = new ObjectMapper().readTree(out);
        assertThat(installed.get("installed").asBoolean()).isTrue();
        assertThat(installed.get("precision").asText()).isEqualTo("q8");
        Path dir = Path.of(installed.get("path").asText());
        assertThat(dir).isEqualTo(cache.resolve(ID).resolve("q8"));
        assertThat(installed.get("size_bytes").asLong())
                .isEqualTo(files.values().stream().mapToLong(b -> b.length).sum());

        assertThat(quire("models", "list", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out).get(0).get("installed").asBoolean()).isTrue();

        assertThat(quire("models", "verify", ID)).isZero();
        assertThat(out).contains("ok, " + files.size() + " files verified");

        Files.write(dir.resolve("onnx/vision_encoder_quantized.onnx"), new byte[] {1, 2, 3});
        assertThat(quire("models", "verify", ID)).isEqualTo(ExitCode.MODEL);
        assertThat(out).contains("onnx/vision_encoder_quantized.onnx");
        assertThat(err.strip()).startsWith("quire: " + ID + " (q8) is corrupt").doesNotContain("\n");

        assertThat(quire("models", "remove", ID)).isZero();
        assertThat(out).contains("removed " + dir);
        assertThat(dir).doesNotExist();
    }

    @Test
    void unknownIdIsAUsageErrorListingTheIds() {
        assertThat(quire("models", "pull", "gpt-5")).isEqualTo(ExitCode.USAGE);
        assertThat(err).contains("unknown model 'gpt-5'").contains("smolvlm-256m, smolvlm-500m, granite-docling-258m");
    }

    @Test
    void downloadFailureIsExit4WithOneLine() {
        FakeModels.serve(hub, model, Precision.Q8, 10_000);
        hub.status(model.repo(), model.revision(), "tokenizer.json", 404);

        assertThat(quire("models", "pull", ID, "--no-progress")).isEqualTo(ExitCode.MODEL);
        assertThat(err.strip()).startsWith("quire: not found on the hub (HTTP 404)").contains("tokenizer.json")
                .doesNotContain("\n");
        assertThat(out).isEmpty();
        assertThat(cache.resolve(ID)).doesNotExist();
    }

    @Test
    void importsAValidFolderAndRefusesAnInvalidOne() throws Exception {
        FakeModels.writeFolder(userDir, model, Precision.Q8, 10_000);
        assertThat(quire("models", "import", userDir.toString(), "--link")).as(err).isZero();
        assertThat(out).contains("imported " + ID + " (q8)");
        assertThat(cache.resolve(ID).resolve("q8").resolve("quire-model.json")).exists();

        Path broken = userDir.resolveSibling(userDir.getFileName() + "-broken");
        FakeModels.writeFolder(broken, model, Precision.Q4, 1_000);
        Files.delete(broken.resolve("onnx/decoder_model_merged_q4.onnx"));
        assertThat(quire("models", "import", broken.toString(), "--precision", "q4"))
                .isEqualTo(ExitCode.MODEL);
        assertThat(err).contains("missing onnx/decoder_model_merged_q4.onnx");
        assertThat(cache.resolve(ID).resolve("q4")).doesNotExist();
    }
}
