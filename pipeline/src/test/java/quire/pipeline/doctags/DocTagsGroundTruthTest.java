package quire.pipeline.doctags;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quire.pipeline.chart.Table;
import quire.pipeline.doctags.DocTagsElement.Block;
import quire.pipeline.doctags.DocTagsElement.PageBreak;
import quire.pipeline.doctags.DocTagsElement.TableBlock;

/** Docling's own approved DocTags outputs against its Markdown exports of the same documents. */
class DocTagsGroundTruthTest {

    private static Path dir;

    @BeforeEach
    void locate() {
        dir = Path.of(System.getProperty("quire.shared", "../shared"), "data", "docs-dev", "docling_tests", "pdf",
                "groundtruth");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/data absent: skipping docling DocTags groundtruth");
    }

    @Test
    void everyOtslTableMatchesTheMarkdownTableCellForCell() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".doctags.txt")).sorted().toList();
        }
        int compared = 0;
        for (Path f : files) {
            Path md = Path.of(f.toString().replace(".doctags.txt", ".md"));
            if (!Files.exists(md)) {
                continue;
            }
            List<Table> ours = DocTags.tables(Files.readString(f, StandardCharsets.UTF_8));
            List<List<List<String>>> theirs = markdownTables(Files.readString(md, StandardCharsets.UTF_8));
            assertThat(ours).as(f.getFileName().toString()).hasSameSizeAs(theirs);
            for (int i = 0; i < ours.size(); i++) {
                Table t = ours.get(i);
                List<List<String>> rows = new ArrayList<>();
                rows.add(norm(t.header()));
                t.rows().forEach(r -> rows.add(norm(r)));
                assertThat(rows).as("%s table %d", f.getFileName(), i).isEqualTo(theirs.get(i));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(9);
    }

    @Test
    void pageNineOfTheOtslPaperHasBoxesTextAndTheSpannedTable() throws IOException {
        List<DocTagsElement> elements = DocTags.parse(
                Files.readString(dir.resolve("2305.03393v1-pg9.doctags.txt"), StandardCharsets.UTF_8));
        assertThat(elements).hasSize(9);
        Block header = (Block) elements.get(0);
        assertThat(header.tag()).isEqualTo("page_header");
        assertThat(header.box()).contains(new LocBox(159, 59, 366, 64));
        assertThat(header.text()).isEqualTo("Optimized Table Tokenization for Table Structure Recognition");
        assertThat(((Block) elements.get(3)).tag()).isEqualTo("section_header_level_1");

        TableBlock table = (TableBlock) elements.get(5);
        assertThat(table.box()).contains(new LocBox(114, 213, 388, 297));
        assertThat(table.captions()).singleElement().satisfies(c -> {
            assertThat(c.text()).startsWith("Table 1. HPO performed in OTSL");
            assertThat(c.box()).contains(new LocBox(110, 173, 393, 207));
        });
        assertThat(table.grid().headerRows()).isEqualTo(2);
        assertThat(table.grid().rows().get(0).get(4).kind()).isEqualTo(OtslCell.Kind.LCEL);
        Table t = table.grid().toTable();
        assertThat(t.header()).containsExactly("# enc-layers", "# dec-layers", "Language", "TEDs", "TEDs", "TEDs",
                "mAP (0.75)", "Inference time (secs)");
        assertThat(t.rows().get(0)).containsExactly("# enc-layers", "# dec-layers", "Language", "simple", "complex",
                "all", "mAP (0.75)", "Inference time (secs)");
        assertThat(t.rows().get(4).get(7)).isEqualTo("1.22 2");
    }

    @Test
    void codeKeepsItsLiteralTextLanguageAndCaption() throws IOException {
        List<DocTagsElement> all = DocTags.flatten(DocTags.parse(
                Files.readString(dir.resolve("code_and_formula.doctags.txt"), StandardCharsets.UTF_8)));
        Block code = all.stream().filter(e -> e instanceof Block b && b.tag().equals("code")).map(Block.class::cast)
                .findFirst().orElseThrow();
        assertThat(code.label()).isEqualTo("unknown");
        assertThat(code.text()).isEqualTo("function add(a, b) { return a + b; } console.log(add(3, 5));");
        assertThat(code.children()).singleElement()
                .satisfies(c -> assertThat(((Block) c).text()).isEqualTo("Listing 1: Simple JavaScript Program"));
        assertThat(all).filteredOn(PageBreak.class::isInstance).hasSize(1);
    }

    @Test
    void sqlComparisonOperatorsStayText() throws IOException {
        String text = Files.readString(dir.resolve("redp5110_sampled.doctags.txt"), StandardCharsets.UTF_8);
        List<DocTagsElement> all = DocTags.flatten(DocTags.parse(text));
        assertThat(all).filteredOn(e -> e instanceof Block b && b.text().contains("SESSION_USER <> EMPLOYEES"))
                .isNotEmpty();
    }

    @Test
    void listsNestTheirItems() throws IOException {
        List<DocTagsElement> elements = DocTags.parse(
                Files.readString(dir.resolve("table_mislabeled_as_picture.doctags.txt"), StandardCharsets.UTF_8));
        Block list = (Block) elements.get(0);
        assertThat(list.tag()).isEqualTo("unordered_list");
        assertThat(list.children()).hasSize(16).allSatisfy(c -> assertThat(((Block) c).tag()).isEqualTo("list_item"));
        assertThat(((Block) list.children().get(0)).box()).isEqualTo(Optional.of(new LocBox(61, 34, 196, 49)));
    }

    /** Pipe tables of a Markdown text, the |-|-| separator dropped, cells trimmed and whitespace collapsed. */
    static List<List<List<String>>> markdownTables(String md) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> cur = null;
        for (String line : md.split("\n", -1)) {
            if (line.startsWith("|")) {
                if (cur == null) {
                    cur = new ArrayList<>();
                    tables.add(cur);
                }
                String inner = line.strip();
                inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
                List<String> cells = new ArrayList<>();
                for (String c : inner.split("(?<!\\\\)\\|", -1)) {
                    cells.add(c.replace("\\|", "|"));
                }
                if (cells.stream().allMatch(c -> c.strip().matches("-+|:?-+:?"))) {
                    continue;
                }
                cur.add(norm(cells));
            } else {
                cur = null;
            }
        }
        return tables;
    }

    private static List<String> norm(List<String> cells) {
        return cells.stream().map(c -> c.strip().replaceAll("\\s+", " ")).toList();
    }
}
