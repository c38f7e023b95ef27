package quire.pipeline.chart.bench;

import java.util.List;
import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.ChartToTable;
import quire.pipeline.chart.RasterChartEngine;
import quire.pipeline.chart.Table;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;

/** Engine a on the set's vector PDF (empty prediction when the set has none). */
public final class VectorPredictor implements ChartPredictor {

    private final ChartToTable c2t = new ChartToTable(new RasterChartEngine(img -> List.of()));

    @Override
    public Table predict(ChartInput chart) throws Exception {
        if (chart.pdf().isEmpty()) {
            return new Table(List.of(), List.of());
        }
        try (Document doc = Documents.open(chart.pdf().get())) {
            List<ChartTable> t = c2t.run(doc, 1, java.util.Optional.empty(), false);
            return t.get(0).table();
        }
    }
}
