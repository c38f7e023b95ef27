package quire.pipeline.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TableCsvTest {

    @Test
    void readsQuotedFieldsWithDelimitersQuotesAndNewlines() {
        String csv = "Region,\"AsiaPac, LatAm\",\"He said \"\"hi\"\"\"\r\n\"multi\nline\",1,\"\"\n";
        Table t = TableCsv.read(csv);
        assertThat(t.header()).containsExactly("Region", "AsiaPac, LatAm", "He said \"hi\"");
        assertThat(t.rows()).containsExactly(List.of("multi\nline", "1", ""));
    }

    @Test
    void acceptsBomLoneCrAndMissingFinalNewline() {
        Table t = TableCsv.read("\uFEFFa,b\rc,d\r\n\r\ne,");
        assertThat(t.header()).containsExactly("a", "b");
        assertThat(t.rows()).containsExactly(List.of("c", "d"), List.of("e", ""));
    }

    @Test
    void writesCrlfAndQuotesOnlyWhenNeeded() {
        Table t = new Table(List.of("Year", "Sales, EUR"), List.of(List.of("2019", "4\"2"), List.of("", "")));
        assertThat(TableCsv.write(t)).isEqualTo("Year,\"Sales, EUR\"\r\n2019,\"4\"\"2\"\r\n,\r\n");
    }

    @Test
    void loneEmptyFieldSurvivesRoundTrip() {
        Table t = new Table(List.of("x"), List.of(List.of(""), List.of("y")));
        assertThat(TableCsv.read(TableCsv.write(t))).isEqualTo(t);
    }

    @Test
    void tabDelimitedRoundTrip() {
        Table t = new Table(List.of("a\tb", "c"), List.of(List.of("1", "2")));
        StringBuilder sb = new StringBuilder();
        TableCsv.write(t, '\t', sb);
        assertThat(sb.toString()).isEqualTo("\"a\tb\"\tc\r\n1\t2\r\n");
        assertThat(TableCsv.read(sb, '\t')).isEqualTo(t);
    }

    @Test
    void randomTablesRoundTrip() {
        Random rnd = new Random(4180);
        String alphabet = "ab ,\"\r\n1.%£-";
        for (int trial = 0; trial < 500; trial++) {
            int cols = 1 + rnd.nextInt(4);
            int rows = rnd.nextInt(5);
            List<String> header = randomRow(rnd, alphabet, cols);
            List<List<String>> body = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                body.add(randomRow(rnd, alphabet, cols));
            }
            // a header of only empty cells with no rows is an empty line: nothing to read back
            Table t = new Table(header, body);
            if (cols == 1 && rows == 0 && header.get(0).isEmpty()) {
                continue;
            }
            assertThat(TableCsv.read(TableCsv.write(t))).as("trial %d", trial).isEqualTo(t);
        }
    }

    private static List<String> randomRow(Random rnd, String alphabet, int cols) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(6);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            row.add(sb.toString());
        }
        return row;
    }

    @Test
    void readsEveryStatistaTableRectangularAndRoundTrips() throws IOException {
        Path dir = Path.of(System.getProperty("quire.shared", "../shared"), "data", "charts-dev", "tables");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/data absent: skipping Statista CSV tables");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        for (Path f : files) {
            Table t = TableCsv.read(Files.readString(f, StandardCharsets.UTF_8));
            assertThat(t.columnCount()).as(f.toString()).isGreaterThanOrEqualTo(2);
            assertThat(t.rowCount()).as(f.toString()).isGreaterThanOrEqualTo(1);
            assertThat(TableCsv.read(TableCsv.write(t))).as(f.toString()).isEqualTo(t);
        }
        Table bt = TableCsv.read(Files.readString(dir.resolve("multi_col-1004.csv"), StandardCharsets.UTF_8));
        assertThat(bt.header()).containsExactly("Quarter", "UK", "Continental Europe", "US & Canada",
                "AsiaPac, LatAm & MEA");
    }
}
