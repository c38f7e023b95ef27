package quire.app.viewer.service;

import java.io.IOException;
import java.util.List;
import quire.app.viewer.service.BatchService.Failed;
import quire.app.viewer.service.BatchService.FileOutcome;
import quire.app.viewer.service.BatchService.Format;
import quire.app.viewer.service.BatchService.Summarised;

/** Writes a batch report as Markdown, HTML or JSON (cli.md's summarize shape, fields this engine knows). */
final class ReportWriter {

    private ReportWriter() {
    }

    static void write(Format format, List<FileOutcome> outcomes, boolean cancelled, Appendable out)
            throws IOException {
        switch (format) {
            case MARKDOWN -> markdown(outcomes, cancelled, out);
            case HTML -> html(outcomes, cancelled, out);
            case JSON -> json(outcomes, out);
            default -> throw new IllegalArgumentException(format.name());
        }
    }

    private static void markdown(List<FileOutcome> outcomes, boolean cancelled, Appendable out) throws IOException {
        out.append("# Summaries\n\n");
        for (FileOutcome o : outcomes) {
            out.append("## ").append(o.file().getFileName().toString()).append("\n\n");
            if (o instanceof Summarised s) {
                out.append("**").append(s.title()).append("** (").append(String.valueOf(s.pages()))
                        .append(" pages)\n\n").append(s.summary()).append("\n\n");
            } else if (o instanceof Failed f) {
                out.append("Failed: ").append(f.reason()).append("\n\n");
            }
        }
        if (cancelled) {
            out.append("_Cancelled before all files were summarised._\n");
        }
    }

    private static void html(List<FileOutcome> outcomes, boolean cancelled, Appendable out) throws IOException {
        out.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Summaries</title></head><body>\n");
        out.append("<h1>Summaries</h1>\n");
        for (FileOutcome o : outcomes) {
            out.append("<h2>").append(escapeHtml(o.file().getFileName().toString())).append("</h2>\n");
            if (o instanceof Summarised s) {
                out.append("<p><b>").append(escapeHtml(s.title())).append("</b> (").append(String.valueOf(s.pages()))
                        .append(" pages)</p>\n<p>").append(escapeHtml(s.summary())).append("</p>\n");
            } else if (o instanceof Failed f) {
                out.append("<p class=\"failed\">Failed: ").append(escapeHtml(f.reason())).append("</p>\n");
            }
        }
        if (cancelled) {
            out.append("<p><i>Cancelled before all files were summarised.</i></p>\n");
        }
        out.append("</body></html>\n");
    }

    private static void json(List<FileOutcome> outcomes, Appendable out) throws IOException {
        out.append("{\"documents\":[");
        for (int i = 0; i < outcomes.size(); i++) {
            FileOutcome o = outcomes.get(i);
            out.append(i == 0 ? "" : ",").append("{\"file\":").append(quote(o.file().toString()));
            if (o instanceof Summarised s) {
                out.append(",\"title\":").append(quote(s.title())).append(",\"pages\":")
                        .append(String.valueOf(s.pages())).append(",\"summary\":").append(quote(s.summary()))
                        .append(",\"key_figures\":[],\"charts\":[],\"notes\":[],\"status\":\"ok\"}");
            } else if (o instanceof Failed f) {
                out.append(",\"status\":\"failed\",\"error\":").append(quote(f.reason())).append('}');
            }
        }
        out.append("],\"overview\":{\"files\":").append(String.valueOf(outcomes.size())).append("}}\n");
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
