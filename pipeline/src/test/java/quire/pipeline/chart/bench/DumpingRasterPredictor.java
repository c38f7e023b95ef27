package quire.pipeline.chart.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import quire.pipeline.chart.Table;
import quire.pipeline.chart.TableCsv;

/**
 * {@link RasterPredictor} that also writes each predicted table to {@code $CHART_DUMP/<id>.csv} (for looking at
 * failures beside the gold CSV); without the variable it only predicts.
 */
public final class DumpingRasterPredictor implements ChartPredictor {

    private final RasterPredictor inner = new RasterPredictor();

    @Override
    public Table predict(ChartInput chart) throws Exception {
        Table t = inner.predict(chart);
        String dir = System.getenv("CHART_DUMP");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, chart.id() + ".csv"), TableCsv.write(t), StandardCharsets.UTF_8);
        }
        return t;
    }
}
