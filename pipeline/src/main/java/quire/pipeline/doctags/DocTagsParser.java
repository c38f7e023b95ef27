package quire.pipeline.doctags;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import quire.pipeline.doctags.DocTagsElement.Block;
import quire.pipeline.doctags.DocTagsElement.ChartBlock;
import quire.pipeline.doctags.DocTagsElement.PageBreak;
import quire.pipeline.doctags.DocTagsElement.TableBlock;
import quire.pipeline.doctags.DocTagsLexer.Tag;
import quire.pipeline.doctags.DocTagsLexer.Text;
import quire.pipeline.doctags.DocTagsLexer.Token;

/**
 * Parses DocTags as granite-docling / SmolDocling write it (mllm-runtime.md) into elements with boxes, tables and
 * charts. Lenient by design, because model output can be cut off or slightly malformed: unclosed elements end at
 * the end of the input or where an enclosing element closes, stray closing tags are ignored, cell tags outside a
 * table form a table of their own, and tags that are not DocTags inside code stay text.
 */
public final class DocTagsParser {

    private final List<Token> tokens;
    private int pos;
    /** Names of the elements being parsed, innermost first, so a closing tag can end several of them. */
    private final Deque<String> open = new ArrayDeque<>();

    private DocTagsParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** All top-level elements; {@code <doctag>} wrappers are transparent. */
    public static List<DocTagsElement> parse(String doctags) {
        DocTagsParser p = new DocTagsParser(DocTagsLexer.lex(doctags));
        return p.elements(null);
    }

    /** Elements until {@code </until>} (consumed) or an enclosing element's closing tag (not consumed). */
    private List<DocTagsElement> elements(String until) {
        List<DocTagsElement> out = new ArrayList<>();
        StringBuilder stray = new StringBuilder();
        while (pos < tokens.size()) {
            Token t = tokens.get(pos);
            if (t instanceof Text text) {
                stray.append(text.text());
                pos++;
                continue;
            }
            Tag tag = (Tag) t;
            if (tag.closing()) {
                if (tag.name().equals(until)) {
                    pos++;
                    break;
                }
                if (open.contains(tag.name())) {
                    break; // an enclosing element ends here: leave its tag to it
                }
                pos++; // stray closing tag
                continue;
            }
            flushStray(stray, out);
            String name = tag.name();
            if (name.equals("doctag")) {
                pos++;
                open.push(name);
                out.addAll(elements(name));
                open.pop();
            } else if (name.equals("page_break")) {
                pos++;
                out.add(new PageBreak());
            } else if (OtslCell.Kind.ofTag(name) != null || name.equals("nl")) {
                out.add(bareTable());
            } else if (isSelfClosing(name)) {
                pos++; // a loc or type tag with no element: nothing to attach it to
            } else if (name.equals("otsl") || name.equals("chart")) {
                out.add(tableOrChart(name));
            } else {
                out.add(block(name));
            }
        }
        flushStray(stray, out);
        return out;
    }

    private static void flushStray(StringBuilder stray, List<DocTagsElement> out) {
        String s = stray.toString().strip();
        if (!s.isEmpty()) {
            out.add(new Block("text", Optional.empty(), s, "", List.of()));
        }
        stray.setLength(0);
    }

    /**
     * {@code <name><loc...>text, nested elements</name>}; the content of code and formula is taken literally, except
     * a nested caption and the {@code <_language_>} tag.
     */
    private Block block(String name) {
        pos++;
        Optional<LocBox> box = locs();
        boolean literal = name.equals("code") || name.equals("formula");
        String label = "";
        StringBuilder text = new StringBuilder();
        List<DocTagsElement> children = new ArrayList<>();
        open.push(name);
        while (pos < tokens.size()) {
            Token t = tokens.get(pos);
            if (t instanceof Text tx) {
                text.append(tx.text());
                pos++;
                continue;
            }
            Tag tag = (Tag) t;
            if (tag.closing()) {
                if (tag.name().equals(name)) {
                    pos++;
                    break;
                }
                if (open.contains(tag.name())) {
                    break;
                }
                if (literal || !isElement(tag.name())) {
                    text.append(tag);
                }
                pos++;
                continue;
            }
            String inner = tag.name();
            if (inner.length() > 2 && inner.startsWith("_") && inner.endsWith("_")) {
                label = inner.substring(1, inner.length() - 1);
                pos++;
            } else if (ChartTypes.isChartTag(inner) && !literal) {
                label = inner; // a picture's classification, e.g. <picture><loc..><bar_chart>
                pos++;
            } else if (isSelfClosing(inner)) {
                if (literal) {
                    text.append(tag);
                }
                pos++;
            } else if (literal ? !inner.equals("caption") : !isElement(inner)) {
                text.append(tag); // not DocTags: e.g. "#include <vector>" in running text
                pos++;
            } else if (inner.equals("otsl") || inner.equals("chart")) {
                children.add(tableOrChart(inner));
            } else {
                children.add(block(inner));
            }
        }
        open.pop();
        return new Block(name, box, text.toString().strip(), label, children);
    }

