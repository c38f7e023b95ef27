package quire.pipeline.chart.engine;

import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.Table;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Engine c's DocTags → table path on written {@code <chart>} answers, and the b/c disagreement warnings. */
class GraniteChartEngineTest {

    private static String resource(String name) throws Exception {
        try (var in = Objects.requireNonNull(GraniteChartEngineTest.class.getResourceAsStream("/doctags/" + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void barChartAnswerBecomesATable() throws Exception {
        String answer = resource("bar_chart.doctags.txt");
        List<String> prompts = new java.util.ArrayList<>();
        GraniteChartEngine engine = new GraniteChartEngine((img, prompt) -> {
            prompts.add(prompt);
            return answer;
        });
        ChartTable t = engine.read(new BufferedImage(100, 80, BufferedImage.TYPE_INT_RGB)).orElseThrow();
        assertThat(prompts).containsExactly("Convert chart to table.");
        assertThat(t.engine()).isEqualTo("granite");
        assertThat(t.chartType()).isEqualTo("bar");
        assertThat(t.table().header()).containsExactly("Year", "Revenue", "Profit");
        assertThat(t.table().rows()).containsExactly(List.of("2019", "4.2", "1.1"), List.of("2020", "5.0", "1.4"),
                List.of("2021", "6.3", "2.0"));
    }

    @Test
    void answersWithoutCellsGiveNothing() throws Exception {
        GraniteChartEngine engine = new GraniteChartEngine((img, prompt) -> "<text>no chart here</text>");
        assertThat(engine.read(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB))).isEmpty();
    }

    @Test
    void disagreeingCellsAreWarned() {
        Table raster = new Table(List.of("Year", "Revenue"), List.of(List.of("2019", "4.2"), List.of("2020", "7.9"),
                List.of("2021", "6.3")));
        Table granite = new Table(List.of("Year", "Sales"), List.of(List.of("2019", "4.25"), List.of("2020", "5.0")));
        assertThat(ChartAgreement.disagreements(raster, "raster-expert", granite, "granite")).containsExactly(
                "raster-expert and granite disagree on row \"2020\", column \"Revenue\": 7.9 vs 5.0",
                "raster-expert and granite disagree on row \"2021\", column \"Revenue\": 6.3 vs (none)");
    }
}
