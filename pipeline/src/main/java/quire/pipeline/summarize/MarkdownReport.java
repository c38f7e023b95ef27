package quire.pipeline.summarize;

import java.util.List;

/** The Markdown report: overview first, then one section per document. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(Report report) {
        StringBuilder md = new StringBuilder();
        Report.Overview ov = report.overview();
        md.append("# Summary report\n\n");
        md.append(ov.documents()).append(" documents (").append(ov.ok()).append(" ok, ").append(ov.failed())
                .append(" failed), ").append(ov.pages()).append(" pages, ").append(Report.size(ov.bytes()))
                .append(". Generated ").append(ov.generated()).append(".\n\n");
        if (!report.engines().isEmpty()) {
            md.append("**Summary engines:** ").append(String.join(", ", report.engines())).append("\n\n");
        }
        if (!ov.keyTerms().isEmpty()) {
            md.append("**Recurring key terms:** ").append(String.join(", ", ov.keyTerms())).append("\n\n");
        }
        md.append("| File | Title | Pages | Size | Modified | Status |\n|---|---|---|---|---|---|\n");
        for (DocSummary d : report.documents()) {
            md.append("| ").append(cell(d.file())).append(" | ").append(cell(d.title())).append(" | ")
                    .append(d.pages()).append(" | ").append(Report.size(d.sizeBytes())).append(" | ")
                    .append(cell(d.modified())).append(" | ").append(d.status()).append(" |\n");
        }
        md.append('\n');
        if (!ov.warnings().isEmpty()) {
            md.append("**Warnings:**\n\n");
            ov.warnings().forEach(w -> md.append("- ").append(w).append('\n'));
            md.append('\n');
        }
        for (DocSummary d : report.documents()) {
            md.append("## ").append(d.title()).append("\n\n");
            md.append("`").append(d.file()).append("` · ").append(d.pages()).append(" pages · ")
                    .append(Report.size(d.sizeBytes())).append(" · ").append(d.status()).append("\n\n");
            if (!d.ok()) {
                md.append("**Error:** ").append(d.error()).append("\n\n");
            }
            if (!d.summary().isEmpty()) {
                md.append("### Summary (").append(d.engine()).append(")\n\n");
                d.summary().forEach(s -> md.append("- ").append(s.text()).append(" (p. ").append(s.page())
                        .append(")\n"));
                md.append('\n');
            }
            if (!d.keyFigures().isEmpty()) {
                md.append("### Key figures\n\n");
                d.keyFigures().forEach(f -> md.append("- ").append(f.display()).append('\n'));
                md.append('\n');
            }
            if (!d.charts().isEmpty()) {
                md.append("### Charts\n\n");
                for (ChartSummary c : d.charts()) {
                    md.append("- p. ").append(c.page()).append(": ").append(c.kind())
                            .append(c.hasTable() ? "" : " (no table extracted)").append('\n');
                    if (c.hasTable()) {
                        md.append('\n').append(table(c.header(), c.rows())).append('\n');
                    }
                }
                md.append('\n');
            }
            if (d.ok() && !d.citedPages().isEmpty()) {
                md.append("**Cited pages:** ").append(String.join(", ", d.citedPages().stream()
                        .map(p -> "p. " + p).toList())).append("\n\n");
            }
            if (!d.notes().isEmpty()) {
                md.append("### Notes\n\n");
                d.notes().forEach(n -> md.append("- ").append(n).append('\n'));
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static String table(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("| ");
        sb.append(String.join(" | ", header.stream().map(MarkdownReport::cell).toList())).append(" |\n|");
        sb.append("---|".repeat(Math.max(1, header.size()))).append('\n');
        for (List<String> r : rows) {
            sb.append("| ").append(String.join(" | ", r.stream().map(MarkdownReport::cell).toList())).append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
