package quire.pipeline.chart.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import quire.pipeline.chart.Table;

/** The predictors the benchmark knows by name. */
final class ChartPredictors {

    /** A predictor over whole cases: only the sanity checks may look at the gold table. */
    @FunctionalInterface
    interface CasePredictor {
        Table predict(ChartCase chart) throws Exception;
    }

    private ChartPredictors() {
    }

    /**
     * {@code empty} (scores 0: the floor), {@code gold} and {@code gold-transposed} (score 100: check the set and
     * the scorer), {@code csv:DIR} (reads DIR/&lt;id&gt;.csv, missing files count as empty predictions), or the
     * fully qualified name of a {@link ChartPredictor} class with a public no-arg constructor.
     */
    static CasePredictor named(String name) throws ReflectiveOperationException {
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
        ChartPredictor predictor;
        if (name.startsWith("csv:")) {
            Path dir = Path.of(name.substring(4));
            predictor = in -> {
                Path f = dir.resolve(in.id() + ".csv");
                return Files.isRegularFile(f) ? ChartBench.readCsv(f) : new Table(List.of(), List.of());
            };
        } else {
            predictor = (ChartPredictor) Class.forName(name).getConstructor().newInstance();
        }
        return c -> predictor.predict(c.input());
    }
}
