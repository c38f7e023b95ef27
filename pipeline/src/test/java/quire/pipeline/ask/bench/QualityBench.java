package quire.pipeline.ask.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import quire.pipeline.ask.Answer;
import quire.pipeline.ask.AskJob;
import quire.pipeline.ask.AskOptions;
import quire.pipeline.ask.AskResult;
import quire.pipeline.ask.Corpus;
import quire.pipeline.ask.index.IndexStore;

/**
 * Answer quality on the generated report set (bench/ask/data): accuracy (the gold string appears in the short
 * answer), evidence page accuracy (first evidence item's page), and the rate of answers to unanswerable questions.
 * Not a test: run through bench/ask/run.sh. Args: DATA_DIR CACHE_DIR [--verbose].
 */
public final class QualityBench {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        boolean verbose = args.length > 2 && args[2].equals("--verbose");
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> byDoc = new LinkedHashMap<>();
        for (String line : Files.readAllLines(data.resolve("questions.jsonl"))) {
            JsonNode q = json.readTree(line);
            byDoc.computeIfAbsent(q.get("doc").asText(), k -> new ArrayList<>()).add(q);
        }
        Map<String, int[]> score = new LinkedHashMap<>(); // kind -> answered, correct, page ok, neg, false pos
        List<double[]> calib = new ArrayList<>(); // kind(0 digital,1 scanned), answerable, correct, confidence
        double threshold = AskOptions.DEFAULT_THRESHOLD;
        AskOptions options = AskOptions.defaults().withCacheDir(cache).withThreshold(0);
        if ("pdfbox".equals(System.getProperty("ask.reader"))) {
            options = options.withOpener(quire.pipeline.ask.text.PdfBoxTextLayer.opener(quire.pipeline.ask.text.PageOcr.NONE));
        }
        try (AskJob job = new AskJob(options)) {
            for (var e : byDoc.entrySet()) {
                try (Corpus corpus = job.open(List.of(data.resolve(e.getKey())), IndexStore.Progress.NONE)) {
                    for (JsonNode q : e.getValue()) {
                        String kind = q.get("kind").asText();
                        int[] s = score.computeIfAbsent(kind, k -> new int[5]);
                        AskResult r = job.ask(corpus, q.get("question").asText());
                        boolean answerable = !q.get("answer").isNull();
                        boolean correct = answerable && r.answer().found()
                                && matches(r.answer().text(), q.get("answer").asText());
                        calib.add(new double[] {kind.equals("digital") ? 0 : 1, answerable ? 1 : 0, correct ? 1 : 0,
                                r.answer().found() ? r.answer().confidence() : 0});
                        r = withThreshold(r, threshold);
                        if (answerable) {
                            s[0]++;
                            boolean ok = r.answer().found() && matches(r.answer().text(), q.get("answer").asText());
                            boolean page = !r.answer().evidence().isEmpty()
                                    && r.answer().evidence().get(0).page() == q.get("page").asInt();
                            s[1] += ok ? 1 : 0;
                            s[2] += page ? 1 : 0;
                            if (verbose && (!ok || !page)) {
                                System.err.printf("MISS %s | %s | gold=%s p%d | got=%s p%s conf=%.2f%n", e.getKey(),
                                        q.get("question").asText(), q.get("answer").asText(), q.get("page").asInt(),
                                        r.answer().text(), r.answer().evidence().isEmpty() ? "-"
                                                : r.answer().evidence().get(0).page(), r.answer().confidence());
                            }
                        } else {
                            s[3]++;
                            s[4] += r.answer().found() ? 1 : 0;
                            if (verbose && r.answer().found()) {
                                System.err.printf("FALSE+ %s | %s | got=%s conf=%.2f%n", e.getKey(),
                                        q.get("question").asText(), r.answer().text(), r.answer().confidence());
                            }
                        }
                    }
                }
            }
        }
        System.err.println("calibration (digital): threshold accuracy unanswerable-answered");
        for (double t = 0.2; t <= 0.71; t += 0.05) {
            int ans = 0, ok = 0, neg = 0, fp = 0;
            for (double[] c : calib) {
                if (c[0] != 0) {
                    continue;
                }
                if (c[1] == 1) {
                    ans++;
                    ok += c[2] == 1 && c[3] >= t ? 1 : 0;
                } else {
                    neg++;
                    fp += c[3] >= t ? 1 : 0;
                }
            }
            System.err.printf(Locale.ROOT, "  %.2f  %.3f  %.3f%n", t, (double) ok / ans, (double) fp / Math.max(1, neg));
        }
        for (var e : score.entrySet()) {
            int[] s = e.getValue();
            String k = e.getKey();
            System.out.printf(Locale.ROOT, "BENCH ask-accuracy-%s: quire=%.3f peer=- ratio=- fraction (%d/%d)%n", k,
                    (double) s[1] / s[0], s[1], s[0]);
            System.out.printf(Locale.ROOT, "BENCH ask-evidence-page-%s: quire=%.3f peer=- ratio=- fraction (%d/%d)%n",
                    k, (double) s[2] / s[0], s[2], s[0]);
            System.out.printf(Locale.ROOT, "BENCH ask-unanswerable-answered-%s: quire=%.3f peer=- ratio=- fraction"
                    + " (%d/%d, lower is better)%n", k, (double) s[4] / s[3], s[4], s[3]);
        }
    }

    /** The result as the engine would give it with {@code threshold} (the engine ran with 0). */
    static AskResult withThreshold(AskResult r, double threshold) {
        if (!r.answer().found() || r.answer().confidence() >= threshold) {
            return r;
        }
        return new AskResult(r.question(), Answer.notFound(r.answer().confidence()), r.engine(), r.indexMs(),
                r.answerMs(), r.failures(), r.notes());
    }

    /** The gold answer appears in the short answer (case and spacing ignored). */
    static boolean matches(String answer, String gold) {
        String a = answer.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String g = gold.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return a.contains(g) && answer.split("\\s+").length <= 30;
    }
}
