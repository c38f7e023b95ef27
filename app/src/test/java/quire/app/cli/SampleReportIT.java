package quire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import quire.app.cli.CliFixtures.Result;

/** The README's run command, {@code quire text samples/sample-report.pdf --json}, on the committed sample. */
class SampleReportIT {

    @Test
    void readmeRunCommandPrintsWordsOfAllThreePages() throws Exception {
        Path sample = Path.of(System.getProperty("quire.root", ".."), "samples", "sample-report.pdf");
        assertThat(sample).exists();
        Result r = CliFixtures.run("text", sample.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode pages = new ObjectMapper().readTree(r.out()).get("pages");
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).get("lines").get(0).get("text").asText()).isEqualTo("Northwind Outdoor Gear");
        assertThat(r.out()).contains("\"Revenue by year\"");
        JsonNode landscape = pages.get(2);
        assertThat(landscape.get("width").asDouble()).isEqualTo(841.89);
        assertThat(landscape.get("height").asDouble()).isEqualTo(595.28);
        JsonNode title = landscape.get("lines").get(0);
        assertThat(title.get("text").asText()).isEqualTo("Sales by region (thousand euros)");
        // upright in the displayed landscape page, near its top-left corner
        assertThat(title.get("bbox").get(0).asDouble()).isBetween(50.0, 70.0);
        assertThat(title.get("bbox").get(1).asDouble()).isBetween(40.0, 60.0);
        assertThat(Files.size(sample)).isLessThan(50_000);
    }
}
