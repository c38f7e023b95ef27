package quire.pipeline.chart.bench;

import quire.pipeline.chart.Table;

/** One benchmark chart: what the predictor sees, and the gold table it is scored against. */
public record ChartCase(ChartInput input, Table gold) {

    public String id() {
        return input.id();
    }

    public String type() {
        return input.type();
    }
}
