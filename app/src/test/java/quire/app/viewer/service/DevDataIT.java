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

    /**
     * Single-series column charts (Statista "two_col"): does the bar reader find as many bars as the published
     * table has rows? Logged as a share; asserted only loosely, since this engine is a stand-in.
     */
    @Test
    void columnChartsGiveOneRowPerBar() throws Exception {
        Path charts = data().resolve("charts-dev");
        List<String> lines = Files.readAllLines(charts.resolve("index.jsonl"));
        int tried = 0;
        int right = 0;
        int proportional = 0;
        BarChartService service = new BarChartService();
        for (String line : lines) {
            Matcher m = ROW.matcher(line);
            if (!m.find() || !m.group(1).startsWith("two_col")) {
                continue;
            }
            int expected = Files.readAllLines(charts.resolve(m.group(3))).size() - 1;
            try (Document doc = Documents.open(charts.resolve(m.group(2)))) {
                PageGeometry g = doc.geometry(1);
                ChartTable t = service.extract(doc, 1, new BBox(0, 0, g.width(), g.height()), new Cancellation());
                tried++;
                if (t.rows().size() == expected) {
                    right++;
                    if (proportional(t, Files.readAllLines(charts.resolve(m.group(3))))) {
                        proportional++;
                    }
                }
            }
        }
        LOG.info("column charts: right bar count {} of {}, heights within 2% of the table's proportions {}", right,
                tried, proportional);
        assertThat(tried).isPositive();
        assertThat(right).as("charts with the right bar count").isGreaterThanOrEqualTo((int) (0.8 * tried));
        assertThat(proportional).as("charts whose bar heights follow the table").isGreaterThanOrEqualTo(
                (int) (0.7 * tried));
    }

    /**
     * Bar heights / tallest bar against values / largest value, all within 0.02, the table read in either order
     * (Statista lists years newest first).
     */
    private static boolean proportional(ChartTable t, List<String> csv) {
        List<Double> values = new ArrayList<>();
        for (String row : csv.subList(1, csv.size())) {
            String last = row.substring(row.lastIndexOf(',') + 1).replaceAll("[^0-9.\\-]", "");
            try {
                values.add(Double.parseDouble(last));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        double vmax = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double hmax = t.rows().stream().mapToDouble(r -> Double.parseDouble(r.get(1))).max().orElse(0);
        if (vmax <= 0 || hmax <= 0) {
            return false;
        }
        boolean forward = true;
        boolean backward = true;
        int n = values.size();
        for (int i = 0; i < n; i++) {
            double h = Double.parseDouble(t.rows().get(i).get(1)) / hmax;
            forward &= Math.abs(h - values.get(i) / vmax) <= 0.02;
            backward &= Math.abs(h - values.get(n - 1 - i) / vmax) <= 0.02;
        }
        return forward || backward;
    }
}
