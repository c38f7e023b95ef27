package quire.pipeline.chart.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/** 45° category labels read again turned flat, with real Tesseract. */
class SlantedLabelsIT {

    private static final int[] TICKS = {100, 180, 260, 340, 420, 500};

    /** Year labels rising at 45° to the right, each ending at its tick under a plot whose axis is at y = 300. */
    private static BufferedImage labels() {
        BufferedImage img = new BufferedImage(640, 420, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 640, 420);
        g.setColor(Color.DARK_GRAY);
        g.drawLine(60, 300, 560, 300);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        g.setFont(font);
        for (int i = 0; i < TICKS.length; i++) {
            String s = Integer.toString(2014 + i);
            int len = g.getFontMetrics().stringWidth(s);
            AffineTransform keep = g.getTransform();
            g.translate(TICKS[i], 310);
            g.rotate(-Math.PI / 4);
            g.drawString(s, -len, 0);
            g.setTransform(keep);
        }
        g.dispose();
        return img;
    }

    /** What OCR of the upright picture makes of such labels: squarish boxes of unsure noise. */
    private static List<Word> noise() {
        List<Word> out = new ArrayList<>();
        out.add(new Word("Sales", new BBox(250, 20, 300, 32), 0.95, TextSource.OCR_TESSERACT));
        for (int t : TICKS) {
            out.add(new Word("we", new BBox(t - 26, 312, t - 10, 326), 0.3, TextSource.OCR_TESSERACT));
        }
        return out;
    }

    @Test
    void readsTheLabelsTurnedFlatAndPutsThemBackUnderTheirTicks() throws Exception {
        List<Word> words = SlantedLabels.reread(labels(), noise(), new TesseractChartOcr());
        assertThat(words).extracting(Word::text).contains("Sales").doesNotContain("we");
        List<Word> years = words.stream().filter(w -> w.text().matches("20\\d\\d")).toList();
        assertThat(years).hasSizeGreaterThanOrEqualTo(5);
        for (Word y : years) {
            int i = Integer.parseInt(y.text()) - 2014;
            assertThat(i).isBetween(0, TICKS.length - 1);
            // a slanted label's box ends (top right) at its tick
            assertThat(y.bbox().x1()).isCloseTo(TICKS[i], org.assertj.core.data.Offset.offset(8.0));
            assertThat(y.bbox().y0()).isCloseTo(300, org.assertj.core.data.Offset.offset(15.0));
        }
    }

    @Test
    void leavesConfidentUprightLabelsAndTickRowsAlone() throws Exception {
        List<Word> upright = new ArrayList<>();
        String[] months = {"Jan", "Feb", "Mar", "Apr"};
        for (int i = 0; i < months.length; i++) {
            upright.add(new Word(months[i], new BBox(100 + 80 * i, 320, 120 + 80 * i, 333), 0.96,
                    TextSource.OCR_TESSERACT));
        }
        assertThat(SlantedLabels.reread(labels(), upright, new TesseractChartOcr())).isSameAs(upright);
        assertThat(SlantedLabels.tickRow(List.of(word("0", 10), word("10", 40), word("20", 70), word("30", 100))))
                .isTrue();
        assertThat(SlantedLabels.tickRow(List.of(word("2", 10), word("3", 40), word("09", 70), word("2", 100))))
                .isFalse();
    }

    private static Word word(String text, double x) {
        return new Word(text, new BBox(x, 320, x + 12, 332), 0.9, TextSource.OCR_TESSERACT);
    }
}
