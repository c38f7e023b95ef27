package quire.pipeline.ask.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import quire.models.ModelException;
import quire.models.embed.BgeEmbedder;

/**
 * BM25 over the blocks of all given documents (one {@link MultiReader}, so term statistics are shared) plus dense
 * retrieval where a document has embeddings, fused by reciprocal rank (k = 60, Cormack et al. 2009).
 */
public final class HybridRetriever {

    static final int RRF_K = 60;
    private final List<DocumentIndex> indexes;
    private final Supplier<BgeEmbedder> embedder;
    private final MultiReader lexical;
    private final int[] starts;

    /** @param embedder null for lexical retrieval only */
    public HybridRetriever(List<DocumentIndex> indexes, BgeEmbedder embedder) throws IOException {
        this(indexes, () -> embedder);
    }

    /**
     * @param embedder the query embedder once it is loaded (null until then, or for lexical retrieval only); dense
     *                 indexes that are filled in later are searched from then on
     */
    public static HybridRetriever lazy(List<DocumentIndex> indexes, Supplier<BgeEmbedder> embedder)
            throws IOException {
        return new HybridRetriever(indexes, embedder);
    }

    private HybridRetriever(List<DocumentIndex> indexes, Supplier<BgeEmbedder> embedder) throws IOException {
        this.indexes = List.copyOf(indexes);
        this.embedder = embedder;
        IndexReader[] readers = indexes.stream().map(DocumentIndex::lexical).toArray(IndexReader[]::new);
        this.lexical = new MultiReader(readers, false);
        this.starts = new int[readers.length + 1];
        for (int i = 0; i < readers.length; i++) {
            starts[i + 1] = starts[i] + readers[i].maxDoc();
        }
    }

    /** Document frequency of an analysed term across all blocks, for IDF weights. */
    public int docFreq(String term) throws IOException {
        return lexical.docFreq(new Term(Analyzers.TEXT, term));
    }

    public int blockCount() {
        return lexical.numDocs();
    }

    public List<Hit> search(String question, int k) throws IOException, ModelException {
        Map<Key, Acc> acc = new HashMap<>();
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String t : new LinkedHashSet<>(Analyzers.terms(question))) {
            q.add(new TermQuery(new Term(Analyzers.TEXT, t)), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery query = q.build();
        if (!query.clauses().isEmpty()) {
            ScoreDoc[] docs = new IndexSearcher(lexical).search(query, 4 * k).scoreDocs;
            for (int r = 0; r < docs.length; r++) {
                int sub = subIndex(docs[r].doc);
                Acc a = acc.computeIfAbsent(new Key(sub, docs[r].doc - starts[sub]), x -> new Acc());
                a.lexicalRank = r + 1;
                a.bm25 = docs[r].score;
            }
        }
        BgeEmbedder emb = embedder.get();
        if (emb != null && indexes.stream().anyMatch(i -> i.dense().isPresent())) {
            float[] qv = emb.embedQuery(question);
            for (int sub = 0; sub < indexes.size(); sub++) {
                // each dense index is searched on its own; ranks are merged by cosine below
                DirectoryReader dr = indexes.get(sub).dense().orElse(null);
                if (dr == null) {
                    continue;
                }
                ScoreDoc[] docs = new IndexSearcher(dr).search(new KnnFloatVectorQuery(IndexStore.VECTOR, qv, 4 * k),
                        4 * k).scoreDocs;
                for (ScoreDoc d : docs) {
                    Acc a = acc.computeIfAbsent(new Key(sub, d.doc), x -> new Acc());
                    // Lucene's DOT_PRODUCT score is (1 + cos) / 2
                    a.cosine = 2 * d.score - 1;
                }
            }
            List<Map.Entry<Key, Acc>> byCos = acc.entrySet().stream().filter(e -> e.getValue().cosine != 0)
                    .sorted(Comparator.comparingDouble(e -> -e.getValue().cosine)).toList();
            for (int r = 0; r < byCos.size() && r < 4 * k; r++) {
                byCos.get(r).getValue().denseRank = r + 1;
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<Key, Acc> e : acc.entrySet()) {
            Acc a = e.getValue();
            double fused = (a.lexicalRank > 0 ? 1.0 / (RRF_K + a.lexicalRank) : 0)
                    + (a.denseRank > 0 ? 1.0 / (RRF_K + a.denseRank) : 0);
            if (fused == 0) {
                continue;
            }
            DocumentIndex idx = indexes.get(e.getKey().sub());
            hits.add(new Hit(idx, idx.block(e.getKey().doc()), fused, a.lexicalRank, a.denseRank, a.bm25, a.cosine));
        }
        hits = demoteRunningHeads(hits);
        hits.sort(Comparator.comparingDouble(Hit::fused).reversed()
                .thenComparingInt(h -> h.lexicalRank() == 0 ? Integer.MAX_VALUE : h.lexicalRank()));
        return hits.size() > k ? List.copyOf(hits.subList(0, k)) : hits;
    }

    /** Running heads and feet repeat on this many pages or more; one that matches a question says nothing. */
    static final int RUNNING_PAGES = 3;
    static final double RUNNING_WEIGHT = 0.25;

    /**
     * Running heads and footers (the same text, page numbers aside, on {@link #RUNNING_PAGES}+ pages of one
     * document) match every question about the title's words and push the pages that say something out of the top
     * ranks: their fused score is cut to a quarter.
     */
    static List<Hit> demoteRunningHeads(List<Hit> hits) {
        Map<String, java.util.Set<Integer>> pages = new HashMap<>();
        for (Hit h : hits) {
            pages.computeIfAbsent(runningKey(h), x -> new java.util.HashSet<>()).add(h.block().page());
        }
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            boolean running = pages.get(runningKey(h)).size() >= RUNNING_PAGES;
            out.add(running ? new Hit(h.index(), h.block(), h.fused() * RUNNING_WEIGHT, h.lexicalRank(),
                    h.denseRank(), h.bm25(), h.cosine()) : h);
        }
        return out;
    }

    private static String runningKey(Hit h) {
        String t = h.block().text().toLowerCase(java.util.Locale.ROOT).replaceAll("\\d+", "#")
                .replaceAll("\\s+", " ").strip();
        return h.index().directory() + "\n" + t;
    }

    private int subIndex(int doc) {
        int i = 0;
        while (i + 1 < starts.length - 1 && doc >= starts[i + 1]) {
            i++;
        }
        return i;
    }

    private record Key(int sub, int doc) {
    }

    private static final class Acc {
        int lexicalRank;
        int denseRank;
        double bm25;
        double cosine;
    }
}
