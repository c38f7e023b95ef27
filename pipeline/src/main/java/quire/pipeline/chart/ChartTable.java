package quire.pipeline.chart;

import java.util.List;
import quire.ocr.text.BBox;

/**
 * What chart-to-table found for one chart (cli.md's {@code chart2table --format json} shape).
 *
 * @param engine    {@code vector}, {@code raster-expert} or {@code granite}
 * @param chartType {@code bar}, {@code hbar}, {@code line}, {@code pie}, {@code scatter} or {@code other}
 * @param bbox      the chart on the displayed page
 * @param table     header + rows
 * @param cells     where each cell was read (row 0 = header), for the cells that have a place
 * @param warnings  what the reader was unsure about
 */
public record ChartTable(String engine, String chartType, BBox bbox, Table table, List<CellBox> cells,
        List<String> warnings) {

    public ChartTable {
        cells = List.copyOf(cells);
        warnings = List.copyOf(warnings);
    }

    /** A cell's place: row 0 is the header, col 0 the row header. */
    public record CellBox(int row, int col, BBox bbox) {
    }

    public ChartTable withWarnings(List<String> more) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new ChartTable(engine, chartType, bbox, table, cells, all);
    }

    /** The same table with its boxes moved from crop pixels to page points: page = (pixel + offset) / scale. */
    public ChartTable toPage(double offsetX, double offsetY, double scale) {
        java.util.function.UnaryOperator<BBox> f = b -> new BBox((b.x0() + offsetX) / scale,
                (b.y0() + offsetY) / scale, (b.x1() + offsetX) / scale, (b.y1() + offsetY) / scale);
        return new ChartTable(engine, chartType, f.apply(bbox), table,
                cells.stream().map(c -> new CellBox(c.row(), c.col(), f.apply(c.bbox()))).toList(), warnings);
    }

    public ChartTable withEngine(String name, BBox box) {
        return new ChartTable(name, chartType, box, table, cells, warnings);
    }
}
