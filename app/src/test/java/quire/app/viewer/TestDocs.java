package quire.app.viewer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Generates the test documents: PDFs with text at known coordinates, bar chart images, corrupt files. */
public final class TestDocs {

    public static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** A line of text: PDF user space (origin bottom-left), baseline at y. */
    public record Text(String text, float x, float y, float size) {
    }

    private TestDocs() {
    }

    /** One page of {@code width}×{@code height} points per list entry, each with its texts. */
    public static Path pdf(Path file, float width, float height, List<List<Text>> pages) throws IOException {
        return pdf(file, width, height, 0, pages);
    }

    /** The same with every page's /Rotate set to {@code rotation}. */
    public static Path pdf(Path file, float width, float height, int rotation, List<List<Text>> pages)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (List<Text> texts : pages) {
                PDPage page = new PDPage(new PDRectangle(width, height));
                page.setRotation(rotation);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Text t : texts) {
                        cs.beginText();
                        cs.setFont(FONT, t.size());
                        cs.newLineAtOffset(t.x(), t.y());
                        cs.showText(t.text());
                        cs.endText();
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Width of {@code s} in points at {@code size}. */
    public static double width(String s, float size) throws IOException {
        return FONT.getStringWidth(s) / 1000.0 * size;
    }

    /** A PDF of {@code pages} pages of prose, for batch and scrolling tests. */
    public static Path longPdf(Path file, int pages, String title) throws IOException {
        List<List<Text>> content = new java.util.ArrayList<>();
        for (int p = 0; p < pages; p++) {
            List<Text> texts = new java.util.ArrayList<>();
            texts.add(new Text(p == 0 ? title : "Page " + (p + 1) + " of " + title, 72, 720, 18));
            for (int l = 0; l < 30; l++) {
                texts.add(new Text("Line " + l + " of page " + (p + 1) + ": the quick brown fox jumps over the lazy dog",
                        72, 690 - l * 20, 11));
            }
            content.add(texts);
        }
        return pdf(file, 612, 792, content);
    }

    /** A white image with blue vertical bars of the given heights (pixels) standing on a black axis at y=350. */
    /** A column chart image: value axis 0–300 (one unit per pixel), bars at x 60 + 80·i, years 2019… under them. */
    public static Path barChart(Path file, int[] heights) throws IOException {
        BufferedImage img = new BufferedImage(500, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 500, 400);
        g.setColor(Color.BLACK);
        g.drawLine(40, 350, 480, 350);
        g.drawLine(40, 20, 40, 350);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 14));
        // value axis: one unit per pixel, ticks every 100
        for (int v = 0; v <= 300; v += 100) {
            String label = String.valueOf(v);
            g.drawString(label, 34 - g.getFontMetrics().stringWidth(label), 355 - v);
            g.drawLine(36, 350 - v, 40, 350 - v);
        }
        for (int i = 0; i < heights.length; i++) {
            String year = String.valueOf(2019 + i);
            g.setColor(Color.BLACK);
            g.drawString(year, 85 + i * 80 - g.getFontMetrics().stringWidth(year) / 2, 372);
            g.setColor(new Color(40, 118, 221));
            g.fillRect(60 + i * 80, 350 - heights[i], 50, heights[i]);
        }
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** Bytes that start like a PDF and then are garbage. */
    public static Path corruptPdf(Path file) throws IOException {
        Files.writeString(file, "%PDF-1.7\nthis is not really a pdf\n%%EOF garbage");
        return file;
    }
}
