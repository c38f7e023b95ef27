package quire.pipeline.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.ocr.text.BBox;
import quire.pipeline.document.PageGraphics.Paint;
import quire.pipeline.document.PageGraphics.VectorPath;

class PageGraphicsIT {

    @TempDir
    Path dir;

    /** A 400×300 page with a red bar drawn through a translated CTM, a blue stroked curve and a 40×20 image. */
    private Path drawing(int rotate) throws Exception {
        Path file = dir.resolve("g" + rotate + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(400, 300));
            page.setRotation(rotate);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.saveGraphicsState();
                cs.transform(Matrix.getTranslateInstance(100, 50));
                cs.setNonStrokingColor(Color.RED);
                cs.addRect(0, 0, 30, 120); // user space → page (100,50)-(130,170)
                cs.fill();
                cs.restoreGraphicsState();
                cs.setStrokingColor(Color.BLUE);
                cs.setLineWidth(2);
                cs.moveTo(200, 100);
                cs.curveTo(220, 140, 260, 140, 280, 100);
                cs.stroke();
                cs.drawImage(x, 300, 200, 80, 40);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void bars_curves_and_images_come_out_in_displayed_coordinates() throws Exception {
        try (Document doc = Documents.open(drawing(0))) {
            PageGraphics g = doc.graphics(1);
            assertThat(g.paths()).hasSize(2);
            VectorPath bar = g.paths().get(0);
            assertThat(bar.paint()).isEqualTo(Paint.FILL);
            assertThat(bar.fillRgb()).isEqualTo(0xFF0000);
            assertThat(bar.rectangles()).isEqualTo(1);
            // page y 50..170 on a 300 pt page → displayed y 130..250
            assertBox(bar.bbox(), new BBox(100, 130, 130, 250));
            VectorPath curve = g.paths().get(1);
            assertThat(curve.paint()).isEqualTo(Paint.STROKE);
            assertThat(curve.strokeRgb()).isEqualTo(0x0000FF);
            assertThat(curve.lineWidth()).isCloseTo(2.0, within(1e-6));
            assertThat(curve.subpaths().get(0)).hasSize(9); // start + 8 flattened steps
            assertThat(curve.bbox().y0()).isCloseTo(300 - 130, within(0.5)); // the arc's top, displayed
            assertThat(g.images()).hasSize(1);
            assertBox(g.images().get(0).bbox(), new BBox(300, 60, 380, 100));
            assertThat(g.images().get(0).pixelWidth()).isEqualTo(40);
        }
    }

    /** Clockwise /Rotate: page bottom-left moves to top-left (90), bottom-right (180), top-right (270). */
    @ParameterizedTest
    @CsvSource(textBlock = """
            90,  50,  100, 170, 130
            180, 270, 50,  300, 170
            270, 130, 270, 250, 300
            """)
    void rotated_pages_rotate_the_bar(int rotate, double x0, double y0, double x1, double y1) throws Exception {
        try (Document doc = Documents.open(drawing(rotate))) {
            PageGraphics g = doc.graphics(1);
            assertBox(g.paths().get(0).bbox(), new BBox(x0, y0, x1, y1));
            assertThat(g.width()).isEqualTo(rotate % 180 == 0 ? 400 : 300);
        }
    }

    private static void assertBox(BBox actual, BBox expected) {
        assertThat(actual.x0()).isCloseTo(expected.x0(), within(0.01));
        assertThat(actual.y0()).isCloseTo(expected.y0(), within(0.01));
        assertThat(actual.x1()).isCloseTo(expected.x1(), within(0.01));
        assertThat(actual.y1()).isCloseTo(expected.y1(), within(0.01));
    }
}
