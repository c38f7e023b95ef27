package quire.pipeline.chart.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Loads the benchmark's chart sets from their index.jsonl files. */
final class ChartSets {

    private ChartSets() {
    }

    /** bench/chart2table/synthetic: made by make_synthetic.py. */
    static List<ChartCase> synthetic(Path dir) throws IOException {
        List<ChartCase> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("index.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            ChartInput in = new ChartInput(field(line, "id"), field(line, "type"), field(line, "chart_type"),
                    dir.resolve(field(line, "png")), Optional.of(dir.resolve(field(line, "pdf"))), field(line, "title"));
            out.add(new ChartCase(in, ChartBench.readCsv(dir.resolve(field(line, "table")))));
        }
        return out;
    }

    /** ../shared/data/charts-dev: Statista's chartType column → bar, bar → hbar (see its README). */
    static List<ChartCase> statista(Path dir) throws IOException {
        List<ChartCase> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("index.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String type = switch (field(line, "chartType")) {
                case "column" -> "bar";
                case "bar" -> "hbar";
                default -> field(line, "chartType");
            };
            ChartInput in = new ChartInput(field(line, "id"), type, type, dir.resolve(field(line, "image")),
                    Optional.empty(), field(line, "title"));
            out.add(new ChartCase(in, ChartBench.readCsv(dir.resolve(field(line, "table")))));
        }
        return out;
    }

    /** The ids listed in a hold-out file (one per line, # comments). */
    static Set<String> holdout(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty() && !s.startsWith("#"))
                .collect(Collectors.toSet());
    }

    /**
     * The string value of {@code "key": "..."} in one JSON line (our index files are flat enough for this; nested
     * objects are searched too). Empty when absent.
     */
    static String field(String jsonLine, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(jsonLine);
        return m.find() ? unescape(m.group(1)) : "";
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }
}
