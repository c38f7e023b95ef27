package quire.pipeline.summarize;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.models.ModelException;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.pipeline.chart.Table;
import quire.pipeline.chart.detect.ChartCandidate;
import quire.pipeline.chart.detect.ChartDetector;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.Documents;
import quire.pipeline.document.PageTextSource;
import quire.pipeline.document.PageGeometry;
import quire.pipeline.document.RenderOptions;

/** Summarises one document: title, summary sentences, key figures, charts, thumbnails and processing notes. */
public final class DocumentSummarizer {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentSummarizer.class);
    private static final int MIN_SENTENCES = 5;
    private static final int MAX_SENTENCES = 8;
    private static final int THUMB_WIDTH = 160;

    private final SentenceEmbedder embedder;
    private final AbstractiveSummarizer abstractive;
    private final ChartTables chartTables;
    private final boolean thumbnails;
    private final PageTextSource pageText;
    /** Documents whose model summary failed: their fallback is not saved, so a re-run tries the model again. */
    private final java.util.Set<String> modelFailed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** @param abstractive null for the extractive (TextRank) summary */
    public DocumentSummarizer(SentenceEmbedder embedder, AbstractiveSummarizer abstractive, ChartTables chartTables,
                              boolean thumbnails) {
        this(embedder, abstractive, chartTables, thumbnails, PageTextSource.TEXT_LAYER);
    }

    /** @param pageText where page words come from: the text layer, or OCR for pages without a usable one */
    public DocumentSummarizer(SentenceEmbedder embedder, AbstractiveSummarizer abstractive, ChartTables chartTables,
                              boolean thumbnails, PageTextSource pageText) {
        this.pageText = pageText;
        this.embedder = embedder;
        this.abstractive = abstractive;
        this.chartTables = chartTables == null ? ChartTables.NONE : chartTables;
        this.thumbnails = thumbnails;
    }

    /** Never throws for a bad document: the failure comes back as a "failed" summary. */
    public DocSummary summarize(Path file, String display, FileFacts facts) throws InterruptedException {
        return summarize(file, display, facts, e -> { });
    }

    /** @param progress the abstractive summary's progress (map and reduce steps, streamed tokens) */
    public DocSummary summarize(Path file, String display, FileFacts facts, Consumer<SummaryProgress> progress)
            throws InterruptedException {
        List<String> notes = new ArrayList<>();
        try (Document doc = Documents.open(file)) {
            return summarize(doc, display, facts, notes, progress);
        } catch (DocumentException e) {
            return DocSummary.failed(display, facts.sha256(), facts.size(), facts.modified(), e.getMessage(), notes);
        } catch (ModelException e) {
            return DocSummary.failed(display, facts.sha256(), facts.size(), facts.modified(),
                    "the summary model failed: " + e.getMessage(), notes);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            LOG.debug("failed on {}", file, e);
            return DocSummary.failed(display, facts.sha256(), facts.size(), facts.modified(),
                    "could not process the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    notes);
        }
    }

    private DocSummary summarize(Document doc, String display, FileFacts facts, List<String> notes,
                                 Consumer<SummaryProgress> progress)
            throws DocumentException, ModelException, InterruptedException {
        int pages = doc.pageCount();
        List<String> pageTexts = new ArrayList<>(pages);
        List<Integer> noText = new ArrayList<>();
        List<Integer> garbledPages = new ArrayList<>();
        String largestLine = null;
        for (int p = 1; p <= pages; p++) {
            checkInterrupt();
            try {
                PageText text = pageText.read(doc, p);
                if (text.source() != quire.ocr.text.TextSource.TEXT_LAYER && !text.lines().isEmpty()) {
                    notes.add("page " + p + ": read by OCR (" + text.source().label() + ")");
                }
                String plain = text.plainText();
                if (!plain.isBlank() && garbled(plain)) {
                    garbledPages.add(p);
                    plain = "";
                } else if (plain.isBlank()) {
                    noText.add(p);
                }
                pageTexts.add(plain);
                if (p == 1) {
                    largestLine = largestLine(text);
                }
            } catch (DocumentException | RuntimeException e) {
                pageTexts.add("");
                notes.add("page " + p + ": text could not be read (" + e.getMessage() + ")");
            }
        }
        if (!noText.isEmpty()) {
            notes.add("no text layer on " + pageList(noText) + " (scanned or image pages; OCR is not run by "
                    + "summarize in this build, so their text is not summarised)");
        }
        if (!garbledPages.isEmpty()) {
            notes.add("the text layer of " + pageList(garbledPages) + " looks garbled (fonts without a usable "
                    + "character map); that text is left out of the summary");
        }
        String title = title(doc, largestLine, display);

        List<KeySentence> sentences = Sentences.split(pageTexts);
        List<KeySentence> summary = List.of();
        String engine = "extractive";
        if (abstractive != null) {
            try {
                summary = abstractive.summarize(pageTexts, progress);
                engine = abstractive.engine();
                if (summary.isEmpty() && !sentences.isEmpty()) {
                    notes.add("the model (" + abstractive.engine() + ") gave no summary; key sentences instead");
                }
            } catch (ModelException e) {
                LOG.debug("abstractive summary failed", e);
                modelFailed.add(facts.sha256());
                notes.add("the model (" + abstractive.engine() + ") failed (" + e.getMessage()
                        + "); key sentences instead");
            }
        }
        if (summary.isEmpty()) {
            summary = extractive(sentences);
            engine = "extractive";
        }
        if (summary.isEmpty()) {
            notes.add("no sentences to summarise");
        }
        checkInterrupt();
        List<KeyFigure> figures = KeyFigures.extract(sentences);
        List<ChartSummary> charts = charts(doc, pages, notes);
        List<Thumbnail> thumbs = thumbnails ? thumbnails(doc, summary, figures, charts, notes) : List.of();
        return new DocSummary(display, facts.sha256(), facts.size(), facts.modified(), title, pages, engine, summary,
                figures, charts, notes, thumbs, Terms.count(pageTexts), DocSummary.OK, null);
    }

    private List<KeySentence> extractive(List<KeySentence> sentences) throws ModelException {
        if (sentences.size() <= MIN_SENTENCES) {
            return sentences;
        }
        int k = Math.max(MIN_SENTENCES, Math.min(MAX_SENTENCES, sentences.size() / 8));
        List<float[]> vectors = embedder.embed(sentences.stream().map(KeySentence::text).toList());
        return TextRank.select(sentences, vectors, k);
    }

    private static String title(Document doc, String largestLine, String display) {
        if ("pdf".equals(doc.format())) {
            Optional<String> meta = PdfTitle.of(doc.path());
            if (meta.isPresent()) {
                return meta.get();
            }
        }
        return largestLine != null ? largestLine : DocSummary.fileName(display);
    }

    /** The first-page line set in the largest type (line height as the font-size proxy); earliest on ties. */
    static String largestLine(PageText page) {
        Line best = null;
        for (Line l : page.lines()) {
            String t = l.text().strip();
            if (t.replaceAll("[^\\p{L}]", "").length() < 3 || t.length() > 160) {
                continue;
            }
            if (best == null || l.bbox().height() > best.bbox().height() * 1.05) {
                best = l;
            }
        }
        return best == null ? null : best.text().strip();
    }

    private List<ChartSummary> charts(Document doc, int pages, List<String> notes) throws InterruptedException {
        List<ChartSummary> out = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            checkInterrupt();
            try {
                for (ChartCandidate c : ChartDetector.detect(doc, p)) {
                    Optional<Table> table = Optional.empty();
                    try {
                        table = chartTables.read(doc, p, c);
                    } catch (Exception e) {
                        notes.add("page " + p + ": chart table not read (" + e.getMessage() + ")");
                    }
                    out.add(new ChartSummary(p, c.bbox().toArray(), c.kind(),
                            table.isPresent() ? chartTables.engine() : "-",
                            table.map(Table::header).orElse(List.of()), table.map(Table::rows).orElse(List.of())));
                }
            } catch (DocumentException | RuntimeException e) {
                notes.add("page " + p + ": chart detection failed (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    private static List<Thumbnail> thumbnails(Document doc, List<KeySentence> summary, List<KeyFigure> figures,
                                              List<ChartSummary> charts, List<String> notes)
            throws InterruptedException {
        List<Thumbnail> out = new ArrayList<>();
        for (int p : DocSummary.cited(summary, figures, charts, doc.pageCount())) {
            checkInterrupt();
            try {
                PageGeometry g = doc.geometry(p);
                float dpi = (float) (72.0 * THUMB_WIDTH / Math.max(1, g.width()));
                BufferedImage img = doc.render(p, RenderOptions.rgb(dpi).withDownscale(true));
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(img, "png", png);
                out.add(new Thumbnail(p, img.getWidth(), img.getHeight(),
                        Base64.getEncoder().encodeToString(png.toByteArray())));
            } catch (DocumentException | IOException | RuntimeException e) {
                notes.add("page " + p + ": thumbnail not rendered (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    /** False for a document whose model summary failed (the batch then keeps it out of the state folder). */
    public boolean cacheable(DocSummary s) {
        return !modelFailed.contains(s.sha256());
    }

    /** Mostly symbols and few words: a font whose glyphs do not map to real characters. */
    static boolean garbled(String text) {
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                if (Character.isLetterOrDigit(c)) {
                    letters++;
                }
            }
        }
        long words = java.util.Arrays.stream(text.split("\\s+"))
                .filter(w -> w.length() <= 20 && w.matches("[\\p{L}\\p{N}$€£(\"'][\\p{L}\\p{N}.,%$€£()\"'/-]*[.,;:!?]?")).count();
        return visible > 40 && (letters < visible * 0.6 || words * 12 < visible);
    }

    static String pageList(List<Integer> pages) {
        if (pages.size() > 12) {
            return pages.size() + " pages (" + pages.get(0) + "–" + pages.get(pages.size() - 1) + ")";
        }
        return (pages.size() == 1 ? "page " : "pages ") + String.join(", ", pages.stream().map(String::valueOf).toList());
    }

    private static void checkInterrupt() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("cancelled");
        }
    }

    /** Facts about the input file that the summary repeats. */
    public record FileFacts(String sha256, long size, String modified) {
    }
}
