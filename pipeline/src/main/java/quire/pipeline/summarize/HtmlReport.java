package quire.pipeline.summarize;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The self-contained HTML report: inline CSS, page thumbnails as data URIs, chart tables as HTML tables. */
final class HtmlReport {

    private static final String CSS = """
            body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
            h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc;padding-bottom:.2em}
            h3{font-size:1.05em;margin-bottom:.3em}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
            th{background:#f3f3f3}.meta{color:#666;font-size:.9em}.failed{color:#b00020}.ok{color:#0a7b34}
            .error{background:#fde8eb;border-left:4px solid #b00020;padding:.4em .8em}
            .thumbs{display:flex;flex-wrap:wrap;gap:.8em}.thumbs figure{margin:0;text-align:center;font-size:.8em}
            .thumbs img{border:1px solid #bbb;box-shadow:0 1px 3px #0002}.p{color:#666;font-size:.85em}
            .terms span{display:inline-block;background:#eef;border-radius:3px;padding:0 .4em;margin:.1em}
            """;

    private HtmlReport() {
    }

    static String render(Report report) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            write(report, DocSummary::thumbnails, w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Streams the report, one document at a time, fetching each one's thumbnails only while it is written. */
    static void write(Report report, java.util.function.Function<DocSummary, List<Thumbnail>> thumbnails,
                      java.io.Writer out) throws java.io.IOException {
        StringBuilder h = new StringBuilder();
        Report.Overview ov = report.overview();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Summary report</title>")
                .append("<style>").append(CSS).append("</style></head><body>\n<h1>Summary report</h1>\n");
        h.append("<p class=\"meta\">").append(ov.documents()).append(" documents (").append(ov.ok())
                .append(" ok, ").append(ov.failed()).append(" failed), ").append(ov.pages()).append(" pages, ")
                .append(Report.size(ov.bytes())).append(". Generated ").append(esc(ov.generated())).append(".</p>\n");
        if (!report.engines().isEmpty()) {
            h.append("<p class=\"meta\">Summary engines: ").append(esc(String.join(", ", report.engines())))
                    .append("</p>\n");
        }
        if (!ov.keyTerms().isEmpty()) {
            h.append("<p class=\"terms\"><b>Recurring key terms:</b> ");
            ov.keyTerms().forEach(t -> h.append("<span>").append(esc(t)).append("</span> "));
            h.append("</p>\n");
        }
        h.append("<table><tr><th>File</th><th>Title</th><th>Pages</th><th>Size</th><th>Modified</th>"
                + "<th>Status</th></tr>\n");
        int i = 0;
        for (DocSummary d : report.documents()) {
            h.append("<tr><td><a href=\"#d").append(i++).append("\">").append(esc(d.file())).append("</a></td><td>")
                    .append(esc(d.title())).append("</td><td>").append(d.pages()).append("</td><td>")
                    .append(Report.size(d.sizeBytes())).append("</td><td>").append(esc(d.modified()))
                    .append("</td><td class=\"").append(d.ok() ? "ok" : "failed").append("\">").append(d.status())
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (!ov.warnings().isEmpty()) {
            h.append("<h3>Warnings</h3><ul>");
            ov.warnings().forEach(w -> h.append("<li>").append(esc(w)).append("</li>"));
            h.append("</ul>\n");
        }
        out.write(h.toString());
        i = 0;
        for (DocSummary d : report.documents()) {
            h.setLength(0);
            document(h, d, d.ok() ? thumbnails.apply(d) : List.of(), i++);
            out.write(h.toString());
        }
        out.write("</body></html>\n");
    }

    private static void document(StringBuilder h, DocSummary d, List<Thumbnail> thumbnails, int index) {
        h.append("<section id=\"d").append(index).append("\"><h2>").append(esc(d.title())).append("</h2>\n");
        h.append("<p class=\"meta\"><code>").append(esc(d.file())).append("</code> · ").append(d.pages())
                .append(" pages · ").append(Report.size(d.sizeBytes())).append(" · <span class=\"")
                .append(d.ok() ? "ok" : "failed").append("\">").append(d.status()).append("</span></p>\n");
        if (!d.ok()) {
            h.append("<p class=\"error\">").append(esc(d.error())).append("</p>\n");
        }
        if (!d.summary().isEmpty()) {
            h.append("<h3>Summary <span class=\"p\">(").append(esc(d.engine())).append(")</span></h3><ul>");
            d.summary().forEach(s -> h.append("<li>").append(esc(s.text())).append(" <span class=\"p\">(p. ")
                    .append(s.page()).append(")</span></li>"));
            h.append("</ul>\n");
        }
        if (!d.keyFigures().isEmpty()) {
            h.append("<h3>Key figures</h3><table><tr><th>What</th><th>Value</th><th>Page</th></tr>");
            d.keyFigures().forEach(f -> h.append("<tr><td>").append(esc(f.label())).append("</td><td>")
                    .append(esc(f.value())).append("</td><td>").append(f.page()).append("</td></tr>"));
            h.append("</table>\n");
        }
        if (!d.charts().isEmpty()) {
            h.append("<h3>Charts</h3>\n");
            for (ChartSummary c : d.charts()) {
                h.append("<p>p. ").append(c.page()).append(": ").append(esc(c.kind()))
                        .append(c.hasTable() ? "" : " <span class=\"p\">(no table extracted)</span>").append("</p>");
                if (c.hasTable()) {
                    table(h, c.header(), c.rows());
                }
            }
        }
        if (!thumbnails.isEmpty()) {
            h.append("<h3>Cited pages</h3><div class=\"thumbs\">");
            Map<Integer, Thumbnail> byPage = new TreeMap<>();
            thumbnails.forEach(t -> byPage.put(t.page(), t));
            byPage.values().forEach(t -> h.append("<figure><img alt=\"page ").append(t.page()).append("\" width=\"")
                    .append(t.width()).append("\" height=\"").append(t.height())
                    .append("\" src=\"data:image/png;base64,").append(t.pngBase64()).append("\"><figcaption>p. ")
                    .append(t.page()).append("</figcaption></figure>"));
            h.append("</div>\n");
        }
        if (!d.notes().isEmpty()) {
            h.append("<h3>Notes</h3><ul>");
            d.notes().forEach(n -> h.append("<li>").append(esc(n)).append("</li>"));
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void table(StringBuilder h, List<String> header, List<List<String>> rows) {
        h.append("<table><tr>");
        header.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr>");
        for (List<String> r : rows) {
            h.append("<tr>");
            r.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
            h.append("</tr>");
        }
        h.append("</table>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
