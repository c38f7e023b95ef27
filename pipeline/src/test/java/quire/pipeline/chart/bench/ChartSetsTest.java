package quire.pipeline.chart.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import quire.pipeline.chart.Table;
import quire.pipeline.chart.metric.CellNumbers;

/** The committed benchmark sets are consistent: files present, gold tables well-formed, the hold-out rule kept. */
class ChartSetsTest {

    private static final Path ROOT = Path.of(System.getProperty("quire.root", ".."));

    @Test
    void syntheticSetHasFortyChartsWithImagesPdfsAndNumericGoldTables() throws IOException {
        Path dir = ROOT.resolve("bench/chart2table/synthetic");
        List<ChartCase> cases = ChartSets.synthetic(dir);
        assertThat(cases).hasSize(40);
        assertThat(cases.stream().map(ChartCase::type).distinct())
                .containsExactlyInAnyOrder("bar", "grouped_bar", "hbar", "line", "pie");
        List<String> index = Files.readAllLines(dir.resolve("index.jsonl"), StandardCharsets.UTF_8);
        for (int i = 0; i < cases.size(); i++) {
            ChartCase c = cases.get(i);
            assertThat(ImageIO.read(c.input().image().toFile())).as(c.id()).isNotNull();
            assertThat(c.input().pdf()).hasValueSatisfying(p -> assertThat(p).isRegularFile());
            Table gold = c.gold();
            assertThat(gold.columnCount() - 1).as(c.id()).isEqualTo(Integer.parseInt(num(index.get(i), "series")));
            assertThat(gold.rowCount()).as(c.id()).isEqualTo(Integer.parseInt(num(index.get(i), "rows")));
            for (List<String> row : gold.rows()) {
                for (String cell : row.subList(1, row.size())) {
                    assertThat(CellNumbers.parse(cell)).as("%s %s", c.id(), cell).isPresent();
                }
            }
        }
    }

    @Test
    void jsonFieldsAreReadWithEscapes() {
        String line = "{\"id\": \"a\\\"b\", \"files\": {\"png\": \"x.png\"}, \"title\": \"caf\\u00e9 \\\\ 50%\"}";
        assertThat(ChartSets.field(line, "id")).isEqualTo("a\"b");
        assertThat(ChartSets.field(line, "png")).isEqualTo("x.png");
        assertThat(ChartSets.field(line, "title")).isEqualTo("café \\ 50%");
        assertThat(ChartSets.field(line, "missing")).isEmpty();
    }

    @Test
    void statistaHoldoutIsTheFiftySmallestIdHashes() throws IOException, NoSuchAlgorithmException {
        Path charts = Path.of(System.getProperty("quire.shared", "../shared"), "data", "charts-dev");
        Assumptions.assumeTrue(Files.isRegularFile(charts.resolve("index.jsonl")),
                "../shared/data absent: skipping the Statista hold-out check");
        List<ChartCase> all = ChartSets.statista(charts);
        assertThat(all).hasSize(155);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        TreeSet<String> byHash = new TreeSet<>();
        for (ChartCase c : all) {
            byHash.add(HexFormat.of().formatHex(sha.digest(c.id().getBytes(StandardCharsets.UTF_8))) + " " + c.id());
        }
        Set<String> expected = new TreeSet<>(byHash.stream().limit(50).map(s -> s.substring(65)).toList());
        Set<String> holdout = ChartSets.holdout(ROOT.resolve("bench/chart2table/statista-holdout.txt"));
        assertThat(new TreeSet<>(holdout)).isEqualTo(expected);
    }

    private static String num(String jsonLine, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + key + "\"\\s*:\\s*(\\d+)").matcher(jsonLine);
        return m.find() ? m.group(1) : "-1";
    }
}
