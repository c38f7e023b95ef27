package quire.pipeline.ask;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.models.ModelException;
import quire.models.embed.BgeEmbedder;
import quire.models.onnx.OnnxSessionFactory;
import quire.models.onnx.SessionSettings;
import quire.pipeline.ask.AskResult.FileFailure;
import quire.pipeline.ask.index.DocumentIndex;
import quire.pipeline.ask.index.Hit;
import quire.pipeline.ask.index.HybridRetriever;
import quire.pipeline.ask.index.IndexStore;
import quire.pipeline.ask.text.DocumentTextProvider;
import quire.pipeline.ask.text.PageTextProvider;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.PageTextSource;
import quire.pipeline.ocr.OcrPageTextSource;

/**
 * Questions over one or more documents or folders: index each (or reuse its cached index), retrieve with BM25 +
 * dense fusion, answer with an {@link AnswerEngine} (the extractive one by default). One unreadable input never
 * fails the others. Synchronous and interruptible; reuse one job for several questions.
 */
public final class AskJob implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AskJob.class);

    private final AskOptions options;
    private final IndexStore store;
    private final AnswerEngine engine;
    private OnnxSessionFactory factory;
    private volatile BgeEmbedder embedder;
    private volatile boolean embedderFailed;
    /** Embeds documents in the background, one at a time, after their lexical index is ready. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ask-dense");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> pending = new CopyOnWriteArrayList<>();
    private final OcrPageTextSource ocr;
    private final PageTextProvider.Opener opener;
    /** How the opener reads text: part of the index cache key. */
    private final String extraction;

    public AskJob(AskOptions options) {
        this(options, new ExtractiveEngine(options.threshold()));
    }

    public AskJob(AskOptions options, AnswerEngine engine) {
        this.options = options;
        this.store = new IndexStore(options.cacheDir());
        this.engine = engine;
        this.ocr = options.opener() == null && options.ocr() ? OcrPageTextSource.forQuestions() : null;
        this.opener = options.opener() != null ? options.opener()
                : DocumentTextProvider.opener(ocr != null ? ocr : PageTextSource.TEXT_LAYER);
        this.extraction = options.opener() != null ? "custom" : ocr != null ? ocr.extraction() : "text-layer";
    }

    /** Opens (indexing where needed) every PDF among the inputs; folders are searched for PDFs. */
    public Corpus open(List<Path> inputs, IndexStore.Progress progress)
            throws DocumentException, IOException, InterruptedException {
        long t0 = System.nanoTime();
        List<DocumentIndex> indexes = new ArrayList<>();
        List<FileFailure> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        DocumentException first = null;
        for (Path file : expand(inputs, failures)) {
            try {
                DocumentIndex idx = store.openOrBuild(file, extraction, opener, progress);
                idx = withDense(idx);
                if (idx.meta().emptyPages() > 0) {
                    notes.add(file + ": " + idx.meta().emptyPages() + " of " + idx.meta().pages()
                            + " pages have no words (no text layer" + (ocr != null ? ", and OCR read none)" : ")"));
                }
                indexes.add(idx);
            } catch (DocumentException e) {
                LOG.debug("{} failed", file, e);
                failures.add(new FileFailure(file, e.getMessage()));
                first = first == null ? e : first;
            }
        }
        if (indexes.isEmpty()) {
            if (first != null) {
                throw first;
            }
            throw new DocumentException(DocumentException.Reason.MISSING, failures.isEmpty()
                    ? "no documents given" : failures.get(0).message());
        }
        HybridRetriever retriever = HybridRetriever.lazy(indexes, () -> embedder);
        return new Corpus(indexes, retriever, failures, notes, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Answers one question over an opened corpus. */
    public AskResult ask(Corpus corpus, String question) throws IOException, ModelException, InterruptedException {
        long t0 = System.nanoTime();
        Question q = Question.parse(question);
        List<Hit> hits = corpus.retriever().search(question, options.topK());
        HybridRetriever r = corpus.retriever();
        int n = r.blockCount();
        Answer a = engine.answer(q, hits, term -> {
            try {
                int df = r.docFreq(term);
                return Math.log(1 + (n - df + 0.5) / (df + 0.5));
            } catch (IOException e) {
                return 1.0;
            }
        });
        long answerMs = (System.nanoTime() - t0) / 1_000_000;
        return new AskResult(question, a, engine.name(), corpus.indexMs(), answerMs, corpus.failures(),
                corpus.notes());
    }

    /**
     * Embeds a document now when it is small enough to wait for ({@link AskOptions#denseWaitBlocks()}), else in
     * the background: until that is done its questions are answered by BM25 alone.
     */
    private DocumentIndex withDense(DocumentIndex idx) throws IOException, InterruptedException {
        if (!options.dense() || embedderFailed) {
            return idx;
        }
        boolean wait = idx.meta().blocks() <= options.denseWaitBlocks();
        if (idx.meta().dense()) {
            // cached embeddings: questions still need the model
            if (wait) {
                embedder();
            } else if (embedder == null) {
                pending.add(background.submit(this::embedder));
            }
            return idx;
        }
        if (wait) {
            fill(idx);
            return idx;
        }
        LOG.info("{}: {} blocks, answering by keywords while embeddings are made in the background", idx.file(),
                idx.meta().blocks());
        pending.add(background.submit(() -> {
            try {
                fill(idx);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                // e.g. the corpus was closed meanwhile: the next open starts again
                LOG.debug("{}: background embedding stopped", idx.file(), e);
            }
            return null;
        }));
        return idx;
    }

    private void fill(DocumentIndex idx) throws IOException, InterruptedException {
        BgeEmbedder e = embedder();
        if (e == null) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            store.fillDense(idx, e);
            LOG.debug("{}: embedded {} blocks in {} ms", idx.file(), idx.meta().blocks(),
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (ModelException ex) {
            embedderFailed = true;
            LOG.info("embedding model failed ({}); answering from keyword search only", ex.getMessage());
        }
    }

    private synchronized BgeEmbedder embedder() {
        if (embedder == null && !embedderFailed) {
            try {
                factory = new OnnxSessionFactory(SessionSettings.fromSystemProperties());
                embedder = BgeEmbedder.bundled(factory);
            } catch (ModelException e) {
                embedderFailed = true;
                LOG.info("embedding model unavailable ({}); answering from keyword search only", e.getMessage());
            }
        }
        return embedder;
    }

    /** Waits until the background embeddings started so far are done (benchmarks, tests). */
    public void awaitDense() throws InterruptedException {
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (ExecutionException | CancellationException e) {
                LOG.debug("background embedding failed", e);
            }
        }
        pending.removeIf(Future::isDone);
    }

    /** Files as given, and the PDFs inside folders (sorted); a folder without PDFs is a failure. */
    static List<Path> expand(List<Path> inputs, List<FileFailure> failures) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    List<Path> pdfs = s.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                            .sorted().toList();
                    if (pdfs.isEmpty()) {
                        failures.add(new FileFailure(p, p + ": the folder holds no PDF files"));
                    }
                    out.addAll(pdfs);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    @Override
    public void close() {
        background.shutdownNow();
        try {
            // an embedding batch in flight finishes (ONNX Runtime is not interruptible) before the model closes
            if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("background embedding did not stop in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ocr != null) {
            ocr.close();
        }
        if (embedder != null) {
            embedder.close();
        }
        if (factory != null) {
            factory.close();
        }
    }
}
