package quire.pipeline.chart;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs drawn with PDFBox for the chart tests (coordinates in displayed points, y down). */
public final class ChartFixtures {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float H = 400;

    private ChartFixtures() {
    }

    /**
     * Columns for apples/pears over 2021–2023 on a 0..100 axis with grid ticks every 25, a legend, and data labels
     * only on the apples.
     */
    public static Path groupedColumns(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(500, H));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, "Fruit sold (tonnes)", 180, 30, 12);
                double axisX = 80, baseY = 320, topY = 80; // 100 at topY
                cs.setStrokingColor(Color.BLACK);
                line(cs, axisX, topY - 10, axisX, baseY);
                line(cs, axisX, baseY, 420, baseY);
                for (int v = 0; v <= 100; v += 25) {
                    double y = baseY - (baseY - topY) * v / 100.0;
                    line(cs, axisX - 4, y, axisX, y);
                    String t = Integer.toString(v);
                    text(cs, t, axisX - 8 - t.length() * 5.6, y + 3.5, 10);
                }
                String[] years = {"2021", "2022", "2023"};
                double[] apples = {42, 87.5, 63};
                double[] pears = {20, 35, 77};
                for (int i = 0; i < 3; i++) {
                    double x = 110 + i * 100;
                    bar(cs, new Color(0x1f77b4), x, baseY, 30, (baseY - topY) * apples[i] / 100);
                    bar(cs, new Color(0xff7f0e), x + 30, baseY, 30, (baseY - topY) * pears[i] / 100);
                    String label = apples[i] == Math.rint(apples[i]) ? Integer.toString((int) apples[i])
                            : Double.toString(apples[i]);
                    text(cs, label, x + 15 - label.length() * 2.8, baseY - (baseY - topY) * apples[i] / 100 - 4, 10);
                    text(cs, years[i], x + 30 - 11.2, baseY + 16, 10);
                }
                bar(cs, new Color(0x1f77b4), 430, 100, 10, 8);
                text(cs, "Apples", 444, 100, 10);
                bar(cs, new Color(0xff7f0e), 430, 116, 10, 8);
                text(cs, "Pears", 444, 116, 10);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A page with a paragraph of text and nothing drawn. */
    public static Path textPage(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(500, H));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, "Minutes of the meeting held on 3 March 2024.", 40, 60, 12);
                text(cs, "Revenue rose 12% to 4,200 units; costs were flat.", 40, 80, 12);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void bar(PDPageContentStream cs, Color c, double x, double bottom, double w, double h)
            throws IOException {
        cs.setNonStrokingColor(c);
        cs.addRect((float) x, (float) (H - bottom), (float) w, (float) h);
        cs.fill();
    }

    private static void line(PDPageContentStream cs, double x0, double y0, double x1, double y1) throws IOException {
        cs.setLineWidth(0.8f);
        cs.moveTo((float) x0, (float) (H - y0));
        cs.lineTo((float) x1, (float) (H - y1));
        cs.stroke();
    }

    /** Text with its baseline at displayed y. */
    private static void text(PDPageContentStream cs, String s, double x, double baseline, float size)
            throws IOException {
        cs.setNonStrokingColor(Color.BLACK);
        cs.beginText();
        cs.setFont(HELVETICA, size);
        cs.newLineAtOffset((float) x, (float) (H - baseline));
        cs.showText(s);
        cs.endText();
    }
}
