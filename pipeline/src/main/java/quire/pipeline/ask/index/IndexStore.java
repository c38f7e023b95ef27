package quire.pipeline.ask.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.models.ModelException;
import quire.models.embed.BgeEmbedder;
import quire.ocr.text.PageText;
import quire.pipeline.ask.text.PageTextProvider;
import quire.pipeline.document.DocumentException;

/**
 * The on-disk cache of ask indexes, one directory per document content (SHA-256 of the file), so reopening a
 * document, or the same bytes under another name, does not index it again. An index is built in a temporary
 * directory and moved into place when complete; the lexical index comes first, the dense one is filled in after.
 */
public final class IndexStore {

    static final String PAGE = "page";
    static final String RAW = "raw";
    static final String LAYOUT = "layout";
    static final String SOURCE = "source";
    static final String VECTOR = "vec";
    private static final Logger LOG = LoggerFactory.getLogger(IndexStore.class);

    private final Path root;

    /** @param root the cache directory for indexes (e.g. {@code CacheDirs.root().resolve("ask-index")}) */
    public IndexStore(Path root) {
        this.root = root.resolve("v" + IndexMeta.VERSION);
    }

    /** Reports pages as they are indexed. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void pages(int done, int total);
    }

    /**
     * The cached lexical index of {@code file}, building it first when there is none.
     *
     * @param extraction how {@code opener} gets the pages' text (e.g. {@code text-layer}, or the OCR engine and its
     *                   resolution rule): part of the cache key, so an index read without OCR is not reused when OCR
     *                   is asked for, nor one engine's reading for another's
     */
    public DocumentIndex openOrBuild(Path file, String extraction, PageTextProvider.Opener opener, Progress progress)
            throws DocumentException, IOException, InterruptedException {
        String sha = sha256(file);
        Path dir = root.resolve(sha + "-" + keyPart(extraction));
        IndexMeta meta = IndexMeta.read(dir);
        if (meta == null) {
            meta = build(file, sha, dir, opener, progress);
        } else {
            LOG.debug("{}: using cached index {}", file, dir);
        }
        return DocumentIndex.open(file, dir, meta);
    }

    /**
     * Fills in the dense index of an opened document index if it has none, and attaches it to that index (which
     * searches lexically until then). Safe to run on a background thread while the index answers questions.
     */
    public DocumentIndex fillDense(DocumentIndex index, BgeEmbedder embedder)
            throws IOException, ModelException, InterruptedException {
        if (index.meta().dense()) {
            return index;
        }
        Path dir = index.directory();
        Path tmp = Files.createTempDirectory(dir, "dense-");
        try {
            try (IndexWriter w = writer(tmp)) {
                int n = index.meta().blocks();
                int step = 64;
                for (int start = 0; start < n; start += step) {
                    checkInterrupt();
                    List<String> texts = new ArrayList<>();
                    for (int i = start; i < Math.min(n, start + step); i++) {
                        texts.add(index.block(i).text());
                    }
                    for (float[] v : embedder.embed(texts)) {
                        Document d = new Document();
                        d.add(new KnnFloatVectorField(VECTOR, v, VectorSimilarityFunction.DOT_PRODUCT));
                        w.addDocument(d);
                    }
                }
                w.forceMerge(1);
            }
            moveInto(tmp, dir.resolve(DocumentIndex.DENSE));
            index.meta().withDense(true).write(dir);
        } finally {
            deleteTree(tmp);
        }
        IndexMeta meta = index.meta().withDense(true);
        index.attachDense(DirectoryReader.open(FSDirectory.open(dir.resolve(DocumentIndex.DENSE))), meta);
        return index;
    }

    private IndexMeta build(Path file, String sha, Path dir, PageTextProvider.Opener opener, Progress progress)
            throws DocumentException, IOException, InterruptedException {
        Files.createDirectories(root);
        Path tmp = Files.createTempDirectory(root, sha.substring(0, 12) + "-");
        try (PageTextProvider pages = opener.open(file)) {
            int total = pages.pageCount();
            int blocks = 0;
            int empty = 0;
            try (IndexWriter w = writer(tmp.resolve(DocumentIndex.LEXICAL))) {
                for (int p = 1; p <= total; p++) {
                    checkInterrupt();
                    PageText text;
                    try {
                        text = pages.page(p);
                    } catch (DocumentException e) {
                        // one bad page never fails the document
                        LOG.warn("{}: page {} skipped: {}", file, p, e.getMessage());
                        empty++;
                        continue;
                    }
                    List<Block> bs = BlockBuilder.blocks(text, blocks);
                    if (bs.isEmpty()) {
                        empty++;
                    }
                    for (Block b : bs) {
                        w.addDocument(toLucene(b, text));
                    }
                    blocks += bs.size();
                    progress.pages(p, total);
                }
                w.forceMerge(1);
            }
            IndexMeta meta = new IndexMeta(sha, total, blocks, empty, false);
            meta.write(tmp);
            moveInto(tmp, dir);
            return IndexMeta.read(dir);
        } finally {
            deleteTree(tmp);
        }
    }

    private static Document toLucene(Block b, PageText page) {
        Document d = new Document();
        // the searchable text is dehyphenated; the stored one keeps the page's words, whose offsets map to boxes
        d.add(new TextField(Analyzers.TEXT, Analyzers.dehyphenate(b.text()), Field.Store.NO));
        d.add(new StoredField(RAW, b.text()));
        d.add(new StoredField(PAGE, b.page()));
        d.add(new StoredField(LAYOUT, BlockCodec.layout(b)));
        d.add(new StringField(SOURCE, page.source().name(), Field.Store.YES));
        return d;
    }

    private static IndexWriter writer(Path dir) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.english())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                // merges of adjacent segments only, so doc ids stay in insertion order (= block ordinals)
                .setMergePolicy(new LogDocMergePolicy())
                .setRAMBufferSizeMB(32)
                .setCommitOnClose(true);
        return new IndexWriter(FSDirectory.open(dir), cfg);
    }

    private static void moveInto(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // another process finished the same index first: keep theirs
            LOG.debug("{} already built by someone else", target);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
        }
    }

    private static void checkInterrupt() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("indexing cancelled");
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** {@code extraction} as a file-name part: lower-case letters, digits and hyphens. */
    static String keyPart(String extraction) {
        String k = extraction.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (k.isEmpty()) {
            throw new IllegalArgumentException("extraction needs a name: '" + extraction + "'");
        }
        return k;
    }

    public static String sha256(Path file) throws IOException, DocumentException {
        if (!Files.isRegularFile(file)) {
            throw new DocumentException(Files.isDirectory(file) ? DocumentException.Reason.DIRECTORY
                    : DocumentException.Reason.MISSING, file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
