package quire.pipeline.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 reading and writing of {@link Table}s: the first record is the header; fields with the delimiter, a quote,
 * CR or LF are quoted and quotes doubled; records end with CRLF when written. Reading accepts CRLF, LF or CR line
 * ends, a UTF-8 byte-order mark, and a missing final line end. Any single-character delimiter works (tab for TSV).
 */
public final class TableCsv {

    private TableCsv() {
    }

    /** Parses CSV text; a blank text gives an empty table. Malformed quoting is read leniently, never rejected. */
    public static Table read(CharSequence text) {
        return read(text, ',');
    }

    public static Table read(CharSequence text, char delimiter) {
        List<List<String>> records = records(text, delimiter);
        if (records.isEmpty()) {
            return new Table(List.of(), List.of());
        }
        return new Table(records.get(0), records.subList(1, records.size()));
    }

    /** All records of the text, without dropping anything but fully empty trailing lines. */
    public static List<List<String>> records(CharSequence text, char delimiter) {
        List<List<String>> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            i = 1;
        }
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(out, record, field, fieldStarted);
                record = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        endRecord(out, record, field, fieldStarted || !record.isEmpty());
        return out;
    }

    private static void endRecord(List<List<String>> out, List<String> record, StringBuilder field, boolean started) {
        if (!started && record.isEmpty() && field.length() == 0) {
            return; // an empty line
        }
        record.add(field.toString());
        field.setLength(0);
        out.add(List.copyOf(record));
    }

    /** The table as CSV text, header first, CRLF after every record. */
    public static String write(Table table) {
        StringBuilder sb = new StringBuilder();
        write(table, ',', sb);
        return sb.toString();
    }

    public static void write(Table table, char delimiter, Appendable out) {
        try {
            writeRecord(table.header(), delimiter, out);
            for (List<String> row : table.rows()) {
                writeRecord(row, delimiter, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRecord(List<String> cells, char delimiter, Appendable out) throws IOException {
        if (cells.size() == 1 && cells.get(0).isEmpty()) {
            out.append("\"\"\r\n"); // a lone empty field would read back as an empty line
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            out.append(escape(cells.get(i), delimiter));
        }
        out.append("\r\n");
    }

    static String escape(String cell, char delimiter) {
        boolean needsQuotes = cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0
                || cell.indexOf('\r') >= 0 || cell.indexOf('\n') >= 0;
        if (!needsQuotes) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
