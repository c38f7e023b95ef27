package quire.pipeline.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/** Builds small PDFs with text at known places, for tests. */
final class PdfFixtures {

    static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** A run of text drawn at a baseline origin (user space), rotated by {@code angle} degrees counter-clockwise. */
    record Run(String text, float x, float y, float size, float angle) {
        Run(String text, float x, float y, float size) {
            this(text, x, y, size, 0);
        }

        double width() throws IOException {
            return HELVETICA.getStringWidth(text) / 1000.0 * size;
        }
    }

    /** One page: media box, crop box (null = media), /Rotate and the runs on it. */
    record PageSpec(PDRectangle media, PDRectangle crop, int rotate, List<Run> runs) {
    }

    private PdfFixtures() {
    }

    static Path write(Path file, List<PageSpec> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (PageSpec spec : pages) {
                PDPage page = new PDPage(spec.media());
                if (spec.crop() != null) {
                    page.setCropBox(spec.crop());
                }
                page.setRotation(spec.rotate());
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Run r : spec.runs()) {
                        cs.beginText();
                        cs.setFont(HELVETICA, r.size());
                        Matrix m = Matrix.getRotateInstance(Math.toRadians(r.angle()), r.x(), r.y());
                        cs.setTextMatrix(m);
                        cs.showText(r.text());
                        cs.endText();
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
