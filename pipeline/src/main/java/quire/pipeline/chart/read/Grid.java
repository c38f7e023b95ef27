package quire.pipeline.chart.read;

import java.util.ArrayList;
import java.util.List;
import quire.ocr.text.BBox;
import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.ChartTable.CellBox;
import quire.pipeline.chart.Table;

/** Collects categories × series values with the place each was read from, and turns them into a {@link ChartTable}. */
final class Grid {

    private String corner = "";
    private BBox cornerBox;
    private final List<String> series = new ArrayList<>();
    private final List<BBox> seriesBoxes = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final List<BBox> categoryBoxes = new ArrayList<>();
    private final List<List<String>> values = new ArrayList<>();
    private final List<List<BBox>> valueBoxes = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    void corner(String name, BBox box) {
        corner = name;
        cornerBox = box;
    }

    int addSeries(String name, BBox box) {
        series.add(name);
        seriesBoxes.add(box);
        for (int i = 0; i < categories.size(); i++) {
            values.get(i).add("");
            valueBoxes.get(i).add(null);
        }
        return series.size() - 1;
    }

    int addCategory(String name, BBox box) {
        categories.add(name);
        categoryBoxes.add(box);
        List<String> row = new ArrayList<>();
        List<BBox> boxes = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            row.add("");
            boxes.add(null);
        }
        values.add(row);
        valueBoxes.add(boxes);
        return categories.size() - 1;
    }

    void set(int category, int s, String value, BBox box) {
        values.get(category).set(s, value);
        valueBoxes.get(category).set(s, box);
    }

    void renameSeries(int s, String name) {
        series.set(s, name);
    }

    int seriesCount() {
        return series.size();
    }

    ChartTable build(String engine, String chartType, BBox bbox) {
        List<String> header = new ArrayList<>();
        header.add(corner);
        header.addAll(series);
        List<List<String>> rows = new ArrayList<>();
        List<CellBox> cells = new ArrayList<>();
        if (cornerBox != null) {
            cells.add(new CellBox(0, 0, cornerBox));
        }
        for (int s = 0; s < series.size(); s++) {
            if (seriesBoxes.get(s) != null) {
                cells.add(new CellBox(0, s + 1, seriesBoxes.get(s)));
            }
        }
        for (int c = 0; c < categories.size(); c++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(c));
            row.addAll(values.get(c));
            rows.add(row);
            if (categoryBoxes.get(c) != null) {
                cells.add(new CellBox(c + 1, 0, categoryBoxes.get(c)));
            }
            for (int s = 0; s < series.size(); s++) {
                BBox b = valueBoxes.get(c).get(s);
                if (b != null) {
                    cells.add(new CellBox(c + 1, s + 1, b));
                }
            }
        }
        return new ChartTable(engine, chartType, bbox, new Table(header, rows), cells, warnings);
    }
}
