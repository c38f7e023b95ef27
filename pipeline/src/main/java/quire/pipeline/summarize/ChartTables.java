package quire.pipeline.summarize;

import java.util.Optional;
import quire.pipeline.chart.Table;
import quire.pipeline.chart.detect.ChartCandidate;
import quire.pipeline.document.Document;

/**
 * The seam to a chart→table engine: the table read from one detected chart, if the engine can. {@link #NONE} lists
 * charts without tables (used until the chart engine is wired in).
 */
public interface ChartTables {

    ChartTables NONE = new ChartTables() {
        @Override
        public String engine() {
            return "-";
        }

        @Override
        public Optional<Table> read(Document doc, int page, ChartCandidate chart) {
            return Optional.empty();
        }
    };

    String engine();

    Optional<Table> read(Document doc, int page, ChartCandidate chart) throws Exception;
}
