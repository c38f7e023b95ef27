package quire.pipeline.chart.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;
import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.read.ChartScene.Poly;
import quire.pipeline.chart.read.ChartScene.Pt;
import quire.pipeline.chart.read.ChartScene.Rect;

/** Line charts as the raster engine sees them: dense pixel traces, OCR words (hand-made here). */
class RasterLineReadingTest {

    private static final BBox REGION = new BBox(0, 0, 700, 460);

    private static Word w(String text, double x0, double y0, double x1, double y1, double conf) {
        return new Word(text, new BBox(x0, y0, x1, y1), conf, TextSource.OCR_TESSERACT);
    }

    /** A trace with a point per pixel column through (x, value) with the axis value = (380 - y) / 10. */
    private static Poly trace(int rgb, double[] xs, double[] values) {
        List<Pt> pts = new ArrayList<>();
        for (double x = xs[0]; x <= xs[xs.length - 1]; x++) {
            int i = 0;
            while (i < xs.length - 2 && x > xs[i + 1]) {
                i++;
            }
            double t = (x - xs[i]) / (xs[i + 1] - xs[i]);
            double v = values[i] + t * (values[i + 1] - values[i]);
            pts.add(new Pt(x, 380 - 10 * v));
        }
        return new Poly(pts, rgb);
    }

    private static List<Word> axisAndCategories(boolean strayWord) {
        List<Word> words = new ArrayList<>();
        for (int v = 0; v <= 30; v += 10) {
            words.add(w(Integer.toString(v), 40, 380 - 10 * v - 5, 55, 380 - 10 * v + 5, 0.95));
        }
        String[] years = {"2018", "2019", "2020", "2021", "2022"};
        for (int i = 0; i < years.length; i++) {
            double x = 100 + 120 * i;
            words.add(w(years[i], x - 16, 400, x + 16, 410, 0.96));
        }
        if (strayWord) {
            // what OCR made of the line's own end near the axis: unsure, above the labels
            words.add(w("7", 90, 362, 112, 392, 0.55));
        }
        words.add(w("Year", 330, 425, 360, 435, 0.96));
        return words;
    }

    @Test
    void readsCategoriesUnderTheAxisEvenWithAStrayWordAboveThem() {
        double[] xs = {100, 220, 340, 460, 580};
        double[] values = {25, 12, 18, 22, 8};
        List<Word> words = axisAndCategories(true);
        words.add(w("Sales", 250, 10, 290, 22, 0.96));
        words.add(w("(in", 295, 10, 315, 24, 0.96));
        words.add(w("units),", 320, 10, 370, 24, 0.96));
        words.add(w("2018", 375, 10, 405, 22, 0.96));
        // the turned axis title, its parenthesis lost: read bottom to top as tall boxes
        words.add(w("Sales", 10, 250, 22, 290, 0.9));
        words.add(w("in", 10, 230, 22, 245, 0.9));
        words.add(w("uni", 10, 200, 22, 225, 0.9));
        ChartScene scene = new ChartScene(REGION, List.of(), List.of(trace(0x1b9e77, xs, values)), List.of(), words);
        ChartTable t = ChartReader.read(scene, "test").orElseThrow();
        assertThat(t.chartType()).isEqualTo("line");
        assertThat(t.table().header()).containsExactly("Year", "Sales");
        assertThat(t.table().rows()).extracting(r -> r.get(0))
                .containsExactly("2018", "2019", "2020", "2021", "2022");
        for (int i = 0; i < values.length; i++) {
            assertThat(Double.parseDouble(t.table().rows().get(i).get(1))).isCloseTo(values[i],
                    org.assertj.core.data.Offset.offset(0.3));
        }
    }

    @Test
    void namesSeriesFromLegendSamplesOfANearShadeAndSkipsTheSamples() {
        double[] xs = {100, 220, 340, 460, 580};
        List<Word> words = axisAndCategories(false);
        words.add(w("Online", 520, 45, 560, 55, 0.96));
        words.add(w("In", 520, 61, 530, 71, 0.96));
        words.add(w("store", 534, 61, 565, 71, 0.96));
        // samples drawn a shade off the traces' averaged colours, as the raster tracer returns them
        Poly onlineSample = new Poly(List.of(new Pt(485, 50), new Pt(510, 50)), 0x7ec87e);
        Poly storeSample = new Poly(List.of(new Pt(485, 66), new Pt(510, 66)), 0xbdadd3);
        Poly online = trace(0x7fc97f, xs, new double[] {5, 6, 7, 8, 9});
        Poly store = trace(0xbeaed4, xs, new double[] {20, 21, 22, 23, 24});
        ChartScene scene = new ChartScene(REGION, List.of(), List.of(onlineSample, storeSample, store, online),
                List.of(), words);
        ChartTable t = ChartReader.read(scene, "test").orElseThrow();
        assertThat(t.table().header()).containsExactly("Year", "Online", "In store");
        assertThat(t.table().rows().get(0)).containsExactly("2018", "5.0", "20.0");
    }

    @Test
    void legendMatchesTheNearestShadeAndDropsSwatchesReadAsCharacters() {
        List<Word> words = List.of(w("Android", 584, 265, 625, 273, 0.96), w("=", 553, 280, 575, 288, 0.4),
                w("iOS", 585, 281, 602, 289, 0.96));
        List<Rect> swatches = List.of(new Rect(new BBox(553, 264, 575, 273), 0x3182bd),
                new Rect(new BBox(553, 280, 575, 289), 0x9ecae1));
        Legend legend = Legend.find(new ChartScene(REGION, swatches, List.of(), List.of(), words));
        assertThat(legend.match(0x3383bf).name()).isEqualTo("Android");
        assertThat(legend.match(0xa0cbe0).name()).isEqualTo("iOS");
        assertThat(legend.match(0xe7298a)).isNull();
        assertThat(legend.words()).extracting(Word::text).contains("=");
    }
}
