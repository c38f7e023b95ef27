package quire.pipeline.doctags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import quire.pipeline.chart.Table;
import quire.pipeline.doctags.DocTagsElement.Block;
import quire.pipeline.doctags.DocTagsElement.ChartBlock;
import quire.pipeline.doctags.DocTagsElement.TableBlock;

/** Entry points over {@link DocTagsParser}: the elements, all of them flattened, the tables, a chart's table. */
public final class DocTags {

    private DocTags() {
    }

    public static List<DocTagsElement> parse(String doctags) {
        return DocTagsParser.parse(doctags);
    }

    /** Every element in document order, parents before their children. */
    public static List<DocTagsElement> flatten(List<DocTagsElement> elements) {
        List<DocTagsElement> out = new ArrayList<>();
        for (DocTagsElement e : elements) {
            out.add(e);
            if (e instanceof Block b) {
                out.addAll(flatten(b.children()));
            } else if (e instanceof TableBlock t) {
                out.addAll(t.captions());
            } else if (e instanceof ChartBlock c) {
                out.addAll(c.captions());
            }
        }
        return out;
    }

    /** The tables ({@code <otsl>}) of a DocTags text in document order, spans filled ({@link OtslGrid#toTable}). */
    public static List<Table> tables(String doctags) {
        return flatten(parse(doctags)).stream()
                .filter(TableBlock.class::isInstance)
                .map(e -> ((TableBlock) e).grid().toTable())
                .toList();
    }

    /**
     * The data table of a "Convert chart to table." answer: the first {@code <chart>}'s cells, else the first
     * table's (the model sometimes answers with plain OTSL); empty when there are no cells at all.
     */
    public static Optional<Table> chartTable(String doctags) {
        List<DocTagsElement> all = flatten(parse(doctags));
        for (DocTagsElement e : all) {
            if (e instanceof ChartBlock c && !c.grid().rows().isEmpty()) {
                return Optional.of(c.grid().toTable());
            }
        }
        for (DocTagsElement e : all) {
            if (e instanceof TableBlock t && !t.grid().rows().isEmpty()) {
                return Optional.of(t.grid().toTable());
            }
        }
        return Optional.empty();
    }
}
