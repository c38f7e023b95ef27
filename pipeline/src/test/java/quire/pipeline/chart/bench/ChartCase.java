package quire.pipeline.chart.bench;

import java.nio.file.Path;
import java.util.Optional;
import quire.pipeline.chart.Table;

/**
 * One benchmark chart.
 *
 * @param id        the chart's id in its set
 * @param type      the set's chart type (synthetic: bar, grouped_bar, hbar, line, pie; Statista: bar, hbar, line, pie)
 * @param chartType cli.md's chart type (bar, hbar, line, pie), what a predictor may be told
 * @param image     the raster chart (PNG)
 * @param pdf       the vector chart, when the set has one (synthetic only)
 * @param title     the chart's title as the set records it (may be empty)
 * @param gold      the gold table; predictors must not read it (only the sanity predictors do)
 */
public record ChartCase(String id, String type, String chartType, Path image, Optional<Path> pdf, String title,
                        Table gold) {
}
