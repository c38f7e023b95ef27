package quire.pipeline.chart.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import quire.pipeline.chart.Table;
import quire.pipeline.chart.TableCsv;
import quire.pipeline.chart.metric.RmsF1;
import quire.pipeline.chart.metric.RmsF1Score;

/**
 * Chart-to-table benchmark (not a test): runs a {@link ChartPredictor} on every chart of a set, scores each
 * prediction against its gold table with RMS-F1 and prints the mean per chart type, on DePlot's 0..100 scale:
 * {@code BENCH chart2table_<set>_<type>: quire=<rms-f1> peer=- ratio=- rms-f1}, plus {@code _all} per set.
 *
 * <p>Sets: {@code synthetic} (bench/chart2table/synthetic, types bar, grouped_bar, hbar, line, pie) and the
 * Statista charts of ../shared/data/charts-dev (types bar = Statista "column", hbar = Statista "bar", line, pie),
 * split by bench/chart2table/statista-holdout.txt: {@code statista_dev} is scored by default, the 50 held-out
 * charts ({@code statista_holdout}) only with {@code --final}.
 *
 * <p>Usage: {@code ChartBench [--predictor NAME] [--set synthetic|statista|all] [--final] [--verbose]
 * [--tag NAME (appended to the set's name)] [--out RESULTS.jsonl] [--root DIR] [--shared DIR]}; predictors: see {@link ChartPredictors#named}. Run through
 * bench/chart2table/run.sh.
 */
public final class ChartBench {

    private final RmsF1 metric = RmsF1.DEFAULT;
    private final boolean verbose;
    /** One JSON line per scored chart, written to --out when given. */
    private final StringBuilder results = new StringBuilder();

    private ChartBench(boolean verbose) {
        this.verbose = verbose;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        Path root = Path.of(opts.getOrDefault("root", System.getProperty("quire.root", "."))).toAbsolutePath();
        Path shared = Path.of(opts.getOrDefault("shared", root.resolve("../shared").toString()));
        String set = opts.getOrDefault("set", "all");
        boolean fin = opts.containsKey("final");
        ChartPredictors.CasePredictor predictor = ChartPredictors.named(opts.getOrDefault("predictor", "empty"));
        ChartBench bench = new ChartBench(opts.containsKey("verbose"));
        String tag = opts.containsKey("tag") ? "_" + opts.get("tag") : "";

        List<String> lines = new ArrayList<>();
        if (set.equals("all") || set.equals("synthetic")) {
            Path dir = root.resolve("bench/chart2table/synthetic");
            lines.addAll(bench.run("synthetic" + tag, ChartSets.synthetic(dir), predictor));
        }
        if (set.equals("all") || set.equals("statista")) {
            Path charts = shared.resolve("data/charts-dev");
            if (!Files.isRegularFile(charts.resolve("index.jsonl"))) {
                System.err.println("chart2table: " + charts + " absent: skipping the Statista set");
            } else {
                Set<String> holdout = ChartSets.holdout(root.resolve("bench/chart2table/statista-holdout.txt"));
                List<ChartCase> all = ChartSets.statista(charts);
                List<ChartCase> chosen = all.stream().filter(c -> holdout.contains(c.id()) == fin).toList();
                lines.addAll(bench.run((fin ? "statista_holdout" : "statista_dev") + tag, chosen, predictor));
            }
        }
        if (opts.containsKey("out")) {
            Files.writeString(Path.of(opts.get("out")), bench.results, StandardCharsets.UTF_8);
        }
        lines.forEach(System.out::println);
    }

    /** Scores every case; returns the BENCH lines, one per type and one for the whole set. */
    List<String> run(String setName, List<ChartCase> cases, ChartPredictors.CasePredictor predictor) {
        Map<String, List<Double>> byType = new TreeMap<>();
        List<Double> all = new ArrayList<>();
        int failed = 0;
        long totalMs = 0;
        for (ChartCase c : cases) {
            long t0 = System.nanoTime();
            Table predicted;
            try {
                predicted = predictor.predict(c);
            } catch (Exception e) {
                failed++;
                System.err.printf("chart2table %s: %s failed: %s%n", setName, c.id(), e);
                predicted = new Table(List.of(), List.of());
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            totalMs += ms;
            RmsF1Score s = metric.score(predicted, c.gold());
            double f1 = 100 * s.f1();
            byType.computeIfAbsent(c.type(), k -> new ArrayList<>()).add(f1);
            all.add(f1);
            results.append(String.format(Locale.ROOT, "{\"set\": \"%s\", \"id\": \"%s\", \"type\": \"%s\", "
                    + "\"rms_f1\": %.4f, \"precision\": %.4f, \"recall\": %.4f, \"transposed\": %b, \"ms\": %d}%n",
                    setName, c.id(), c.type(), f1, 100 * s.precision(), 100 * s.recall(), s.transposed(), ms));
            if (verbose) {
                System.err.printf(Locale.ROOT, "%s %-34s %-12s rms-f1 %6.2f  P %6.2f R %6.2f%s  %d ms%n", setName,
                        c.id(), c.type(), f1, 100 * s.precision(), 100 * s.recall(),
                        s.transposed() ? " (transposed)" : "", ms);
            }
        }
        System.err.printf(Locale.ROOT, "chart2table %s: %d charts, %d failed, %.1f s predicting%n", setName,
                cases.size(), failed, totalMs / 1000.0);
        List<String> lines = new ArrayList<>();
        byType.forEach((type, scores) -> lines.add(line(setName + "_" + type, scores)));
        if (!all.isEmpty()) {
            lines.add(line(setName + "_all", all));
            lines.add(String.format(Locale.ROOT, "BENCH chart2table_seconds_per_chart_%s: quire=%.3f peer=- ratio=- s",
                    setName, totalMs / 1000.0 / all.size()));
        }
        return lines;
    }

    private static String line(String name, List<Double> scores) {
        double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return String.format(Locale.ROOT, "BENCH chart2table_%s: quire=%.2f peer=- ratio=- rms-f1", name, mean);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String key = a.substring(2);
            int eq = key.indexOf('=');
            if (eq >= 0) {
                out.put(key.substring(0, eq), key.substring(eq + 1));
            } else if (Set.of("final", "verbose").contains(key)) {
                out.put(key, "true");
            } else if (i + 1 < args.length) {
                out.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("option --" + key + " needs a value");
            }
        }
        return out;
    }

    /** Reads a CSV file as a {@link Table}. */
    static Table readCsv(Path file) throws IOException {
        return TableCsv.read(Files.readString(file, StandardCharsets.UTF_8));
    }

}
