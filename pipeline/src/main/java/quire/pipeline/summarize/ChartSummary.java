package quire.pipeline.summarize;

import java.util.List;

/**
 * A chart found on a page; {@code header}/{@code rows} hold its extracted table when a chart→table engine produced
 * one, else they are empty.
 */
public record ChartSummary(int page, double[] bbox, String kind, String engine, List<String> header,
                           List<List<String>> rows) {

    public ChartSummary {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public boolean hasTable() {
        return !header.isEmpty() || !rows.isEmpty();
    }
}
