package quire.models.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.models.ModelException;
import quire.models.catalog.CatalogModel;
import quire.models.catalog.ModelCatalog;
import quire.models.catalog.Precision;
import quire.models.download.FakeModels;
import quire.models.download.HubSettings;

/** Import, find by folder, verify, remove and list, on real files in temporary folders (no network). */
class ModelImportTest {

    @TempDir
    Path root;
    @TempDir
    Path userDir;

    private ModelStore store;
    private ModelCatalog catalog;

    @BeforeEach
    void setUp() {
        catalog = ModelCatalog.builtIn();
        store = new ModelStore(root.resolve("models"), catalog, HubSettings.defaults());
    }

    @Test
    void importsAValidFolderRecognisingTheModelFromItsConfig() throws Exception {
        CatalogModel granite = catalog.find("granite-docling-258m").orElseThrow();
        Map<String, byte[]> files = FakeModels.writeFolder(userDir, granite, Precision.Q4, 5_000);

        InstalledModel m = store.importFolder(userDir, ImportOptions.copy());

        assertThat(m.id()).isEqualTo("granite-docling-258m");
        assertThat(m.precision()).isEqualTo(Precision.Q4);
        assertThat(Files.readAllBytes(m.decoder())).isEqualTo(files.get("onnx/decoder_model_merged_q4.onnx"));
        assertThat(m.file("onnx/decoder_model_merged_q4.onnx_data")).exists();
        assertThat(m.file("chat_template.jinja")).exists();
        assertThat(userDir.resolve("onnx/decoder_model_merged_q4.onnx")).exists(); // copied, not moved
        assertThat(store.find("granite-docling-258m")).contains(m);
        assertThat(store.verify("granite-docling-258m", null)).singleElement()
                .satisfies(r -> assertThat(r.ok()).isTrue());
        assertThat(Manifest.read(m.dir()).source()).isEqualTo("import");
    }

    @Test
    void linkModeHardLinksAndMoveModeMovesTheFiles() throws Exception {
        CatalogModel smol = catalog.find("smolvlm-256m").orElseThrow();
        FakeModels.writeFolder(userDir, smol, Precision.Q8, 5_000);
        InstalledModel linked = store.importFolder(userDir,
                new ImportOptions(null, null, ImportOptions.Mode.LINK, false));
        assertThat(Files.isSameFile(linked.decoder(), userDir.resolve("onnx/decoder_model_merged_quantized.onnx")))
                .isTrue();

        Path other = root.resolve("other");
        FakeModels.writeFolder(other, smol, Precision.FP32, 5_000);
        InstalledModel moved = store.importFolder(other, new ImportOptions("smolvlm-256m", Precision.FP32,
                ImportOptions.Mode.MOVE, false));
        assertThat(moved.decoder()).exists();
        assertThat(other.resolve("onnx/decoder_model_merged.onnx")).doesNotExist();
        // two precisions installed: find(id) prefers q8
        assertThat(store.find("smolvlm-256m").orElseThrow().precision()).isEqualTo(Precision.Q8);
        assertThat(store.installed("smolvlm-256m")).extracting(InstalledModel::precision)
                .containsExactly(Precision.Q8, Precision.FP32);
    }

    @Test
    void invalidFolderIsRefusedWithWhatIsMissingAndNothingIsInstalled() throws Exception {
        CatalogModel smol = catalog.find("smolvlm-256m").orElseThrow();
        FakeModels.writeFolder(userDir, smol, Precision.Q8, 1_000);
        Files.delete(userDir.resolve("tokenizer.json"));
        Files.writeString(userDir.resolve("preprocessor_config.json"), "{not json");

        assertThatThrownBy(() -> store.importFolder(userDir, ImportOptions.copy()))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("missing tokenizer.json")
                .hasMessageContaining("preprocessor_config.json is unreadable or not valid JSON");
        assertThat(store.find("smolvlm-256m")).isEmpty();
        assertThat(store.root().resolve("smolvlm-256m")).doesNotExist();
    }

