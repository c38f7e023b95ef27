package quire.app.viewer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.app.viewer.task.Cancellation;
import quire.ocr.text.BBox;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;
import quire.pipeline.document.PageGeometry;

/** The viewer's simple engines on the real development data in ../shared/data (skipped when absent). */
class DevDataIT {

    private static final Logger LOG = LoggerFactory.getLogger(DevDataIT.class);
    private static final Pattern ROW = Pattern.compile("\\{\"id\": \"([^\"]+)\", \"image\": \"([^\"]+)\", "
            + "\"table\": \"([^\"]+)\".*\"chartType\": \"column\"}");

    private static Path data() {
        Path data = Path.of(System.getProperty("quire.shared", "../shared"), "data");
        Assumptions.assumeTrue(Files.isDirectory(data), "../shared/data absent: skipping the dev-data checks");
        return data;
    }

    @Test
    void askingAPaperCitesARegionInsideItsPage() throws Exception {
        Path pdf = data().resolve("docs-dev/pdfjs_selected/tracemonkey.pdf");
        try (Document doc = Documents.open(pdf)) {
            AskAnswer a = new KeywordAskService().ask(doc, "Which compiler records traces of loops?", t -> { },
                    new Cancellation());
            assertThat(a.found()).isTrue();
            Evidence e = a.evidence().get(0);
            PageGeometry g = doc.geometry(e.page());
            assertThat(e.bbox().x0()).isBetween(0.0, g.width());
            assertThat(e.bbox().x1()).isBetween(0.0, g.width());
            assertThat(e.bbox().y1()).isBetween(0.0, g.height());
            assertThat(e.text().toLowerCase()).containsAnyOf("trace", "compiler", "loop");
            assertThat(TextFinder.find(doc.textLayer(1), "trace")).isNotEmpty();
        }
    }
}
