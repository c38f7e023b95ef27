package quire.models.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelCatalogTest {

    private final ModelCatalog catalog = ModelCatalog.builtIn();

    @Test
    void builtInCatalogHasTheThreeModelsOfTheCliContract() {
        assertThat(catalog.ids()).containsExactly("smolvlm-256m", "smolvlm-500m", "granite-docling-258m");
        assertThat(catalog.defaultPrecision()).isEqualTo(Precision.Q8);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            smolvlm-256m,         HuggingFaceTB/SmolVLM-256M-Instruct,      49280,  576, false
            smolvlm-500m,         HuggingFaceTB/SmolVLM-500M-Instruct,      49280,  960, false
            granite-docling-258m, onnx-community/granite-docling-258M-ONNX, 100352, 576, true
            """)
    void modelsPointAtTheirHubRepositories(String id, String repo, int vocab, int hidden, boolean external) {
        CatalogModel m = catalog.find(id).orElseThrow();
        assertThat(m.repo()).isEqualTo(repo);
        assertThat(m.vocabSize()).isEqualTo(vocab);
        assertThat(m.hiddenSize()).isEqualTo(hidden);
        assertThat(m.externalData()).isEqualTo(external);
        assertThat(m.supportedPrecisions()).containsExactlyInAnyOrder(Precision.values());
    }

    @Test
    void everyPrecisionListsTheThreeGraphsWithItsSuffixAndExternalDataWhereNeeded() {
        for (CatalogModel m : catalog.models()) {
            for (Precision p : m.supportedPrecisions()) {
                List<String> paths = m.files(p).stream().map(CatalogFile::path).toList();
                for (String g : CatalogModel.GRAPHS) {
                    assertThat(paths).as(m.id() + " " + p).contains("onnx/" + g + p.suffix() + ".onnx");
                    if (m.externalData()) {
                        assertThat(paths).contains("onnx/" + g + p.suffix() + ".onnx_data");
                    }
                }
                assertThat(paths).contains("config.json", "tokenizer.json", "preprocessor_config.json");
                assertThat(m.files(p)).filteredOn(f -> f.path().equals("tokenizer.json"))
                        .allSatisfy(f -> assertThat(f.optional()).isFalse());
            }
        }
    }

    @Test
    void pinnedRevisionsAreFullCommitsAndHashesAreSha256Hex() {
        CatalogModel smol = catalog.find("smolvlm-256m").orElseThrow();
        assertThat(smol.revisionPinned()).isTrue();
        assertThat(smol.revision()).matches("[0-9a-f]{40}");
        for (CatalogModel m : catalog.models()) {
            for (Precision p : m.supportedPrecisions()) {
                assertThat(m.files(p)).allSatisfy(f -> {
                    if (f.sha256() != null) {
                        assertThat(f.sha256()).matches("[0-9a-f]{64}");
                    }
                });
            }
        }
        assertThat(smol.files(Precision.FP16)).filteredOn(f -> f.sha256() != null).isNotEmpty();
    }

    @Test
    void approximateSizeOfSmolVlm256mQ8IsAboutAQuarterOfFp32() {
        CatalogModel m = catalog.find("smolvlm-256m").orElseThrow();
        assertThat(m.approxSize(Precision.Q8)).isBetween(250_000_000L, 280_000_000L);
        assertThat(m.approxSize(Precision.FP32)).isGreaterThan(3 * m.approxSize(Precision.Q8));
    }

    @Test
    void readsACatalogFromJson() throws Exception {
        String json = """
                {"default_precision":"q4","models":[{"id":"tiny","repo":"me/tiny","revision":"main",
                 "vocab_size":10,"hidden_size":4,"common_files":[{"path":"config.json","approx_size":10}],
                 "precisions":{"fp32":{"files":[{"path":"onnx/decoder_model_merged.onnx","sha256":null}]}}}]}
                """;
        ModelCatalog c = ModelCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(c.defaultPrecision()).isEqualTo(Precision.Q4);
        CatalogModel tiny = c.find("tiny").orElseThrow();
        assertThat(tiny.files(Precision.FP32)).extracting(CatalogFile::path)
                .containsExactly("config.json", "onnx/decoder_model_merged.onnx");
        assertThat(tiny.supports(Precision.Q8)).isFalse();
        assertThat(c.find("nope")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            q8,    Q8,    _quantized
            Q4,    Q4,    _q4
            fp32,  FP32,  ''
            fp16,  FP16,  _fp16
            q4f16, Q4F16, _q4f16
            """)
    void precisionsParseAndNameTheirFiles(String text, Precision expected, String suffix) {
        assertThat(Precision.parse(text)).contains(expected);
        assertThat(expected.suffix()).isEqualTo(suffix);
        assertThat(expected.graphPath("embed_tokens")).isEqualTo("onnx/embed_tokens" + suffix + ".onnx");
    }

    @Test
    void unknownPrecisionDoesNotParse() {
        assertThat(Precision.parse("int3")).isEmpty();
        assertThat(Precision.parse(null)).isEmpty();
    }
}
