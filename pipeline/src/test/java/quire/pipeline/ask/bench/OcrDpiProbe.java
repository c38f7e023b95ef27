package quire.pipeline.ask.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import quire.ocr.OcrEngine;
import quire.ocr.auto.OcrEngines;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.ocr.text.Word;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;
import quire.pipeline.ocr.PageOcr;

/**
 * How well an OCR engine reads the scanned quality set at several render resolutions: the share of the born-digital
 * page's words (bag of words, exact) found in the OCR words, and milliseconds per page. A debugging aid.
 * Args: ENGINE DPI[,DPI...] DIGITAL.pdf SCANNED.pdf [DIGITAL.pdf SCANNED.pdf ...].
 */
public final class OcrDpiProbe {

    public static void main(String[] args) throws Exception {
        OcrEngines.Kind kind = OcrEngines.Kind.parse(args[0]);
        String[] dpis = args[1].split(",");
        try (OcrEngine engine = OcrEngines.open(kind)) {
            for (String dpiText : dpis) {
                float dpi = Float.parseFloat(dpiText);
                long found = 0;
                long total = 0;
                long numFound = 0;
                long numTotal = 0;
                long ms = 0;
                int pages = 0;
                for (int i = 2; i + 1 < args.length; i += 2) {
                    try (Document digital = Documents.open(Path.of(args[i]));
                         Document scanned = Documents.open(Path.of(args[i + 1]))) {
                        for (int p = 1; p <= digital.pageCount(); p++) {
                            Map<String, Integer> want = bag(digital.textLayer(p));
                            long t0 = System.nanoTime();
                            Map<String, Integer> got = bag(PageOcr.read(scanned, p, engine, dpi));
                            ms += (System.nanoTime() - t0) / 1_000_000;
                            pages++;
                            for (var e : want.entrySet()) {
                                total += e.getValue();
                                long f = Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0));
                                found += f;
                                if (e.getKey().matches(".*\\d.*")) {
                                    numTotal += e.getValue();
                                    numFound += f;
                                    if (f < e.getValue() && Boolean.getBoolean("probe.misses")) {
                                        System.out.printf("  missed %s (p%d of %s)%n", e.getKey(), p, args[i + 1]);
                                    }
                                }
                            }
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "%s dpi=%.0f word recall=%.3f (%d/%d) numbers %.3f (%d/%d) %d ms/page%n",
                        engine.name(), dpi, (double) found / total, found, total, (double) numFound / numTotal,
                        numFound, numTotal, ms / Math.max(1, pages));
            }
        }
    }

    private static Map<String, Integer> bag(PageText t) {
        Map<String, Integer> out = new HashMap<>();
        for (Line l : t.lines()) {
            for (Word w : l.words()) {
                String k = w.text().replaceAll("^\\p{P}+|\\p{P}+$", "");
                if (!k.isEmpty()) {
                    out.merge(k, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    private OcrDpiProbe() {
    }
}
