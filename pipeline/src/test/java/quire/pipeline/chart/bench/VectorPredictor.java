package quire.pipeline.chart.bench;

import java.util.List;
import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.engine.ChartToTable;
import quire.pipeline.chart.engine.RasterChartEngine;
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
            // the page is the chart: read it as `--region` would, without the detector
            var g = doc.geometry(1);
            return c2t.read(doc, 1, new quire.ocr.text.BBox(0, 0, g.width(), g.height()),
                    quire.pipeline.chart.detect.ChartCandidate.Origin.VECTOR).map(ChartTable::table)
                    .orElse(new Table(List.of(), List.of()));
        }
    }
}
