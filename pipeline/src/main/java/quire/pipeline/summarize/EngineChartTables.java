package quire.pipeline.summarize;

import java.util.Optional;
import quire.pipeline.chart.Table;
import quire.pipeline.chart.detect.ChartCandidate;
import quire.pipeline.chart.engine.ChartToTable;
import quire.pipeline.document.Document;

/** The chart-to-table job (vector engine, else raster expert) reading the charts a summary lists. */
public final class EngineChartTables implements ChartTables {

    private final ChartToTable charts;

    public EngineChartTables(ChartToTable charts) {
        this.charts = charts;
    }

    @Override
    public String engine() {
        return "chart2table";
    }

    @Override
    public Optional<Table> read(Document doc, int page, ChartCandidate chart) throws Exception {
        return charts.read(doc, page, chart.bbox(), chart.origin()).map(quire.pipeline.chart.ChartTable::table);
    }
}
