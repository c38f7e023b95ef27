package quire.pipeline.chart.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import quire.pipeline.chart.ChartTable;

/**
 * Which reading of a pictured chart is shown when both the raster expert (b) and granite (c) ran. Granite's table wins
 * when it has one (a model trained on charts reads styles the expert's rules do not know), and every cell where the
 * expert reads otherwise becomes a warning; granite's cells have no boxes, so the expert's box for the same row and
 * column header is kept where there is one. Without a granite table the expert's reading stands, with a note why.
 */
public final class EngineChoice {

    private EngineChoice() {
    }

    /** Granite's answer for one chart: a table, or none and, if it failed, why. */
    public record ModelReading(Optional<ChartTable> table, String failure) {
    }

    public static Optional<ChartTable> combine(Optional<ChartTable> expert, ModelReading model) {
        if (model.table().isEmpty()) {
            String why = model.failure() != null ? model.failure() : "granite read no table from this chart";
            return expert.map(t -> t.withWarnings(List.of(why + "; the raster expert's reading is shown")));
        }
        ChartTable g = model.table().get();
        if (expert.isEmpty()) {
            return Optional.of(g.withWarnings(List.of("the raster expert read no table; granite's reading is shown")));
        }
        ChartTable e = expert.get();
        List<String> warnings = new ArrayList<>(ChartAgreement.disagreements(g.table(), GraniteChartEngine.NAME,
                e.table(), RasterChartEngine.NAME));
        String type = g.chartType().equals("other") ? e.chartType() : g.chartType();
        return Optional.of(new ChartTable(GraniteChartEngine.NAME, type, e.bbox(), g.table(), boxesFrom(e, g),
                warnings));
    }

    /** The expert's cell boxes moved onto granite's table where row and column headers match. */
    static List<ChartTable.CellBox> boxesFrom(ChartTable expert, ChartTable model) {
        List<ChartTable.CellBox> out = new ArrayList<>();
        var et = expert.table();
        var mt = model.table();
        for (ChartTable.CellBox c : expert.cells()) {
            int col = c.col() < et.header().size() ? ChartAgreement.columnIndex(mt.header(), et.header().get(c.col()))
                    : -1;
            // CellBox rows count the header as row 0, Table rows do not
            int dataRow = c.row() == 0 ? -1 : ChartAgreement.rowIndex(mt, et.cell(c.row() - 1, 0));
            if (col >= 0 && (c.row() == 0 || dataRow >= 0)) {
                out.add(new ChartTable.CellBox(dataRow + 1, col, c.bbox()));
            }
        }
        return out;
    }
}
