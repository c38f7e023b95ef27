package quire.pipeline.summarize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON report (cli.md's summarize shape, with extra fields beside the contract's). */
final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String render(Report report) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode docs = root.putArray("documents");
        for (DocSummary d : report.documents()) {
            ObjectNode o = docs.addObject();
            o.put("file", d.file());
            o.put("title", d.title());
            o.put("pages", d.pages());
            o.put("summary", d.summaryText());
            ArrayNode sentences = o.putArray("summary_sentences");
            d.summary().forEach(s -> sentences.addObject().put("text", s.text()).put("page", s.page()));
            ArrayNode figures = o.putArray("key_figures");
            d.keyFigures().forEach(f -> figures.addObject().put("label", f.label()).put("value", f.value())
                    .put("page", f.page()).put("text", f.display()));
            ArrayNode charts = o.putArray("charts");
            for (ChartSummary c : d.charts()) {
                ObjectNode co = charts.addObject();
                co.put("page", c.page());
                ArrayNode bbox = co.putArray("bbox");
                for (double v : c.bbox()) {
                    bbox.add(Math.round(v * 10) / 10.0);
                }
                co.put("kind", c.kind());
                co.put("engine", c.engine());
                ArrayNode header = co.putArray("header");
                c.header().forEach(header::add);
                ArrayNode rows = co.putArray("rows");
                c.rows().forEach(r -> {
                    ArrayNode row = rows.addArray();
                    r.forEach(row::add);
                });
            }
            ArrayNode cited = o.putArray("cited_pages");
            d.citedPages().forEach(cited::add);
            ArrayNode notes = o.putArray("notes");
            d.notes().forEach(notes::add);
            o.put("status", d.status());
            if (d.error() == null) {
                o.putNull("error");
            } else {
                o.put("error", d.error());
            }
            o.put("engine", d.engine());
            o.put("size_bytes", d.sizeBytes());
            o.put("modified", d.modified());
            o.put("sha256", d.sha256());
        }
        Report.Overview ov = report.overview();
        ObjectNode o = root.putObject("overview");
        o.put("documents", ov.documents());
        o.put("ok", ov.ok());
        o.put("failed", ov.failed());
        o.put("pages", ov.pages());
        o.put("size_bytes", ov.bytes());
        ArrayNode files = o.putArray("files");
        report.documents().forEach(d -> files.addObject().put("file", d.file()).put("size_bytes", d.sizeBytes())
                .put("modified", d.modified()).put("pages", d.pages()).put("status", d.status()));
        ArrayNode engines = o.putArray("engines");
        report.engines().forEach(engines::add);
        ArrayNode terms = o.putArray("key_terms");
        ov.keyTerms().forEach(terms::add);
        ArrayNode warnings = o.putArray("warnings");
        ov.warnings().forEach(warnings::add);
        o.put("generated", ov.generated());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
