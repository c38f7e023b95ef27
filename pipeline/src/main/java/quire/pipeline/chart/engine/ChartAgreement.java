package quire.pipeline.chart.engine;

import quire.pipeline.chart.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import quire.pipeline.chart.metric.CellNumbers;

/**
 * When two engines read the same chart (the raster expert and granite), the cells where they disagree become
 * warnings on the first: same row and column header, numbers more than 5% apart (or one side missing).
 */
public final class ChartAgreement {

    private static final double TOLERANCE = 0.05;

    private ChartAgreement() {
    }

    public static List<String> disagreements(Table first, String firstName, Table second, String secondName) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < first.rowCount(); r++) {
            int r2 = rowIndex(second, first.cell(r, 0));
            for (int c = 1; c < first.columnCount(); c++) {
                int c2 = first.columnCount() == 2 && second.columnCount() == 2 ? 1
                        : columnIndex(second.header(), first.header().get(c));
                String a = first.cell(r, c);
                String b = r2 < 0 || c2 < 0 ? "" : second.cell(r2, c2);
                if (!agree(a, b)) {
                    out.add(String.format(Locale.ROOT, "%s and %s disagree on row \"%s\", column \"%s\": %s vs %s",
                            firstName, secondName, first.cell(r, 0), first.header().get(c),
                            a.isEmpty() ? "(none)" : a, b.isEmpty() ? "(none)" : b));
                }
            }
        }
        return out;
    }

    static boolean agree(String a, String b) {
        OptionalDouble x = CellNumbers.parse(a);
        OptionalDouble y = CellNumbers.parse(b);
        if (x.isPresent() && y.isPresent()) {
            double scale = Math.max(Math.abs(x.getAsDouble()), Math.abs(y.getAsDouble()));
            return Math.abs(x.getAsDouble() - y.getAsDouble()) <= TOLERANCE * scale + 1e-9;
        }
        return norm(a).equals(norm(b));
    }

    /** The data row (0-based) whose first cell names {@code key} (case and outer spaces aside), or -1. */
    static int rowIndex(Table t, String key) {
        String k = norm(key);
        for (int i = 0; i < t.rowCount(); i++) {
            if (norm(t.cell(i, 0)).equals(k)) {
                return i;
            }
        }
        return -1;
    }

    /** The column whose header names {@code name} (case and outer spaces aside), or -1. */
    static int columnIndex(List<String> header, String name) {
        String n = norm(name);
        for (int i = 0; i < header.size(); i++) {
            if (norm(header.get(i)).equals(n)) {
                return i;
            }
        }
        return -1;
    }

    private static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
