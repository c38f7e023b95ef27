package quire.pipeline.doctags;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.ocr.text.BBox;
import quire.pipeline.chart.Table;
import quire.pipeline.doctags.DocTagsElement.Block;
import quire.pipeline.doctags.DocTagsElement.ChartBlock;
import quire.pipeline.doctags.DocTagsElement.TableBlock;

/** Chart samples written from the format in mllm-runtime.md (test resources), and malformed-output edge cases. */
class DocTagsParserTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = DocTagsParserTest.class.getResourceAsStream("/doctags/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void barChartGivesTypeBoxAndTable() throws IOException {
        List<DocTagsElement> elements = DocTags.parse(resource("bar_chart.doctags.txt"));
        ChartBlock chart = (ChartBlock) elements.get(0);
        assertThat(chart.chartTag()).isEqualTo("bar_chart");
        assertThat(chart.chartType()).isEqualTo("bar");
        assertThat(chart.box()).contains(new LocBox(12, 40, 488, 460));
        Table t = chart.grid().toTable();
        assertThat(t.header()).containsExactly("Year", "Revenue", "Profit");
        assertThat(t.rows()).containsExactly(List.of("2019", "4.2", "1.1"), List.of("2020", "5.0", "1.4"),
                List.of("2021", "6.3", "2.0"));
    }

    @Test
    void pieChartInsideAPageKeepsItsCaption() throws IOException {
        String text = resource("pie_chart_in_page.doctags.txt");
        List<DocTagsElement> elements = DocTags.parse(text);
        assertThat(elements).hasSize(2);
        ChartBlock chart = (ChartBlock) elements.get(1);
        assertThat(chart.chartType()).isEqualTo("pie");
        assertThat(chart.captions()).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("Figure 2: Market share by vendor"));
        assertThat(DocTags.chartTable(text)).map(Table::rows).contains(List.of(
                List.of("Alpha", "45%"), List.of("Beta", "30%"), List.of("Others", "25%")));
    }

    @Test
    void cutOffLegacyChartKeepsTheRowsItHas() throws IOException {
        ChartBlock chart = (ChartBlock) DocTags.parse(resource("truncated_legacy_chart.doctags.txt")).get(0);
        assertThat(chart.chartType()).isEqualTo("bar");
        Table t = chart.grid().toTable();
        assertThat(t.header()).containsExactly("", "North", "South");
        // the last row was cut off after its second cell: padded, not dropped
        assertThat(t.rows()).containsExactly(List.of("Q1", "10", "12"), List.of("Q2", "11", "13"),
                List.of("Q3", "9", ""));
    }

    @Test
    void spansRepeatTheirOriginText() throws IOException {
        ChartBlock chart = (ChartBlock) DocTags.parse(resource("line_chart_spans.doctags.txt")).get(0);
        assertThat(chart.chartType()).isEqualTo("line");
        assertThat(chart.grid().headerRows()).isEqualTo(2);
        Table t = chart.grid().toTable();
        assertThat(t.header()).containsExactly("Month", "2022", "2022");
        assertThat(t.rows()).containsExactly(List.of("Month", "low", "high"), List.of("Jan", "-3", "4"),
                List.of("Feb", "", "6"));
    }

    @Test
    void xcelTakesTheTopLeftOrigin() {
        String otsl = "<otsl><fcel>A<lcel><fcel>B<nl><ucel><xcel><fcel>C<nl></otsl>";
        Table t = ((TableBlock) DocTags.parse(otsl).get(0)).grid().toTable();
        assertThat(t.header()).containsExactly("A", "A", "B");
        assertThat(t.rows()).containsExactly(List.of("A", "A", "C"));
    }

    @Test
    void chartMayWrapItsCellsInOtsl() {
        String text = "<chart><loc_1><loc_2><loc_3><loc_4><hbar_categorical><otsl><loc_1><loc_2><loc_3><loc_4>"
                + "<ched>Team<ched>Wins<nl><fcel>Reds<fcel>12<nl></otsl></chart>";
        ChartBlock chart = (ChartBlock) DocTags.parse(text).get(0);
        assertThat(chart.chartType()).isEqualTo("hbar");
        assertThat(chart.grid().toTable().rows()).containsExactly(List.of("Reds", "12"));
        assertThat(DocTags.chartTable(text)).map(Table::header).contains(List.of("Team", "Wins"));
    }

    @Test
    void bareCellsWithoutWrapperAreATable() {
        Optional<Table> t = DocTags.chartTable("<ched>x<ched>y<nl><fcel>1<fcel>2<nl>");
        assertThat(t).isPresent();
        assertThat(t.get().header()).containsExactly("x", "y");
        assertThat(t.get().rows()).containsExactly(List.of("1", "2"));
    }

    @Test
    void noCellsNoTable() {
        assertThat(DocTags.chartTable("<doctag><text><loc_1><loc_2><loc_3><loc_4>hello</text></doctag>")).isEmpty();
        assertThat(DocTags.chartTable("")).isEmpty();
    }

    @Test
    void unclosedAndStrayTagsAreTolerated() {
        List<DocTagsElement> e = DocTags.parse(
                "</text><doctag><list_item><loc_1><loc_2><loc_3><loc_4>one</list_item><text><loc_5><loc_6>two");
        assertThat(e).hasSize(2);
        assertThat(((Block) e.get(0)).text()).isEqualTo("one");
        Block two = (Block) e.get(1);
        assertThat(two.text()).isEqualTo("two");
        assertThat(two.box()).as("only two locs: no box").isEmpty();
    }

    @Test
    void closingAnEnclosingElementClosesTheInnerOne() {
        List<DocTagsElement> e = DocTags.parse(
                "<unordered_list><list_item>a<list_item>b</unordered_list><text>c</text>");
        assertThat(e).hasSize(2);
        Block list = (Block) e.get(0);
        // the second item opened inside the unclosed first one; both end with the list
        assertThat(list.children()).hasSize(1);
        assertThat(DocTags.flatten(List.of(list))).hasSize(3);
        assertThat(((Block) e.get(1)).text()).isEqualTo("c");
    }

    @Test
    void pictureClassIsItsLabel() {
        Block pic = (Block) DocTags.parse("<picture><loc_1><loc_2><loc_30><loc_40><pie_chart></picture>").get(0);
        assertThat(pic.label()).isEqualTo("pie_chart");
    }

    @Test
    void lessThanSignsThatAreNoTagsStayText() {
        Block b = (Block) DocTags.parse("<text>a < b and c <> d, x<y_z and <_></text>").get(0);
        assertThat(b.text()).isEqualTo("a < b and c <> d, x<y_z and <_>");
    }

    @Test
    void unknownTagsInsideTextStayText() {
        Block b = (Block) DocTags.parse("<code><loc_1><loc_2><loc_3><loc_4><_cpp_>#include <vector></code>"
                + "<text>see <vector> and <b>bold</b></text>").get(0);
        assertThat(b.label()).isEqualTo("cpp");
        assertThat(b.text()).isEqualTo("#include <vector>");
        Block t = (Block) DocTags.parse("<text>see <vector> and <b>bold</b></text>").get(0);
        assertThat(t.text()).isEqualTo("see <vector> and <b>bold</b>");
        assertThat(t.children()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            bar_chart, bar
            stacked_bar_chart, bar
            vbar_categorical, bar
            hbar_categorical, hbar
            line_chart, line
            line, line
            dot_line, line
            pie_chart, pie
            scatter_chart, scatter
            radar_chart, other
            """)
    void chartTagsMapToCliChartTypes(String tag, String type) {
        ChartBlock c = (ChartBlock) DocTags.parse("<chart><" + tag + "><fcel>a<nl></chart>").get(0);
        assertThat(c.chartTag()).isEqualTo(tag);
        assertThat(c.chartType()).isEqualTo(type);
    }

    @Test
    void locBoxMapsOntoThePageFrame() {
        // the frame 100..600 x 50..1050: x scale 500/500 = 1, y scale 1000/500 = 2
        BBox page = new LocBox(50, 100, 450, 250).toPage(new BBox(100, 50, 600, 1050));
        assertThat(page).isEqualTo(new BBox(150, 250, 550, 550));
    }
}
