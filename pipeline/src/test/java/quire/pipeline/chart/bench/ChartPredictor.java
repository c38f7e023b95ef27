package quire.pipeline.chart.bench;

import quire.pipeline.chart.Table;

/**
 * What the benchmark measures: chart in, table out. The chart-to-table engine plugs in here (a class with a public
 * no-arg constructor, named with {@code --predictor fully.qualified.Name}), or writes CSVs that {@code csv:DIR}
 * reads.
 */
@FunctionalInterface
public interface ChartPredictor {

    /** The predicted table (header first); throwing counts as an empty prediction. */
    Table predict(ChartInput chart) throws Exception;
}
