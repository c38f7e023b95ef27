package quire.pipeline.ask.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quire.pipeline.ask.AskJob;
import quire.pipeline.ask.AskOptions;
import quire.pipeline.ask.AskResult;
import quire.pipeline.ask.Corpus;
import quire.pipeline.ask.index.Analyzers;
import quire.pipeline.ask.index.Block;
import quire.pipeline.ask.index.DocumentIndex;
import quire.pipeline.ask.index.Hit;
import quire.pipeline.ask.index.IndexStore;

/**
 * Failure analysis of the quality set, one question at a time: gold, answer, evidence page, where the gold page's
 * first block ranks among the retrieved ones, and the indexed (e.g. OCR) line of the gold page that looks most like
 * the fact. A debugging aid, not a benchmark. Args: DATA_DIR CACHE_DIR [KIND] [--all].
 */
public final class ScanDiag {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        String kind = args.length > 2 ? args[2] : "scanned";
        boolean all = List.of(args).contains("--all");
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> byDoc = new LinkedHashMap<>();
        for (String line : Files.readAllLines(data.resolve("questions.jsonl"))) {
            JsonNode q = json.readTree(line);
            if (q.get("kind").asText().equals(kind)) {
                byDoc.computeIfAbsent(q.get("doc").asText(), k -> new ArrayList<>()).add(q);
            }
        }
        AskOptions options = AskOptions.defaults().withCacheDir(cache);
        try (AskJob job = new AskJob(options)) {
            for (var e : byDoc.entrySet()) {
                try (Corpus corpus = job.open(List.of(data.resolve(e.getKey())), IndexStore.Progress.NONE)) {
                    DocumentIndex idx = corpus.indexes().get(0);
                    for (JsonNode q : e.getValue()) {
                        if (q.get("answer").isNull()) {
                            continue;
                        }
                        String question = q.get("question").asText();
                        String gold = q.get("answer").asText();
                        int page = q.get("page").asInt();
                        AskResult r = job.ask(corpus, question);
                        boolean ok = r.answer().found() && QualityBench.matches(r.answer().text(), gold);
                        int evPage = r.answer().evidence().isEmpty() ? -1 : r.answer().evidence().get(0).page();
                        if (ok && evPage == page && !all) {
                            continue;
                        }
                        System.out.printf("%s %s | %s%n  gold=%s p%d | got=%s p%d conf=%.2f%n",
                                ok ? "OK  " : "MISS", e.getKey(), question, gold, page, r.answer().text(), evPage,
                                r.answer().confidence());
                        List<Hit> hits = corpus.retriever().search(question, 20);
                        int goldRank = -1;
                        for (int i = 0; i < hits.size(); i++) {
                            if (hits.get(i).block().page() == page) {
                                goldRank = i + 1;
                                break;
                            }
                        }
                        System.out.printf("  first block of gold page at fused rank %d; top: ", goldRank);
                        for (int i = 0; i < Math.min(5, hits.size()); i++) {
                            Hit h = hits.get(i);
                            System.out.printf("[p%d b%d lex%d den%d] ", h.block().page(), h.block().ordinal(),
                                    h.lexicalRank(), h.denseRank());
                        }
                        System.out.println();
                        System.out.println("  q terms: " + quire.pipeline.ask.Question.parse(question).terms());
                        // the gold page's lines most like the question + gold
                        Set<String> want = new HashSet<>(Analyzers.terms(question + " " + gold));
                        String bestLine = null;
                        int bestScore = -1;
                        for (int b = 0; b < idx.meta().blocks(); b++) {
                            Block blk = idx.block(b);
                            if (blk.page() != page) {
                                continue;
                            }
                            List<String> lines = List.of(blk.text().split("\n"));
                            for (int i = 0; i < lines.size(); i++) {
                                String ctx = (i > 0 ? lines.get(i - 1) + " ⏎ " : "") + lines.get(i)
                                        + (i + 1 < lines.size() ? " ⏎ " + lines.get(i + 1) : "");
                                Set<String> t = new HashSet<>(Analyzers.terms(lines.get(i)));
                                t.retainAll(want);
                                if (t.size() > bestScore) {
                                    bestScore = t.size();
                                    bestLine = "b" + b + ": " + ctx;
                                }
                            }
                        }
                        System.out.println("  gold page text: " + bestLine);
                    }
                }
            }
        }
    }
}
