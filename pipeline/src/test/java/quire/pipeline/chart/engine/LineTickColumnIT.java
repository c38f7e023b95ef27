package quire.pipeline.chart.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;

/** Lone-digit tick labels that sparse OCR drops, read again as one line with real Tesseract. */
class LineTickColumnIT {

    private static final TesseractChartOcr OCR = new TesseractChartOcr();

    @Test
    void readsTheDigitsSparseOcrDroppedBesideTheirTicks() throws Exception {
        // a synthetic line chart whose value axis is labelled 0, 2, 4, 6, 8, 10 (the set is committed with the code)
        Path png = Path.of(System.getProperty("quire.root", ".")).resolve("bench/chart2table/synthetic/syn-032-line.png");
        BufferedImage img = ImageIO.read(png.toFile());
        double plotLeft = RasterLines.find(img).stream().filter(p -> p.points().size() > 2)
                .mapToDouble(p -> p.bbox().x0()).min().orElseThrow();
        List<Word> words = OCR.words(img);
        List<Word> again = LineTickColumn.reread(img, words, plotLeft, OCR);
        List<Word> ticks = again.stream().filter(w -> w.bbox().x1() < plotLeft && w.text().matches("\\d+")).toList();
        assertThat(ticks).hasSizeGreaterThanOrEqualTo(4);
        // evenly spaced: value falls by 2 per step of the same height
        double[] fit = fit(ticks);
        for (Word t : ticks) {
            assertThat(fit[0] * t.bbox().centerY() + fit[1]).as(t.text())
                    .isCloseTo(Double.parseDouble(t.text()), Offset.offset(0.3));
        }
        assertThat(again).extracting(Word::text).contains("Year", "2018");
    }

    @Test
    void leavesAReadTickColumnAlone() throws Exception {
        BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        List<Word> ocr = List.of(word("3", 40), word("2", 80), word("1", 120));
        assertThat(LineTickColumn.reread(img, ocr, 90, OCR)).isSameAs(ocr);
    }

    private static Word word(String t, double y) {
        return new Word(t, new BBox(42, y - 6, 50, y + 6), 0.9, TextSource.OCR_TESSERACT);
    }

    private static double[] fit(List<Word> ticks) {
        int n = ticks.size();
        double mx = 0, my = 0;
        for (Word t : ticks) {
            mx += t.bbox().centerY() / n;
            my += Double.parseDouble(t.text()) / n;
        }
        double sxx = 0, sxy = 0;
        for (Word t : ticks) {
            double dx = t.bbox().centerY() - mx;
            sxx += dx * dx;
            sxy += dx * (Double.parseDouble(t.text()) - my);
        }
        double a = sxy / sxx;
        return new double[] {a, my - a * mx};
    }
}
