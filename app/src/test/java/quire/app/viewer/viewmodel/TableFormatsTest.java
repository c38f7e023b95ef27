package quire.app.viewer.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableFormatsTest {

    private final List<String> header = List.of("Year", "Sales, net");
    private final List<List<String>> rows = List.of(List.of("2019", "4.2"), List.of("2020", "say \"5\"|6"));

    @Test
    void csvQuotesCommasAndQuotes() {
        assertThat(TableFormats.csv(header, rows))
                .isEqualTo("Year,\"Sales, net\"\r\n2019,4.2\r\n2020,\"say \"\"5\"\"|6\"\r\n");
    }

    @Test
    void tsvIsTabSeparated() {
        assertThat(TableFormats.tsv(header, rows)).isEqualTo("Year\tSales, net\n2019\t4.2\n2020\tsay \"5\"|6\n");
    }

    @Test
    void markdownEscapesPipes() {
        assertThat(TableFormats.markdown(header, rows)).isEqualTo(
                "| Year | Sales, net |\n| --- | --- |\n| 2019 | 4.2 |\n| 2020 | say \"5\"\\|6 |\n");
    }
}
