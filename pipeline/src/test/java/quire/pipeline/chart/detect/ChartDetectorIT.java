package quire.pipeline.chart.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.pipeline.chart.detect.ChartCandidate.Origin;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;

class ChartDetectorIT {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @TempDir
    Path dir;

    interface Drawing {
        void draw(PDPageContentStream cs) throws IOException;
    }

    private Path pdf(String name, Drawing drawing) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawing.draw(cs);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void text(PDPageContentStream cs, String s, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(HELVETICA, 9);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    @Test
    void a_vector_bar_chart_is_found_with_its_labels() throws Exception {
        Path file = pdf("bars", cs -> {
            text(cs, "Revenue by year", 100, 700);
            cs.moveTo(90, 500);
            cs.lineTo(400, 500);
            cs.stroke();
            float[] heights = {80, 120, 60, 150};
            for (int i = 0; i < heights.length; i++) {
                cs.setNonStrokingColor(new Color(40, 110, 200));
                cs.addRect(110 + i * 70, 500, 40, heights[i]);
                cs.fill();
                cs.setNonStrokingColor(Color.BLACK);
                text(cs, String.valueOf(2020 + i), 115 + i * 70, 488);
            }
            text(cs, "A paragraph far below the chart that is not part of it.", 72, 200);
        });
        try (Document doc = Documents.open(file)) {
            List<ChartCandidate> charts = ChartDetector.detect(doc, 1);
            assertThat(charts).hasSize(1);
            ChartCandidate c = charts.get(0);
            assertThat(c.origin()).isEqualTo(Origin.VECTOR);
            assertThat(c.kind()).isEqualTo("bar");
            // A4 is 842 pt high: bars span page y 500..650 → displayed 192..342; year labels below at ~354
            assertThat(c.bbox().y0()).isLessThan(193);
            assertThat(c.bbox().y1()).isGreaterThan(352).isLessThan(400);
            assertThat(c.bbox().x0()).isLessThanOrEqualTo(110);
        }
    }

    @Test
    void line_and_pie_charts_are_found() throws Exception {
        Path file = pdf("linepie", cs -> {
            cs.moveTo(90, 590);
            cs.lineTo(90, 720);
            cs.moveTo(90, 590);
            cs.lineTo(270, 590);
            cs.stroke();
            for (int i = 0; i < 3; i++) {
                text(cs, String.valueOf(10 * i), 70, 596 + 50 * i);
            }
            cs.setStrokingColor(Color.RED);
            cs.moveTo(100, 600);
            cs.lineTo(150, 640);
            cs.lineTo(200, 620);
            cs.lineTo(250, 700);
            cs.stroke();
            // a pie of two half discs around (300, 250), radius 60
            float k = 0.5523f * 60;
            cs.setNonStrokingColor(Color.ORANGE);
            cs.moveTo(300, 250);
            cs.lineTo(300, 310);
            cs.curveTo(300 + k, 310, 360, 250 + k, 360, 250);
            cs.curveTo(360, 250 - k, 300 + k, 190, 300, 190);
            cs.closePath();
            cs.fill();
            cs.setNonStrokingColor(Color.BLUE);
            cs.moveTo(300, 250);
            cs.lineTo(300, 190);
            cs.curveTo(300 - k, 190, 240, 250 - k, 240, 250);
            cs.curveTo(240, 250 + k, 300 - k, 310, 300, 310);
            cs.closePath();
            cs.fill();
        });
        try (Document doc = Documents.open(file)) {
            List<String> kinds = ChartDetector.detect(doc, 1).stream().map(ChartCandidate::kind).sorted().toList();
            assertThat(kinds).containsExactly("line", "pie");
        }
    }

    @Test
    void diagram_arrows_and_underlines_are_not_charts() throws Exception {
        Path file = pdf("diagram", cs -> {
            // a zig-zag connector that turns back on itself, with numbers around (step labels)
            cs.moveTo(100, 600);
            cs.lineTo(200, 650);
            cs.lineTo(120, 700);
            cs.lineTo(220, 720);
            cs.stroke();
            text(cs, "1", 95, 590);
            text(cs, "2", 205, 655);
            text(cs, "3", 110, 705);
            cs.moveTo(80, 580);
            cs.lineTo(300, 580);
            cs.stroke();
            // link underlines of different lengths filled as hairline boxes on one left edge
            for (int i = 0; i < 5; i++) {
                cs.addRect(72, 400 - i * 14, 40 + 25 * i, 0.75f);
                cs.fill();
                text(cs, "see " + (i + 1), 72, 402 - i * 14);
            }
        });
        try (Document doc = Documents.open(file)) {
            assertThat(ChartDetector.detect(doc, 1)).isEmpty();
        }
    }

    @Test
    void tables_text_and_equal_shading_are_not_charts() throws Exception {
        Path file = pdf("table", cs -> {
            for (int r = 0; r < 6; r++) {
                cs.setNonStrokingColor(r % 2 == 0 ? new Color(220, 220, 220) : new Color(235, 240, 250));
                cs.addRect(72, 600 - r * 20, 400, 20);
                cs.fill();
                cs.setNonStrokingColor(Color.BLACK);
                text(cs, "Row " + r + "   12.5   13.1   14.0", 80, 606 - r * 20);
                cs.moveTo(72, 600 - r * 20);
                cs.lineTo(472, 600 - r * 20);
                cs.stroke();
            }
        });
        try (Document doc = Documents.open(file)) {
            assertThat(ChartDetector.detect(doc, 1)).isEmpty();
        }
    }

    @Test
    void photos_and_text_scans_are_not_chart_images_but_a_drawn_chart_is() {
        BufferedImage photo = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                int r = (x + random.nextInt(60)) % 256;
                int g = (y + random.nextInt(60)) % 256;
                photo.setRGB(x, y, r << 16 | g << 8 | ((x * y + random.nextInt(40)) % 256));
            }
        }
        assertThat(RasterChartClassifier.classify(photo).chart()).isFalse();

