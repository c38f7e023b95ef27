package quire.app.viewer.service;

import java.util.List;
import quire.ocr.text.BBox;

/**
 * cli.md's {@code chart2table} shape: {@code cells} locate table cells on the page (row 0 = header).
 */
public record ChartTable(String engine, String chartType, BBox bbox, List<String> header, List<List<String>> rows,
                         List<Cell> cells, List<String> warnings) {

    /** A table cell's box on the page, in displayed-page points. */
    public record Cell(int row, int col, BBox bbox) {
    }

    public ChartTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        cells = List.copyOf(cells);
        warnings = List.copyOf(warnings);
    }
}
