package quire.pipeline.chart.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import quire.pipeline.chart.Table;

/**
 * One data point of a table: {@code lower(row header) + " " + lower(column header)} → cell value.
 *
 * @param key   the lower-cased, trimmed row and column headers joined by one space
 * @param value the cell as written (trimmed)
 */
public record Mapping(String key, String value) {

    /** Every data cell of the table (column 0 holds the row headers and is not a data cell). */
    public static List<Mapping> of(Table table) {
        List<Mapping> out = new ArrayList<>();
        List<String> header = table.header();
        for (List<String> row : table.rows()) {
            String rowKey = norm(row.get(0));
            for (int c = 1; c < header.size(); c++) {
                out.add(new Mapping(rowKey + " " + norm(header.get(c)), row.get(c).trim()));
            }
        }
        return out;
    }

    private static String norm(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }
}