        BufferedImage scan = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 400);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 14));
        for (int i = 0; i < 20; i++) {
            g.drawString("The quarterly results show a rise in revenue and margin " + i, 20, 20 + i * 18);
        }
        g.dispose();
        assertThat(RasterChartClassifier.classify(scan).chart()).isFalse();

        BufferedImage chart = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        g = chart.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 400);
        g.setColor(new Color(40, 110, 200));
        int[] heights = {120, 200, 90, 260, 180};
        for (int i = 0; i < heights.length; i++) {
            g.fillRect(60 + i * 100, 350 - heights[i], 60, heights[i]);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawLine(40, 350, 580, 350);
        g.dispose();
        assertThat(RasterChartClassifier.classify(chart).chart()).isTrue();
        assertThat(RasterChartClassifier.classify(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB)).chart())
                .as("an all-black square").isFalse();
    }

    /** Real published charts (Statista) must read as charts; at least nine in ten of them. */
    @Test
    void most_real_statista_charts_are_recognised() throws IOException {
        Path imgs = Path.of(System.getProperty("quire.shared", "../shared"), "data", "charts-dev", "imgs");
        assumeTrue(Files.isDirectory(imgs), "../shared/data/charts-dev absent: skipping the real-chart check");
        List<Path> files;
        try (Stream<Path> s = Files.list(imgs)) {
            files = s.filter(p -> p.toString().endsWith(".png")).sorted().limit(60).toList();
        }
        long charts = 0;
        for (Path f : files) {
            if (RasterChartClassifier.classify(ImageIO.read(f.toFile())).chart()) {
                charts++;
            }
        }
        assertThat(charts).isGreaterThanOrEqualTo(Math.round(files.size() * 0.9));
    }
}
