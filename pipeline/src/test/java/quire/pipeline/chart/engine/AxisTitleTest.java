package quire.pipeline.chart.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/** The vertical axis title's column and its one-line reading (RasterChartEngine's helpers). */
class AxisTitleTest {

    @Test
    void theTallNarrowColumnLeftOfTheTickLabelsIsTheTitle() {
        BufferedImage img = new BufferedImage(120, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 300);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.rotate(-Math.PI / 2);
        g.drawString("Revenue in million euros", -250, 24); // upwards, x ≈ 14..26
        g.rotate(Math.PI / 2);
        for (int i = 0; i < 5; i++) {
            g.drawString(Integer.toString(1000 * i), 50, 280 - 60 * i);
        }
        g.dispose();

        int[] col = RasterChartEngine.titleColumn(img, 90);

        assertThat(col).isNotNull();
        assertThat(col[0]).isBetween(8, 16);
        assertThat(col[1]).isBetween(24, 34);
        assertThat(RasterChartEngine.titleColumn(img.getSubimage(40, 0, 80, 300), 50)).isNull();
    }

    private static Word w(String t, double x0, double y0, double x1, double y1) {
        return new Word(t, new BBox(x0, y0, x1, y1), 0.9, TextSource.OCR_TESSERACT);
    }

    @Test
    void aOneLineReadingKeepsTheTitleAndDropsSpecksFarAlongTheLine() {
        List<Word> line = RasterChartEngine.titleLine(List.of(w("ii", 32, 12, 37, 15), w("Number", 259, 5, 311, 13),
                w("of", 300, 3, 309.5, 17), w("convictions", 314, 6, 368, 13)));
        assertThat(line).extracting(Word::text).containsExactly("Number", "of", "convictions");
        // one line height for all (the "of" came back taller)
        assertThat(line).extracting(x -> x.bbox().y0()).containsOnly(line.get(0).bbox().y0());
        assertThat(line).extracting(x -> x.bbox().y1()).containsOnly(line.get(0).bbox().y1());
    }
}
