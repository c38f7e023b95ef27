package quire.app.viewer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.app.viewer.TestDocs;
import quire.app.viewer.task.Cancellation;
import quire.models.catalog.ModelCatalog;
import quire.models.catalog.Precision;
import quire.models.download.HubSettings;
import quire.models.store.ImportOptions;
import quire.models.store.ModelStore;
import quire.ocr.text.BBox;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;

/** The chart panel's job uses granite-docling beside the raster expert once the store has it installed. */
class PipelineChartServiceTest {

    @TempDir
    Path tmp;

    private static final Path TINY = Path.of(System.getProperty("quire.root", "..")).resolve(
            "models/src/test/resources/tiny-idefics3");

    @Test
    void installedGraniteReadsBesideTheExpert() throws Exception {
        ModelStore store = new ModelStore(tmp.resolve("models"), ModelCatalog.builtIn(), HubSettings.defaults());
        PipelineChartService service = new PipelineChartService(store);
        try (Document doc = Documents.open(TestDocs.barChart(tmp.resolve("c.png"), new int[] {50, 100, 75}))) {
            BBox all = new BBox(0, 0, doc.geometry(1).width(), doc.geometry(1).height());
            ChartTable without = service.extract(doc, 1, all, new Cancellation());
            assertThat(without.engine()).isEqualTo("raster-expert");
            assertThat(without.warnings()).noneMatch(w -> w.contains("granite"));

            // the tiny random-weight fixture stands in for granite-docling: same architecture, no DocTags table. Its
            // graphs keep their weights inline; granite's catalog entry lists external-data files, which the store
            // only needs to find (ONNX Runtime never opens a data file that its graph does not reference)
            Path folder = tmp.resolve("granite-like");
            copyTree(TINY, folder);
            for (String g : new String[] {"vision_encoder", "embed_tokens", "decoder_model_merged"}) {
                Files.write(folder.resolve("onnx/" + g + ".onnx_data"), new byte[16]);
            }
            store.importFolder(folder, new ImportOptions(PipelineChartService.GRANITE_ID, Precision.FP32,
                    ImportOptions.Mode.COPY, false));
            ChartTable with = service.extract(doc, 1, all, new Cancellation());
            assertThat(with.engine()).isEqualTo("raster-expert");
            assertThat(with.rows()).isEqualTo(without.rows());
            assertThat(with.warnings()).anyMatch(w -> w.startsWith("granite read no table"));
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
