package quire.pipeline.chart;

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
        if (marks.rects.isEmpty() && marks.lines.isEmpty() && marks.wedges.size() < 2) {
            return Optional.empty();
        }
        List<Word> words;
        try {
            words = ocr.words(image);
        } catch (Exception e) {
            LOG.warn("OCR of the chart failed, reading marks only: {}", e.toString());
            words = List.of();
        }
        BBox region = new BBox(0, 0, image.getWidth(), image.getHeight());
        ChartScene scene = new ChartScene(region, marks.rects, marks.lines, marks.wedges, words);
        return ChartReader.read(scene, NAME).filter(t -> t.table().rowCount() > 0);
    }
}
