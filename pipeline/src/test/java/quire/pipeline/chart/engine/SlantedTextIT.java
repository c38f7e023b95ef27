package quire.pipeline.chart.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/** Slanted tick labels found by their glyphs' direction and read again with real Tesseract. */
class SlantedTextIT {

    private static final String[] LABELS = {"Germany", "Netherlands", "Poland", "Q3 2014", "Belgium"};

    /** Labels rising at {@code angle}° whose upper right ends at x = 80 + 90·i, y = 12 (like rotated tick labels). */
    private static BufferedImage band(double angle) {
        BufferedImage img = new BufferedImage(560, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 560, 150);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(60, 60, 60));
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        g.setFont(font);
        for (int i = 0; i < LABELS.length; i++) {
            int width = g.getFontMetrics().stringWidth(LABELS[i]);
            AffineTransform keep = g.getTransform();
            g.translate(80 + 90 * i, 12);
            g.rotate(-Math.toRadians(angle));
            g.drawString(LABELS[i], -width, 10);
            g.setTransform(keep);
        }
        g.dispose();
        return img;
    }

    @Test
    void theSlantOfTheLabelsIsMeasured() {
        for (double angle : new double[] {30, 45, 60}) {
            Optional<SlantedText.Slant> s = SlantedText.find(band(angle));
            assertThat(s).as("slant at %s°", angle).isPresent();
            assertThat(s.get().angle()).isCloseTo(angle, org.assertj.core.data.Offset.offset(4.0));
            assertThat(s.get().runs()).hasSizeGreaterThanOrEqualTo(LABELS.length);
        }
    }

    @Test
    void uprightTextHasNoSlant() {
        BufferedImage img = new BufferedImage(400, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 60);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int i = 0; i < 4; i++) {
            g.drawString(LABELS[i], 10 + 95 * i, 30);
        }
        g.dispose();
        assertThat(SlantedText.find(img)).isEmpty();
    }

    @Test
    void slantedLabelsAreReadAsOneWordEachEndingAtTheirTick() throws Exception {
        BufferedImage picture = new BufferedImage(560, 250, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 560, 250);
        g.drawImage(band(30), 0, 100, null); // the axis at y = 99
        g.dispose();
        Word noise = new Word("wT", new BBox(150, 120, 170, 135), 0.3, TextSource.OCR_TESSERACT);
        Word title = new Word("Country", new BBox(250, 232, 310, 245), 0.95, TextSource.OCR_TESSERACT);

        List<Word> out = SlantedText.reread(picture, List.of(noise, title), 99, new TesseractChartOcr());

        assertThat(out).doesNotContain(noise).contains(title);
        List<Word> labels = out.stream().filter(w -> w != title)
                .sorted(Comparator.comparingDouble(w -> w.bbox().x1())).toList();
        assertThat(labels).extracting(Word::text).containsExactly(LABELS);
        for (int i = 0; i < labels.size(); i++) {
            assertThat(labels.get(i).bbox().x1()).as(LABELS[i]).isCloseTo(80 + 90 * i,
                    org.assertj.core.data.Offset.offset(8.0));
        }
    }
}
