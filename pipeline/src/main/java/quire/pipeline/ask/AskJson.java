package quire.pipeline.ask;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes an {@link AskResult} as cli.md's {@code ask} JSON (plus {@code errors}/{@code notes} when there are any). */
public final class AskJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private AskJson() {
    }

    public static void write(AskResult r, Writer out) throws IOException {
        MAPPER.writeValue(out, toMap(r));
        out.write(System.lineSeparator());
        out.flush();
    }

    public static Map<String, Object> toMap(AskResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("question", r.question());
        m.put("found", r.answer().found());
        m.put("answer", r.answer().text());
        m.put("engine", r.engine());
        m.put("confidence", r.answer().confidence());
        List<Map<String, Object>> ev = new ArrayList<>();
        for (Evidence e : r.answer().evidence()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("file", e.file().toString());
            em.put("page", e.page());
            em.put("bbox", e.bbox().toArray());
            em.put("text", e.text());
            ev.add(em);
        }
        m.put("evidence", ev);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("index_ms", r.indexMs());
        t.put("answer_ms", r.answerMs());
        m.put("timings", t);
        if (!r.failures().isEmpty()) {
            List<Map<String, Object>> errs = new ArrayList<>();
            for (AskResult.FileFailure f : r.failures()) {
                errs.add(Map.of("file", f.file().toString(), "error", f.message()));
            }
            m.put("errors", errs);
        }
        if (!r.notes().isEmpty()) {
            m.put("notes", r.notes());
        }
        return m;
    }
}
