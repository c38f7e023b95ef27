package quire.pipeline.chart.read;

import java.util.List;
import java.util.Optional;
import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.read.ChartScene.Poly;
import quire.pipeline.chart.read.ChartScene.Rect;

/**
 * Turns a {@link ChartScene} into a table: pies when there are wedges, line charts when there are data lines,
 * bar charts when there are bars. Empty when the scene holds no marks it can read.
 */
public final class ChartReader {

    private ChartReader() {
    }

    public static Optional<ChartTable> read(ChartScene scene, String engine) {
        Context ctx = new Context(scene);
        List<Rect> bars = BarReader.bars(ctx);
        List<Poly> lines = LineReader.lines(ctx);
        if (scene.wedges().size() >= 2 && scene.wedges().size() >= bars.size()) {
            return new PieReader(ctx).read(scene.wedges(), engine);
        }
        if (!lines.isEmpty() && lines.stream().mapToDouble(p -> p.bbox().width()).max().orElse(0)
                > bars.stream().mapToDouble(r -> r.box().width()).sum()) {
            return new LineReader(ctx).read(lines, engine);
        }
        if (!bars.isEmpty()) {
            return new BarReader(ctx, !BarReader.horizontal(bars)).read(bars, engine);
        }
        return Optional.empty();
    }
}
