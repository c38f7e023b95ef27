package quire.pipeline.chart.engine;

import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.Table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.pipeline.chart.ChartTable.CellBox;
import quire.pipeline.chart.engine.ChartTableWriter.Format;

class ChartTableWriterTest {

    private static final ChartTable CHART = new ChartTable("vector", "bar", new BBox(10, 20, 110, 220.5),
            new Table(List.of("Year", "Sales, \"net\""), List.of(List.of("2019", "4.2"), List.of("2020|Q1", "5"))),
            List.of(new CellBox(1, 1, new BBox(12, 30, 20, 200)), new CellBox(0, 1, new BBox(1, 2, 3, 4.125))),
            List.of("1 bar has no label"));

    private static String write(List<ChartTable> charts, Format f) {
        StringBuilder sb = new StringBuilder();
        ChartTableWriter.write(charts, f, sb);
        return sb.toString();
    }

    @Test
    void csvIsRfc4180() {
        assertThat(write(List.of(CHART), Format.CSV))
                .isEqualTo("Year,\"Sales, \"\"net\"\"\"\r\n2019,4.2\r\n2020|Q1,5\r\n");
    }

    @Test
    void tsv() {
        assertThat(write(List.of(CHART), Format.TSV)).isEqualTo("Year\tSales, \"net\"\n2019\t4.2\n2020|Q1\t5\n");
    }

    @Test
    void markdownEscapesPipes() {
        assertThat(write(List.of(CHART), Format.MD)).isEqualTo(
                "| Year | Sales, \"net\" |\n| --- | ---: |\n| 2019 | 4.2 |\n| 2020\\|Q1 | 5 |\n");
    }

    @Test
    void jsonHasTheCliShape() {
        assertThat(write(List.of(CHART), Format.JSON)).isEqualTo("{\"engine\":\"vector\",\"chart_type\":\"bar\","
                + "\"bbox\":[10.00,20.00,110.00,220.50],\"header\":[\"Year\",\"Sales, \\\"net\\\"\"],"
                + "\"rows\":[[\"2019\",\"4.2\"],[\"2020|Q1\",\"5\"]],\"cells\":[{\"row\":1,\"col\":1,"
                + "\"bbox\":[12.00,30.00,20.00,200.00]},{\"row\":0,\"col\":1,\"bbox\":[1.00,2.00,3.00,4.13]}],"
                + "\"warnings\":[\"1 bar has no label\"]}\n");
    }

    @Test
    void severalChartsAreAnArrayOrBlocks() {
        assertThat(write(List.of(CHART, CHART), Format.JSON)).startsWith("[{").endsWith("}]\n");
        String csv = write(List.of(CHART, CHART), Format.CSV);
        assertThat(csv.split("\r\n\r\n")).hasSize(2);
    }
}
