package quire.pipeline.chart.bench;

import java.awt.image.BufferedImage;
import java.util.List;
import javax.imageio.ImageIO;
import quire.pipeline.chart.engine.RasterChartEngine;
import quire.pipeline.chart.Table;
import quire.pipeline.chart.engine.TesseractChartOcr;

/** Engine b on the set's PNG (the whole picture is the chart). */
public final class RasterPredictor implements ChartPredictor {

    private final RasterChartEngine engine = new RasterChartEngine(new TesseractChartOcr());

    @Override
    public Table predict(ChartInput chart) throws Exception {
        BufferedImage img = ImageIO.read(chart.image().toFile());
        return engine.read(img).map(t -> t.table()).orElse(new Table(List.of(), List.of()));
    }
}
