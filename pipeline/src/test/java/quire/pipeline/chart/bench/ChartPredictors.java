package quire.pipeline.chart.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import quire.pipeline.chart.Table;

/** The predictors the benchmark knows by name. */
final class ChartPredictors {

    private ChartPredictors() {
    }

    /**
     * {@code empty} (scores 0: the floor), {@code gold} and {@code gold-transposed} (score 100: checks the set and
     * the scorer), {@code csv:DIR} (reads DIR/&lt;id&gt;.csv, missing files count as empty predictions), or the
     * fully qualified name of a {@link ChartPredictor} class with a public no-arg constructor.
     */
    static ChartPredictor named(String name) throws ReflectiveOperationException {
        switch (name) {
            case "empty":
                return c -> new Table(List.of(), List.of());
            case "gold":
                return ChartCase::gold;
            case "gold-transposed":
                return c -> c.gold().transpose();
            default:
                break;
        }
        if (name.startsWith("csv:")) {
            Path dir = Path.of(name.substring(4));
            return c -> {
                Path f = dir.resolve(c.id() + ".csv");
                return Files.isRegularFile(f) ? ChartBench.readCsv(f) : new Table(List.of(), List.of());
            };
        }
        Class<?> cls = Class.forName(name);
        return (ChartPredictor) cls.getConstructor().newInstance();
    }
}
