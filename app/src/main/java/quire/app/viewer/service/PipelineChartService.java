package quire.app.viewer.service;

import java.util.List;
import java.util.Optional;
import quire.app.viewer.task.Cancellation;
import quire.models.store.InstalledModel;
import quire.models.store.ModelStore;
import quire.ocr.text.BBox;
import quire.pipeline.chart.detect.ChartCandidate;
import quire.pipeline.chart.detect.ChartDetector;
import quire.pipeline.chart.engine.ChartToTable;
import quire.pipeline.chart.engine.GraniteChartEngine;
import quire.pipeline.chart.engine.MllmChartModel;
import quire.pipeline.chart.engine.RasterChartEngine;
import quire.pipeline.chart.engine.TesseractChartOcr;
import quire.pipeline.document.Document;

/**
 * The pipeline's chart-to-table job behind the chart panel: the shared chart detector lists the charts, and a chart
 * (or a rectangle the user drew) is read by the vector engine when the page draws it, else by the raster expert —
 * beside granite-docling when the model store has it installed, as {@code quire chart2table --model} does.
 */
public final class PipelineChartService implements ChartService {

    static final String GRANITE_ID = "granite-docling-258m";
    private static final int MAX_TOKENS = 768;

    private final ChartToTable charts = new ChartToTable(new RasterChartEngine(new TesseractChartOcr()));
    private final ModelStore store;

    /** Without a model store: the no-download engines only. */
    public PipelineChartService() {
        this(null);
    }

    public PipelineChartService(ModelStore store) {
        this.store = store;
    }

    @Override
    public List<BBox> detect(Document document, int page, Cancellation cancellation) throws Exception {
        return ChartDetector.detect(document, page).stream().map(ChartCandidate::bbox).toList();
    }

    @Override
    public ChartTable extract(Document document, int page, BBox region, Cancellation cancellation) throws Exception {
        List<quire.pipeline.chart.ChartTable> found;
        Optional<InstalledModel> granite = store == null ? Optional.empty() : store.installed(GRANITE_ID).stream()
                .findFirst();
        if (granite.isPresent()) {
            // loaded per chart: a user action, where the generation dwarfs the load and no idle model holds memory
            try (MllmChartModel model = MllmChartModel.open(granite.get(), MAX_TOKENS)) {
                found = charts.withModel(new GraniteChartEngine(model)).run(document, page, Optional.of(region), false);
            }
        } else {
            found = charts.run(document, page, Optional.of(region), false);
        }
        cancellation.throwIfCancelled();
        quire.pipeline.chart.ChartTable t = found.get(0);
        List<ChartTable.Cell> cells = t.cells().stream()
                .map(c -> new ChartTable.Cell(c.row(), c.col(), c.bbox())).toList();
        return new ChartTable(t.engine(), t.chartType(), t.bbox(), t.table().header(), t.table().rows(), cells,
                t.warnings());
    }
}
