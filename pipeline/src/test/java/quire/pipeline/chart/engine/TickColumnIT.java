package quire.pipeline.chart.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/** Lone-digit tick labels that sparse OCR skipped are read again as one line (real Tesseract). */
class TickColumnIT {

    @Test
    void missingDigitsOfATickColumnAreFilledIn() throws Exception {
        BufferedImage img = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 300);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(70, 70, 70));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        for (int i = 0; i <= 4; i++) {
            String t = Integer.toString(2 * i);
            int w = g.getFontMetrics().stringWidth(t);
            g.drawString(t, 60 - w, 265 - 60 * i);
        }
        g.dispose();
        BBox four = TickColumn.labels(img, 80).get(2);
        Word read = new Word("4", four, 0.9, TextSource.OCR_TESSERACT);

        List<Word> out = TickColumn.complete(img, List.of(read), 90, new TesseractChartOcr());

        assertThat(out).hasSize(5).contains(read);
        assertThat(out.stream().sorted((a, b) -> Double.compare(b.bbox().y0(), a.bbox().y0())).map(Word::text))
                .containsExactly("0", "2", "4", "6", "8");
    }

    @Test
    void aColumnOfWordsIsNoTickColumn() throws Exception {
        BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 200);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        String[] names = {"Vienna", "Rome", "Berlin"};
        for (int i = 0; i < names.length; i++) {
            g.drawString(names[i], 90 - g.getFontMetrics().stringWidth(names[i]), 50 + 50 * i);
        }
        g.dispose();
        assertThat(TickColumn.complete(img, List.of(), 100, new TesseractChartOcr())).isEmpty();
    }
}
