package quire.pipeline.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.ocr.text.BBox;
import quire.ocr.text.PageText;
import quire.ocr.text.Word;
import quire.pipeline.document.PdfFixtures.PageSpec;
import quire.pipeline.document.PdfFixtures.Run;

/**
 * Word boxes from the text layer against boxes computed here from where the test drew the text (Helvetica's AFM
 * ascender 718 and descender -207), on rotated pages with an offset CropBox, and against the rendered ink.
 */
class TextLayerIT {

    private static final double ASC = 0.718;
    private static final double DESC = -0.207;
    private static final PDRectangle MEDIA = new PDRectangle(0, 0, 612, 792);
    private static final PDRectangle CROP = new PDRectangle(40, 50, 500, 700);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "/Rotate {0}, text at {1} degrees")
    @CsvSource(textBlock = """
            0,   0
            90,  0
            180, 0
            270, 0
            0,   90
            0,   30
            90,  45
            """)
    void wordBoxesMatchTheDrawnTextWithinOnePoint(int rotate, float angle) throws Exception {
        List<Run> runs = List.of(
                new Run("QUIRE", 150, 400, 20, angle),
                new Run("HELLO", 100, 650, 12, 0),
                new Run("WORLD", 100 + 12 * 4, 650, 12, 0));
        Path pdf = PdfFixtures.write(dir.resolve("r.pdf"), List.of(new PageSpec(MEDIA, CROP, rotate, runs)));
        try (Document doc = Documents.open(pdf, null)) {
            PageGeometry g = doc.geometry(1);
            assertThat(g.rotation()).isEqualTo(rotate);
            assertThat(g.width()).isEqualTo(rotate % 180 == 0 ? 500 : 700, within(0.01));
            PageText text = doc.textLayer(1);
            assertThat(text.words()).extracting(Word::text).containsExactlyInAnyOrder("QUIRE", "HELLO", "WORLD");
            for (Run r : runs) {
                Word w = text.words().stream().filter(x -> x.text().equals(r.text())).findFirst().orElseThrow();
                BBox expected = expectedBox(r, rotate);
                assertThat(w.bbox().x0()).as("%s x0", r.text()).isCloseTo(expected.x0(), within(1.0));
                assertThat(w.bbox().y0()).as("%s y0", r.text()).isCloseTo(expected.y0(), within(1.0));
                assertThat(w.bbox().x1()).as("%s x1", r.text()).isCloseTo(expected.x1(), within(1.0));
                assertThat(w.bbox().y1()).as("%s y1", r.text()).isCloseTo(expected.y1(), within(1.0));
                double displayed = (angle + rotate) % 90;
                if (r.angle() != 0 && displayed != 0) {
                    assertThat(w.polygon()).as("rotated word carries its quad").hasSize(4);
                }
            }
            assertInkInside(doc.render(1, RenderOptions.gray(72)), text);
        }
    }

    /** The run's ascent–descent quad, mapped by an independent transform: CropBox offset, y flip, then /Rotate. */
    private static BBox expectedBox(Run r, int rotate) throws Exception {
        double w = r.width();
        AffineTransform text = AffineTransform.getTranslateInstance(r.x(), r.y());
        text.rotate(Math.toRadians(r.angle()));
        AffineTransform display = new AffineTransform();
        double cw = CROP.getWidth();
        double ch = CROP.getHeight();
        // rotate the upright top-left page clockwise by /Rotate, keeping it in the positive quadrant
        switch (rotate) {
            case 90 -> { display.translate(ch, 0); display.quadrantRotate(1); }
            case 180 -> { display.translate(cw, ch); display.quadrantRotate(2); }
            case 270 -> { display.translate(0, cw); display.quadrantRotate(3); }
            default -> { }
        }
        display.translate(0, ch);
        display.scale(1, -1);
        display.translate(-CROP.getLowerLeftX(), -CROP.getLowerLeftY());
        display.concatenate(text);
        double[] quad = {0, DESC * r.size(), w, DESC * r.size(), w, ASC * r.size(), 0, ASC * r.size()};
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < 8; i += 2) {
            Point2D p = display.transform(new Point2D.Double(quad[i], quad[i + 1]), null);
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        return new BBox(minX, minY, maxX, maxY);
    }

    /** Every dark pixel of the 72-dpi rendering lies inside some word box (grown by 1.5 pt for antialiasing). */
    private static void assertInkInside(BufferedImage img, PageText text) {
        int dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                    double px = x + 0.5;
                    double py = y + 0.5;
                    boolean inside = text.words().stream().map(Word::bbox).anyMatch(b ->
                            px >= b.x0() - 1.5 && px <= b.x1() + 1.5 && py >= b.y0() - 1.5 && py <= b.y1() + 1.5);
                    assertThat(inside).as("ink at %d,%d is inside a word box", x, y).isTrue();
                }
            }
        }
        assertThat(dark).as("the page has ink").isGreaterThan(50);
    }
}
