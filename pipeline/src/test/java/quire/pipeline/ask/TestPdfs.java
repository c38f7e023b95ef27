package quire.pipeline.ask;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes small real PDFs with PDFBox: each page a list of lines at 11 pt, 14 pt apart, from 72 pt down. */
public final class TestPdfs {

    public static final float FONT_SIZE = 11;
    public static final float LEADING = 14;
    public static final float TOP = 72;
    public static final float LEFT = 72;

    private TestPdfs() {
    }

    /** One list of lines per page; an empty list makes a page without text. */
    public static Path write(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                if (lines.isEmpty()) {
                    continue;
                }
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float height = page.getMediaBox().getHeight();
                    for (int i = 0; i < lines.size(); i++) {
                        cs.beginText();
                        cs.setFont(font, FONT_SIZE);
                        cs.newLineAtOffset(LEFT, height - TOP - i * LEADING);
                        cs.showText(lines.get(i));
                        cs.endText();
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** The baseline (top-left origin) of line {@code i} on a page. */
    public static double baseline(int i) {
        return TOP + i * LEADING;
    }
}
