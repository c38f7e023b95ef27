package quire.app.viewer.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.app.viewer.task.Cancellation;
import quire.models.catalog.Precision;
import quire.models.store.InstalledModel;

/** The batch panel's summarize job with the installed model (the tiny Idefics3 fixture) and without one. */
class SummarizeBatchServiceTest {

    static final Path MODEL = Path.of(System.getProperty("quire.root", ".."),
            "models/src/test/resources/tiny-idefics3");

    record Events(List<String> stages, List<String> warnings, List<BatchService.FileOutcome> outcomes)
            implements BatchService.Listener {
        Events() {
            this(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        }

        @Override
        public void progress(Path file, double done, double total) {
        }

        @Override
        public void finished(BatchService.FileOutcome outcome) {
            outcomes.add(outcome);
        }

        @Override
        public void stage(Path file, String stage) {
            stages.add(file.getFileName() + ": " + stage);
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    }

    @Test
    void withTheInstalledModelTheBatchIsAbstractiveAndReportsItsSteps(@TempDir Path dir) throws Exception {
        Path pdf = pdf(dir.resolve("a.pdf"));
        SummarizeBatchService service = new SummarizeBatchService(
                () -> Optional.of(new InstalledModel("tiny-idefics3", Precision.FP32, MODEL, 0, null)));
        assertThat(service.summaryModel()).contains("tiny-idefics3");
        Events events = new Events();
        Path out = dir.resolve("r.json");

        BatchService.Report r = service.run(new BatchService.Request(List.of(pdf), BatchService.Format.JSON, out,
                true), events, new Cancellation());

        assertThat(r.cancelled()).isFalse();
        assertThat(events.warnings()).isEmpty();
        assertThat(events.outcomes()).singleElement().isInstanceOf(BatchService.Summarised.class);
        assertThat(events.stages()).contains("a.pdf: map 1/1");
        JsonNode doc = new ObjectMapper().readTree(out.toFile()).get("documents").get(0);
        assertThat(doc.get("engine").asText()).isEqualTo("mllm:tiny-idefics3");
    }

    @Test
    void withoutAModelTheBatchSaysSoOnceAndStaysExtractive(@TempDir Path dir) throws Exception {
        Path pdf = pdf(dir.resolve("a.pdf"));
        SummarizeBatchService service = new SummarizeBatchService();
        assertThat(service.summaryModel()).isEmpty();
        Events events = new Events();
        Path out = dir.resolve("r.json");

        service.run(new BatchService.Request(List.of(pdf), BatchService.Format.JSON, out, true), events,
                new Cancellation());

        assertThat(events.warnings()).containsExactly("No model installed: extractive summaries");
        assertThat(events.stages()).isEmpty();
        JsonNode doc = new ObjectMapper().readTree(out.toFile()).get("documents").get(0);
        assertThat(doc.get("engine").asText()).isEqualTo("extractive");
    }

    static Path pdf(Path file) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                String[] lines = {"Fleet Report", "The fleet grew to 42 vans during the spring season.",
                        "Fuel costs fell by 8% after the new routes were planned.",
                        "Two depots were merged into one larger site near the port.",
                        "Drivers reported fewer delays on the morning routes."};
                float y = 720;
                for (String line : lines) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    cs.newLineAtOffset(60, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 22;
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
