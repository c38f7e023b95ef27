package quire.pipeline.chart.engine;

import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.Table;
import quire.pipeline.chart.TableCsv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import quire.ocr.text.BBox;

/**
 * Writes chart tables as CSV (RFC 4180), TSV, Markdown or JSON (cli.md's shape). Several charts: a JSON array, or
 * one block per chart separated by a blank line.
 */
public final class ChartTableWriter {

    /** Output formats of {@code quire chart2table}. */
    public enum Format { CSV, TSV, MD, JSON }

    private ChartTableWriter() {
    }

    public static void write(List<ChartTable> charts, Format format, Appendable out) {
        try {
            if (format == Format.JSON) {
                if (charts.size() == 1) {
                    json(charts.get(0), out);
                } else {
                    out.append('[');
                    for (int i = 0; i < charts.size(); i++) {
                        if (i > 0) {
                            out.append(',');
                        }
                        json(charts.get(i), out);
                    }
                    out.append(']');
                }
                out.append('\n');
                return;
            }
            for (int i = 0; i < charts.size(); i++) {
                if (i > 0) {
                    out.append(format == Format.CSV ? "\r\n" : "\n");
                }
                write(charts.get(i), format, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One chart; for JSON the object without a trailing newline. */
    public static void write(ChartTable chart, Format format, Appendable out) throws IOException {
        switch (format) {
            case CSV -> TableCsv.write(chart.table(), ',', out);
            case TSV -> tsv(chart.table(), out);
            case MD -> markdown(chart.table(), out);
            case JSON -> json(chart, out);
            default -> throw new IllegalArgumentException(format.toString());
        }
    }

    /** Tab-separated, one record per line; tabs and line breaks inside cells become spaces. */
    private static void tsv(Table t, Appendable out) throws IOException {
        tsvRow(t.header(), out);
        for (List<String> row : t.rows()) {
            tsvRow(row, out);
        }
    }

    private static void tsvRow(List<String> cells, Appendable out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(cells.get(i).replaceAll("[\\t\\r\\n]+", " "));
        }
        out.append('\n');
    }

    private static void markdown(Table t, Appendable out) throws IOException {
        mdRow(t.header(), out);
        StringBuilder rule = new StringBuilder("|");
        for (int i = 0; i < t.columnCount(); i++) {
            rule.append(i == 0 ? " --- |" : " ---: |");
        }
        out.append(rule).append('\n');
        for (List<String> row : t.rows()) {
            mdRow(row, out);
        }
    }

    private static void mdRow(List<String> cells, Appendable out) throws IOException {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(c.replace("|", "\\|").replaceAll("[\\r\\n]+", " ")).append(" |");
        }
        out.append('\n');
    }

    private static void json(ChartTable c, Appendable out) throws IOException {
        out.append("{\"engine\":").append(str(c.engine()))
                .append(",\"chart_type\":").append(str(c.chartType()))
                .append(",\"bbox\":").append(box(c.bbox()))
                .append(",\"header\":").append(strings(c.table().header()))
                .append(",\"rows\":[");
        List<List<String>> rows = c.table().rows();
        for (int i = 0; i < rows.size(); i++) {
            out.append(i > 0 ? "," : "").append(strings(rows.get(i)));
        }
        out.append("],\"cells\":[");
        for (int i = 0; i < c.cells().size(); i++) {
            ChartTable.CellBox cell = c.cells().get(i);
            out.append(i > 0 ? "," : "").append("{\"row\":").append(Integer.toString(cell.row()))
                    .append(",\"col\":").append(Integer.toString(cell.col()))
                    .append(",\"bbox\":").append(box(cell.bbox())).append('}');
        }
        out.append("],\"warnings\":").append(strings(c.warnings())).append('}');
    }

    private static String box(BBox b) {
        return String.format(Locale.ROOT, "[%.2f,%.2f,%.2f,%.2f]", b.x0(), b.y0(), b.x1(), b.y1());
    }

    private static String strings(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i > 0 ? "," : "").append(str(values.get(i)));
        }
        return sb.append(']').toString();
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