    @Test
    void folderWithoutGraphsOrUnknownConfigIsRefused() throws Exception {
        Files.writeString(userDir.resolve("config.json"), "{\"text_config\":{\"vocab_size\":7,\"hidden_size\":3}}");
        assertThatThrownBy(() -> store.importFolder(userDir, ImportOptions.copy()))
                .isInstanceOf(ModelException.class).hasMessageContaining("pass --id");
        assertThatThrownBy(() -> store.importFolder(userDir, new ImportOptions("smolvlm-500m", null,
                ImportOptions.Mode.COPY, false)))
                .isInstanceOf(ModelException.class).hasMessageContaining("no complete set of onnx");
    }

    @Test
    void verifyFindsATamperedFileAndRemoveDeletesTheModel() throws Exception {
        CatalogModel smol = catalog.find("smolvlm-500m").orElseThrow();
        FakeModels.writeFolder(userDir, smol, Precision.Q8, 5_000);
        InstalledModel m = store.importFolder(userDir, ImportOptions.copy());
        byte[] b = Files.readAllBytes(m.embedTokens());
        b[10] ^= 1;
        Files.write(m.embedTokens(), b);
        Files.delete(m.tokenizerJson());

        VerifyReport report = store.verify("smolvlm-500m", Precision.Q8).get(0);
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).extracting(VerifyReport.FileCheck::path, VerifyReport.FileCheck::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("onnx/embed_tokens_quantized.onnx",
                                VerifyReport.Status.HASH_MISMATCH),
                        org.assertj.core.groups.Tuple.tuple("tokenizer.json", VerifyReport.Status.MISSING));

        assertThat(store.remove("smolvlm-500m", null)).containsExactly(m.dir());
        assertThat(store.find("smolvlm-500m")).isEmpty();
        assertThat(store.root().resolve("smolvlm-500m")).doesNotExist();
        assertThatThrownBy(() -> store.verify("smolvlm-500m", null)).hasMessageContaining("not installed");
    }

    @Test
    void findAcceptsAPlainModelFolderAndRequireExplainsABadOne() throws Exception {
        CatalogModel smol = catalog.find("smolvlm-256m").orElseThrow();
        FakeModels.writeFolder(userDir, smol, Precision.Q4, 1_000);

        InstalledModel m = store.find(userDir.toString()).orElseThrow();
        assertThat(m.id()).isEqualTo("smolvlm-256m");
        assertThat(m.precision()).isEqualTo(Precision.Q4);
        assertThat(m.decoder()).isEqualTo(userDir.resolve("onnx/decoder_model_merged_q4.onnx"));

        Files.delete(userDir.resolve("onnx/embed_tokens_q4.onnx"));
        assertThat(store.find(userDir.toString())).isEmpty();
        assertThatThrownBy(() -> store.require(userDir.toString())).hasMessageContaining("not a usable model folder");
        assertThatThrownBy(() -> store.require("smolvlm-256m"))
                .hasMessageContaining("quire models pull smolvlm-256m");
        assertThatThrownBy(() -> store.require("no-such-model")).hasMessageContaining("smolvlm-256m, smolvlm-500m");
    }

    @Test
    void listHasOneRowPerModelInTheCliShape() throws Exception {
        assertThat(store.installed()).isEmpty();
        CatalogModel smol = catalog.find("smolvlm-256m").orElseThrow();
        FakeModels.writeFolder(userDir, smol, Precision.Q8, 1_000);
        InstalledModel m = store.importFolder(userDir, ImportOptions.copy());

        assertThat(store.installed()).containsExactly(m);
        assertThat(store.find(m.dir().toString()).orElseThrow().id()).isEqualTo("smolvlm-256m");

        List<ModelStatus> rows = store.list();
        assertThat(rows).extracting(ModelStatus::id)
                .containsExactly("smolvlm-256m", "smolvlm-500m", "granite-docling-258m");
        assertThat(rows.get(0)).isEqualTo(new ModelStatus("smolvlm-256m", true, "q8", m.dir().toString(),
                m.sizeBytes()));
        assertThat(rows.get(1).installed()).isFalse();
        assertThat(rows.get(1).path()).isNull();

        JsonNode json = new ObjectMapper().valueToTree(rows);
        assertThat(json.isArray()).isTrue();
        List<String> keys = new java.util.ArrayList<>();
        json.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "installed", "precision", "path", "size_bytes");
        assertThat(json.get(0).get("size_bytes").asLong()).isEqualTo(m.sizeBytes());
        assertThat(json.get(2).get("installed").asBoolean()).isFalse();
    }
}
