package quire.app.viewer;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A small, realistic-looking annual report for the README screenshot. */
public final class ScreenshotDoc {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private ScreenshotDoc() {
    }

    public static Path write(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int p = 1; p <= 3; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (p == 1) {
                        first(cs);
                    } else {
                        text(cs, BOLD, 16, 60, 780, "Section " + p + ": Outlook");
                        paragraph(cs, 60, 750, "Management expects demand to remain steady across all regions. "
                                + "Investments in the new plant continue as planned and the order book grows. "
                                + "Risks include energy prices, supply chains and exchange rates.", 6);
                    }
                    text(cs, REGULAR, 9, 280, 30, "Page " + p + " of 3");
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void first(PDPageContentStream cs) throws IOException {
        text(cs, BOLD, 22, 60, 770, "Northwind Instruments");
        text(cs, REGULAR, 14, 60, 748, "Annual report 2023");
        text(cs, BOLD, 13, 60, 710, "Highlights");
        paragraph(cs, 60, 690, "The company grew in every region. Net revenue in 2023 was 4.2 million euros, "
                + "up from 3.6 million euros in 2022. Operating costs rose more slowly than sales, "
                + "and the margin improved to 14 percent.", 5);
        text(cs, BOLD, 13, 60, 600, "Revenue by year (million euros)");
        double[] values = {2.9, 3.3, 3.6, 4.2};
        String[] years = {"2020", "2021", "2022", "2023"};
        cs.setStrokingColor(Color.DARK_GRAY);
        cs.moveTo(80, 400);
        cs.lineTo(420, 400);
        cs.stroke();
        for (int i = 0; i < values.length; i++) {
            float h = (float) (values[i] * 40);
            cs.setNonStrokingColor(new Color(40, 118, 221));
            cs.addRect(100 + i * 80, 400, 50, h);
            cs.fill();
            cs.setNonStrokingColor(Color.BLACK);
            text(cs, REGULAR, 10, 112 + i * 80, 386, years[i]);
            text(cs, REGULAR, 10, 114 + i * 80, 404 + h, String.valueOf(values[i]));
        }
        text(cs, BOLD, 13, 60, 340, "Outlook");
        paragraph(cs, 60, 320, "For 2024 the board expects revenue between 4.5 and 4.8 million euros. "
                + "The new service contracts start in the second quarter.", 5);
    }

    private static void paragraph(PDPageContentStream cs, float x, float y, String text, int maxLines)
            throws IOException {
        String[] words = text.split(" ");
        StringBuilder line = new StringBuilder();
        float yy = y;
        int lines = 0;
        for (String w : words) {
            String candidate = line.length() == 0 ? w : line + " " + w;
            if (REGULAR.getStringWidth(candidate) / 1000 * 11 > 470) {
                text(cs, REGULAR, 11, x, yy, line.toString());
                yy -= 16;
                line = new StringBuilder(w);
                if (++lines >= maxLines) {
                    return;
                }
            } else {
                line = new StringBuilder(candidate);
            }
        }
        text(cs, REGULAR, 11, x, yy, line.toString());
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
