package quire.pipeline.chart.bench;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a predictor is given about one benchmark chart (never its gold table).
 *
 * @param id        the chart's id in its set
 * @param type      the set's chart type (synthetic: bar, grouped_bar, hbar, line, pie; Statista: bar, hbar, line, pie)
 * @param chartType cli.md's chart type (bar, hbar, line, pie)
 * @param image     the raster chart (PNG)
 * @param pdf       the vector chart, when the set has one (synthetic only)
 * @param title     the chart's title as the set records it (may be empty)
 */
public record ChartInput(String id, String type, String chartType, Path image, Optional<Path> pdf, String title) {
}
