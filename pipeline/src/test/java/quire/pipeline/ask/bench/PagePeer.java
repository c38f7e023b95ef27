package quire.pipeline.ask.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import quire.pipeline.ask.text.PageOcr;
import quire.pipeline.ask.text.PdfBoxTextLayer;

/** The peer: plain Lucene BM25 with its stock English analyzer over whole pages (one Lucene document per page). */
final class PagePeer implements AutoCloseable {

    private final DirectoryReader reader;
    private final EnglishAnalyzer analyzer = new EnglishAnalyzer();

    PagePeer(Path pdf) throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer));
             PdfBoxTextLayer pages = PdfBoxTextLayer.open(pdf, PageOcr.NONE)) {
            for (int p = 1; p <= pages.pageCount(); p++) {
                Document d = new Document();
                d.add(new TextField("text", pages.page(p).plainText(), Field.Store.NO));
                d.add(new StoredField("page", p));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(dir);
    }

    /** Pages best first. */
    List<Integer> pages(String question, int k) throws Exception {
        var query = new QueryParser("text", analyzer).parse(QueryParser.escape(question));
        List<Integer> out = new ArrayList<>();
        IndexSearcher s = new IndexSearcher(reader);
        for (ScoreDoc d : s.search(query, k).scoreDocs) {
            out.add(s.storedFields().document(d.doc).getField("page").numericValue().intValue());
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
