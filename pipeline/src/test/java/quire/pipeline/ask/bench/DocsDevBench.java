package quire.pipeline.ask.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import quire.pipeline.ask.AskJob;
import quire.pipeline.ask.AskOptions;
import quire.pipeline.ask.AskResult;
import quire.pipeline.ask.Corpus;
import quire.pipeline.ask.Question;
import quire.pipeline.ask.index.Hit;
import quire.pipeline.ask.index.IndexStore;

/**
 * Real PDFs (../shared/data/docs-dev) with hand-written questions: page recall@3 of Quire (the answer's evidence
 * page, then the pages of the fused retrieval) against plain BM25 over pages, and answer accuracy.
 * Args: DOCS_DEV_DIR QUESTIONS_JSONL CACHE_DIR [--verbose].
 */
public final class DocsDevBench {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path cache = Path.of(args[2]);
        boolean verbose = args.length > 3 && args[3].equals("--verbose");
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> byDoc = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            JsonNode q = json.readTree(line);
            byDoc.computeIfAbsent(q.get("doc").asText(), k -> new ArrayList<>()).add(q);
        }
        int n = 0, quireHit = 0, peerHit = 0, correct = 0;
        AskOptions options = AskOptions.defaults().withCacheDir(cache);
        if ("pdfbox".equals(System.getProperty("ask.reader"))) {
            options = options.withOpener(quire.pipeline.ask.text.PdfBoxTextLayer.opener(quire.pipeline.ask.text.PageOcr.NONE));
        }
        try (AskJob job = new AskJob(options)) {
            for (var e : byDoc.entrySet()) {
                Path pdf = root.resolve(e.getKey());
                try (Corpus corpus = job.open(List.of(pdf), IndexStore.Progress.NONE); PagePeer peer = new PagePeer(pdf)) {
                    for (JsonNode q : e.getValue()) {
                        String question = q.get("question").asText();
                        int gold = q.get("page").asInt();
                        AskResult r = job.ask(corpus, question);
                        Set<Integer> pages = new LinkedHashSet<>();
                        if (r.answer().found()) {
                            pages.add(r.answer().evidence().get(0).page());
                        }
                        for (Hit h : corpus.retriever().search(question, 20)) {
                            pages.add(h.block().page());
                        }
                        List<Integer> top = pages.stream().limit(3).toList();
                        List<Integer> peerTop = peer.pages(question, 3);
                        boolean ok = r.answer().found()
                                && QualityBench.matches(r.answer().text(), q.get("answer").asText());
                        n++;
                        quireHit += top.contains(gold) ? 1 : 0;
                        peerHit += peerTop.contains(gold) ? 1 : 0;
                        correct += ok ? 1 : 0;
                        if (verbose && (!ok || !top.contains(gold))) {
                            System.err.printf("MISS %s | %s [%s] | gold=%s p%d | got=%s conf=%.2f pages=%s peer=%s%n",
                                    pdf.getFileName(), question, Question.parse(question).type(),
                                    q.get("answer").asText(), gold, r.answer().text(), r.answer().confidence(), top,
                                    peerTop);
                        }
                    }
                }
            }
        }
        double qr = (double) quireHit / n;
        double pr = (double) peerHit / n;
        System.out.printf(Locale.ROOT, "BENCH ask-docsdev-page-recall@3: quire=%.3f peer=%.3f ratio=%.3f fraction"
                + " (%d questions, peer: Lucene BM25 over pages)%n", qr, pr, qr / pr, n);
        System.out.printf(Locale.ROOT, "BENCH ask-docsdev-accuracy: quire=%.3f peer=- ratio=- fraction (%d/%d)%n",
                (double) correct / n, correct, n);
    }
}
