package quire.pipeline.chart.engine;

import quire.pipeline.chart.ChartTable;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;
import quire.pipeline.chart.read.ChartReader;
import quire.pipeline.chart.read.ChartScene;

/**
 * Engine b, the chart expert: charts shown as pictures. Marks come from colour segmentation ({@link RasterMarks}),
 * tick labels, legend and data labels from OCR; the shared {@link ChartReader} maps them to a table (data labels
 * first, axis calibration otherwise). Boxes are in the picture's pixels. Not thread-safe (the OCR is not).
 */
public final class RasterChartEngine {

    public static final String NAME = "raster-expert";
    private static final Logger LOG = LoggerFactory.getLogger(RasterChartEngine.class);

    private final ChartOcr ocr;

    public RasterChartEngine(ChartOcr ocr) {
        this.ocr = ocr;
    }

    public Optional<ChartTable> read(BufferedImage image) {
        RasterMarks marks = RasterMarks.of(image);
        RasterLines.replace(marks.lines, image); // data lines and legend samples traced by series colour
        if (marks.rects.isEmpty() && marks.lines.isEmpty() && marks.wedges.size() < 2) {
            return Optional.empty();
        }
        List<Word> words;
        try {
            words = new java.util.ArrayList<>(OcrFixes.mergeSplitNumbers(ocr.words(image)));
            words = new java.util.ArrayList<>(SlantedLabels.reread(image, words, ocr)); // 45° category labels
            words.addAll(leftTitle(image, words));
        } catch (Exception e) {
            LOG.warn("OCR of the chart failed, reading marks only: {}", e.toString());
            words = List.of();
        }
        BBox region = new BBox(0, 0, image.getWidth(), image.getHeight());
        ChartScene scene = new ChartScene(region, marks.rects, marks.lines, marks.wedges, words);
        return ChartReader.read(scene, NAME).filter(ChartToTable::hasValues);
    }

    /**
     * The vertical axis title runs upwards at the left edge, which OCR of the upright picture misses: the strip left
     * of the leftmost words is turned a quarter clockwise and read again; its words come back as tall boxes.
     */
    private List<Word> leftTitle(BufferedImage image, List<Word> words) throws Exception {
        int h0 = image.getHeight();
        double firstText = words.stream().filter(w -> w.bbox().height() < 30 && !SlantedLabels.looksSlanted(w)
                && w.bbox().centerY() > 0.15 * h0
                && w.bbox().centerY() < 0.85 * h0).mapToDouble(w -> w.bbox().x0()).min().orElse(0);
        int stripW = (int) Math.min(firstText - 1, 0.12 * image.getWidth());
        if (stripW < 8) {
            return List.of();
        }
        int h = image.getHeight();
        BufferedImage turned = new BufferedImage(h, stripW, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < stripW; x++) {
                // quarter turn clockwise: (x, y) → (h - 1 - y, x)
                turned.setRGB(h - 1 - y, x, image.getRGB(x, y));
            }
        }
        List<Word> out = new java.util.ArrayList<>();
        for (Word w : ocr.words(turned)) {
            BBox b = w.bbox();
            // back: turned (u, v) came from (v, h - 1 - u)
            BBox back = new BBox(b.y0(), h - b.x1(), b.y1(), h - b.x0());
            if (back.height() > 1.6 * back.width() || w.text().length() <= 2) {
                out.add(new Word(w.text(), back, w.conf(), w.source()));
            }
        }
        return out;
    }
}
