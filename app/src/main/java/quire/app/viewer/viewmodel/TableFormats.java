package quire.app.viewer.viewmodel;

import java.util.List;

/** A table (header + rows) as TSV, RFC 4180 CSV or a Markdown pipe table. */
public final class TableFormats {

    private TableFormats() {
    }

    public static String tsv(List<String> header, List<? extends List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        appendTsv(sb, header);
        rows.forEach(r -> appendTsv(sb, r));
        return sb.toString();
    }

    public static String csv(List<String> header, List<? extends List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        appendCsv(sb, header);
        rows.forEach(r -> appendCsv(sb, r));
        return sb.toString();
    }

    public static String markdown(List<String> header, List<? extends List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        appendMd(sb, header);
        sb.append('|');
        header.forEach(h -> sb.append(" --- |"));
        sb.append('\n');
        rows.forEach(r -> appendMd(sb, r));
        return sb.toString();
    }

    private static void appendTsv(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            sb.append(i == 0 ? "" : "\t").append(cells.get(i).replace('\t', ' ').replace('\n', ' '));
        }
        sb.append('\n');
    }

    private static void appendCsv(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r");
            sb.append(i == 0 ? "" : ",").append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        sb.append("\r\n");
    }

    private static void appendMd(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(c.replace("|", "\\|").replace('\n', ' ')).append(" |");
        }
        sb.append('\n');
    }
}
