package quire.app.viewer.service;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import quire.ocr.text.BBox;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.DocumentException.Reason;
import quire.pipeline.document.PageGeometry;
import quire.pipeline.document.PageStats;
import quire.pipeline.document.RenderOptions;

/**
 * A small stand-in for the pipeline's document implementation (branch foundation) so the viewer runs before it
 * lands: PDFs through PDFBox, single images through ImageIO. Replace uses with {@code Documents.open}.
 */
public final class InterimDocuments implements DocumentOpener {

    @Override
    public Document open(Path path) throws DocumentException {
        if (!Files.exists(path)) {
            throw new DocumentException(Reason.MISSING, path + " does not exist");
        }
        if (Files.isDirectory(path)) {
            throw new DocumentException(Reason.DIRECTORY, path + " is a directory, not a document");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (Files.size(path) == 0) {
                throw new DocumentException(Reason.EMPTY, path.getFileName() + " is empty");
            }
            if (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg")) {
                BufferedImage img = ImageIO.read(path.toFile());
                if (img == null) {
                    throw new DocumentException(Reason.NOT_A_DOCUMENT, path.getFileName() + " is not a readable image");
                }
                return new ImageDoc(path, img);
            }
            return new PdfDoc(path, Loader.loadPDF(path.toFile()));
        } catch (InvalidPasswordException e) {
            throw new DocumentException(Reason.ENCRYPTED, path.getFileName() + " is encrypted: give its password", e);
        } catch (IOException e) {
            throw new DocumentException(Reason.CORRUPT, path.getFileName() + " is not a readable PDF or image", e);
        }
    }

    private static final class PdfDoc implements Document {
        private final Path path;
        private final PDDocument pdf;
        private final PDFRenderer renderer;

        PdfDoc(Path path, PDDocument pdf) throws DocumentException, IOException {
            this.path = path;
            this.pdf = pdf;
            this.renderer = new PDFRenderer(pdf);
            if (pdf.getNumberOfPages() == 0) {
                pdf.close();
                throw new DocumentException(Reason.NO_PAGES, path.getFileName() + " has no pages");
            }
        }

        @Override public Path path() { return path; }
        @Override public String format() { return "pdf"; }
        @Override public int pageCount() { return pdf.getNumberOfPages(); }
        @Override public boolean encrypted() { return pdf.isEncrypted(); }

        private PDPage page(int n) throws DocumentException {
            if (n < 1 || n > pageCount()) {
                throw new DocumentException(Reason.PAGE_OUT_OF_RANGE, "page " + n + " is out of range");
            }
            return pdf.getPage(n - 1);
        }

        @Override
        public synchronized PageGeometry geometry(int n) throws DocumentException {
            PDPage p = page(n);
            PDRectangle box = p.getCropBox();
            int rot = ((p.getRotation() % 360) + 360) % 360;
            boolean swap = rot == 90 || rot == 270;
            return new PageGeometry(n, swap ? box.getHeight() : box.getWidth(), swap ? box.getWidth() : box.getHeight(), rot);
        }

        @Override
        public synchronized BufferedImage render(int n, RenderOptions o) throws DocumentException {
            page(n);
            try {
                return renderer.renderImageWithDPI(n - 1, o.dpi(), o.gray() ? ImageType.GRAY : ImageType.RGB);
            } catch (IOException e) {
                throw new DocumentException(Reason.CORRUPT, "page " + n + " cannot be rendered", e);
            }
        }

        @Override
        public synchronized PageText textLayer(int n) throws DocumentException {
            PageGeometry g = geometry(n);
            WordCollector collector;
            try {
                collector = new WordCollector();
                collector.setStartPage(n);
                collector.setEndPage(n);
                collector.getText(pdf);
            } catch (IOException e) {
                throw new DocumentException(Reason.CORRUPT, "page " + n + " has an unreadable text layer", e);
            }
            return new PageText(n, g.width(), g.height(), TextSource.TEXT_LAYER, collector.lines);
        }

        @Override
        public PageStats stats(int n) throws DocumentException {
            PageText t = textLayer(n);
            int chars = t.words().stream().mapToInt(w -> w.text().length()).sum();
            return new PageStats(n, chars, 0, 0, 0, 0);
        }

        @Override
        public synchronized void close() {
            try {
                pdf.close();
            } catch (IOException e) {
                // closing a read-only document: nothing to recover
            }
        }
    }

    /** Splits PDFTextStripper's runs into words with rotation-adjusted boxes (origin top-left). */
    private static final class WordCollector extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();

        WordCollector() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            List<Word> words = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            BBox box = null;
            for (TextPosition tp : positions) {
                String u = tp.getUnicode();
                if (u == null || u.isBlank()) {
                    if (box != null) {
                        words.add(new Word(sb.toString(), box, 1.0, TextSource.TEXT_LAYER));
                    }
                    sb.setLength(0);
                    box = null;
                    continue;
                }
                float size = tp.getFontSizeInPt() > 0 ? tp.getFontSizeInPt() : tp.getHeight();
                BBox b = new BBox(tp.getX(), tp.getY() - size * 0.8, tp.getX() + tp.getWidth(), tp.getY() + size * 0.22);
                box = box == null ? b : box.union(b);
                sb.append(u);
            }
            if (box != null) {
                words.add(new Word(sb.toString(), box, 1.0, TextSource.TEXT_LAYER));
            }
            if (!words.isEmpty()) {
                lines.add(Line.of(words));
            }
        }
    }

    private record ImageDoc(Path path, BufferedImage image) implements Document {
        @Override public String format() { return "png"; }
        @Override public int pageCount() { return 1; }
        @Override public boolean encrypted() { return false; }

        @Override
        public PageGeometry geometry(int page) throws DocumentException {
            check(page);
            return new PageGeometry(1, image.getWidth(), image.getHeight(), 0);
        }

        @Override
        public BufferedImage render(int page, RenderOptions o) throws DocumentException {
            check(page);
            double s = o.dpi() / 72.0;
            int w = Math.max(1, (int) Math.round(image.getWidth() * s));
            int h = Math.max(1, (int) Math.round(image.getHeight() * s));
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
            g.dispose();
            return out;
        }

        @Override
        public PageText textLayer(int page) throws DocumentException {
            check(page);
            return new PageText(1, image.getWidth(), image.getHeight(), TextSource.TEXT_LAYER, List.of());
        }

        @Override
        public PageStats stats(int page) throws DocumentException {
            check(page);
            return new PageStats(1, 0, 0, 1, 1.0, 0);
        }

        @Override
        public void close() {
        }

        private static void check(int page) throws DocumentException {
            if (page != 1) {
                throw new DocumentException(Reason.PAGE_OUT_OF_RANGE, "page " + page + " is out of range");
            }
        }
    }
}