    /** {@code <otsl>} or {@code <chart>}: box, for charts a type tag, cells, nested captions. */
    private DocTagsElement tableOrChart(String name) {
        pos++;
        Optional<LocBox> box = locs();
        String chartTag = "";
        List<Block> captions = new ArrayList<>();
        OtslBuilder cells = new OtslBuilder();
        open.push(name);
        while (pos < tokens.size()) {
            Token t = tokens.get(pos);
            if (t instanceof Text tx) {
                cells.text(tx.text());
                pos++;
                continue;
            }
            Tag tag = (Tag) t;
            if (tag.closing()) {
                if (tag.name().equals(name)) {
                    pos++;
                    break;
                }
                if (open.contains(tag.name())) {
                    break;
                }
                pos++;
                continue;
            }
            String inner = tag.name();
            if (cells.accept(inner)) {
                pos++;
            } else if (isSelfClosing(inner)) {
                if (chartTag.isEmpty() && !inner.startsWith("loc_")) {
                    chartTag = inner;
                }
                pos++;
            } else if (inner.equals("otsl")) {
                pos++; // a chart may wrap its cells in <otsl>: read them as this chart's cells
                locs();
            } else {
                DocTagsElement child = inner.equals("chart") ? tableOrChart(inner) : block(inner);
                if (child instanceof Block b) {
                    captions.add(b);
                }
            }
        }
        open.pop();
        OtslGrid grid = cells.build();
        return name.equals("chart") ? new ChartBlock(box, chartTag, grid, captions)
                : new TableBlock(box, grid, captions);
    }

    /** Cell tags with no enclosing table: a table without box, until the first tag that is not a cell. */
    private TableBlock bareTable() {
        OtslBuilder cells = new OtslBuilder();
        while (pos < tokens.size()) {
            Token t = tokens.get(pos);
            if (t instanceof Text tx) {
                cells.text(tx.text());
            } else if (!cells.accept(((Tag) t).name()) || ((Tag) t).closing()) {
                break;
            }
            pos++;
        }
        return new TableBlock(Optional.empty(), cells.build(), List.of());
    }

    /** Up to four {@code <loc_n>} tags; a box only when there were four. */
    private Optional<LocBox> locs() {
        int[] v = new int[4];
        int n = 0;
        while (pos < tokens.size() && tokens.get(pos) instanceof Tag tag && !tag.closing()
                && tag.name().startsWith("loc_") && n < 4) {
            v[n++] = parseLoc(tag.name());
            pos++;
        }
        return n == 4 ? Optional.of(new LocBox(v[0], v[1], v[2], v[3])) : Optional.empty();
    }

    private static int parseLoc(String name) {
        try {
            return Integer.parseInt(name.substring(4));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** DocTags element names that may nest inside another element's content. */
    private static boolean isElement(String name) {
        return switch (name) {
            case "text", "title", "paragraph", "caption", "footnote", "page_header", "page_footer", "list_item",
                    "unordered_list", "ordered_list", "formula", "code", "picture", "chart", "otsl", "reference",
                    "checkbox_selected", "checkbox_unselected", "document_index", "form", "key_value_region",
                    "smiles", "inline", "group", "floating_group" -> true;
            default -> name.startsWith("section_header");
        };
    }

    /** Tags that never have content or a closing tag. */
    private static boolean isSelfClosing(String name) {
        return name.startsWith("loc_") || name.equals("nl") || name.equals("page_break")
                || ChartTypes.isChartTag(name) || OtslCell.Kind.ofTag(name) != null;
    }

    /** Collects OTSL cells row by row. */
    private static final class OtslBuilder {
        private final List<List<OtslCell>> rows = new ArrayList<>();
        private List<OtslCell> row = new ArrayList<>();
        private OtslCell.Kind kind;
        private final StringBuilder text = new StringBuilder();

        /** Takes a cell or row tag; false when the name is neither. */
        boolean accept(String name) {
            if (name.equals("nl")) {
                endCell();
                rows.add(row);
                row = new ArrayList<>();
                return true;
            }
            OtslCell.Kind k = OtslCell.Kind.ofTag(name);
            if (k == null) {
                return false;
            }
            endCell();
            kind = k;
            return true;
        }

        void text(String s) {
            if (kind != null) {
                text.append(s);
            }
        }

        private void endCell() {
            if (kind != null) {
                String t = kind.isSpan() || kind == OtslCell.Kind.ECEL ? "" : text.toString().strip();
                row.add(new OtslCell(kind, t));
            }
            kind = null;
            text.setLength(0);
        }

        OtslGrid build() {
            endCell();
            if (!row.isEmpty()) {
                rows.add(row); // the last row of a cut-off generation
                row = new ArrayList<>();
            }
            return new OtslGrid(rows);
        }
    }
}
