package quire.pipeline.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A data table as chart-to-table produces it and RMS-F1 scores it: a header row (the first cell names the row-header
 * column, e.g. the x-axis; the others name the series) and data rows whose first cell is the row header.
 * Always rectangular: short rows (and a short header) are padded with empty strings to the widest row.
 */
public record Table(List<String> header, List<List<String>> rows) {

    public Table {
        int width = header.size();
        for (List<String> row : rows) {
            width = Math.max(width, row.size());
        }
        header = padded(header, width);
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            copy.add(padded(row, width));
        }
        rows = List.copyOf(copy);
    }

    public int columnCount() {
        return header.size();
    }

    public int rowCount() {
        return rows.size();
    }

    /** Cell of a data row (0 = first row below the header). */
    public String cell(int row, int col) {
        return rows.get(row).get(col);
    }

    public boolean isEmpty() {
        return rows.isEmpty() && header.stream().allMatch(String::isEmpty);
    }

    /**
     * Rows become columns: the corner cell stays, the header's series names become row headers and the
     * row headers become the new header.
     */
    public Table transpose() {
        int width = columnCount();
        List<String> newHeader = new ArrayList<>(rows.size() + 1);
        newHeader.add(width > 0 ? header.get(0) : "");
        for (List<String> row : rows) {
            newHeader.add(row.isEmpty() ? "" : row.get(0));
        }
        List<List<String>> newRows = new ArrayList<>(Math.max(0, width - 1));
        for (int c = 1; c < width; c++) {
            List<String> r = new ArrayList<>(rows.size() + 1);
            r.add(header.get(c));
            for (List<String> row : rows) {
                r.add(row.get(c));
            }
            newRows.add(r);
        }
        return new Table(newHeader, newRows);
    }

    private static List<String> padded(List<String> cells, int width) {
        List<String> out = new ArrayList<>(width);
        for (String s : cells) {
            out.add(s == null ? "" : s);
        }
        while (out.size() < width) {
            out.add("");
        }
        return List.copyOf(out);
    }
}
