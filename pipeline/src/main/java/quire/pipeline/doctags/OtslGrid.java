package quire.pipeline.doctags;

import java.util.ArrayList;
import java.util.List;
import quire.pipeline.chart.Table;

/**
 * An OTSL table as written: rows of cells, possibly ragged (a truncated generation), spans as {@code lcel} /
 * {@code ucel} / {@code xcel} cells.
 */
public record OtslGrid(List<List<OtslCell>> rows) {

    public OtslGrid {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /**
     * The grid as a {@link Table}: the first row is the header; every span cell repeats the text of the cell its
     * span starts from (left for {@code lcel} and {@code xcel}, above for {@code ucel}), as docling's Markdown
     * export shows merged cells; rows are padded to the widest row. A span with nothing to its left/above is empty.
     */
    public Table toTable() {
        int width = width();
        List<List<String>> text = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<OtslCell> row = rows.get(r);
            List<String> out = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                OtslCell cell = c < row.size() ? row.get(c) : null;
                String value;
                if (cell == null) {
                    value = "";
                } else if (cell.kind() == OtslCell.Kind.UCEL) {
                    value = r > 0 && c < text.get(r - 1).size() ? text.get(r - 1).get(c) : "";
                } else if (cell.kind().isSpan()) {
                    value = c > 0 ? out.get(c - 1) : (r > 0 ? text.get(r - 1).get(c) : "");
                } else {
                    value = cell.text();
                }
                out.add(value);
            }
            text.add(out);
        }
        if (text.isEmpty()) {
            return new Table(List.of(), List.of());
        }
        return new Table(text.get(0), text.subList(1, text.size()));
    }

    /** Leading rows made only of column headers (and spans/empties between them): the table's header block. */
    public int headerRows() {
        int n = 0;
        for (List<OtslCell> row : rows) {
            boolean anyHeader = false;
            for (OtslCell cell : row) {
                OtslCell.Kind k = cell.kind();
                if (k == OtslCell.Kind.CHED) {
                    anyHeader = true;
                } else if (!(k.isSpan() || k == OtslCell.Kind.ECEL)) {
                    return n;
                }
            }
            if (!anyHeader) {
                return n;
            }
            n++;
        }
        return n;
    }
}
