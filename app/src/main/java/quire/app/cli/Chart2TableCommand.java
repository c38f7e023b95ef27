package quire.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quire.ocr.text.BBox;
import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.engine.ChartTableWriter;
import quire.pipeline.chart.engine.ChartToTable;
import quire.pipeline.chart.engine.GraniteChartEngine;
import quire.pipeline.chart.engine.MllmChartModel;
import quire.pipeline.chart.engine.RasterChartEngine;
import quire.pipeline.chart.engine.TesseractChartOcr;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;

/** {@code quire chart2table FILE [--page N] [--region x0,y0,x1,y1] [--all] [--format csv|tsv|md|json] [--out FILE]}. */
@Command(name = "chart2table", mixinStandardHelpOptions = true,
        description = "Turn a chart (vector PDF or picture) into a table; exit 6 when there is no chart.")
final class Chart2TableCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "PDF or image")
    Path file;

    @Option(names = "--page", defaultValue = "1", description = "Page number, from 1 (default 1).")
    int page;

    @Option(names = "--region", paramLabel = "x0,y0,x1,y1",
            description = "Chart region in displayed-page points (origin top-left); skips chart detection.")
    String region;

    @Option(names = "--all", description = "Every chart on the page, largest first.")
    boolean all;

    @Option(names = "--format", defaultValue = "csv", description = "csv, tsv, md or json (default csv).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the table here instead of stdout.")
    Path out;

    @Option(names = "--model", paramLabel = "ID|DIR",
            description = "Also read pictured charts with this installed model (granite-docling); cells where it and "
                    + "the raster expert disagree are warned.")
    String model;

    @Option(names = "--max-tokens", defaultValue = "768", description = "Most tokens the model may write per chart.")
    int maxTokens;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        ChartTableWriter.Format fmt = parseFormat(format);
        Optional<BBox> box = region == null ? Optional.empty() : Optional.of(parseRegion(region));
        List<ChartTable> charts;
        try (Document doc = Documents.open(file)) {
            if (page < 1 || page > doc.pageCount()) {
                throw new UsageException("--page " + page + " is outside 1.." + doc.pageCount());
            }
            ChartToTable c2t = new ChartToTable(new RasterChartEngine(new TesseractChartOcr()));
            if (model == null) {
                charts = c2t.run(doc, page, box, all);
            } else {
                try (MllmChartModel m = openModel()) {
                    charts = c2t.withModel(new GraniteChartEngine(m)).run(doc, page, box, all);
                }
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        for (ChartTable c : charts) {
            for (String w : c.warnings()) {
                err.println("quire: warning: " + w);
            }
        }
        err.flush();
        StringWriter text = new StringWriter();
        ChartTableWriter.write(charts, fmt, text);
        if (out != null) {
            Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
        } else {
            PrintWriter o = spec.commandLine().getOut();
            o.print(text);
            o.flush();
        }
        return ExitCode.OK;
    }

    private MllmChartModel openModel() throws Exception {
        if (maxTokens < 1) {
            throw new UsageException("--max-tokens must be at least 1");
        }
        return MllmChartModel.open(MllmAnswer.installed(model, null), maxTokens);
    }

    static ChartTableWriter.Format parseFormat(String s) throws UsageException {
        try {
            return ChartTableWriter.Format.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be csv, tsv, md or json, not " + s);
        }
    }

    static BBox parseRegion(String s) throws UsageException {
        String[] parts = s.split(",");
        if (parts.length != 4) {
            throw new UsageException("--region needs x0,y0,x1,y1 in points, not " + s);
        }
        try {
            double x0 = Double.parseDouble(parts[0].strip()), y0 = Double.parseDouble(parts[1].strip());
            double x1 = Double.parseDouble(parts[2].strip()), y1 = Double.parseDouble(parts[3].strip());
            if (x1 <= x0 || y1 <= y0) {
                throw new UsageException("--region needs x0 < x1 and y0 < y1: " + s);
            }
            return new BBox(x0, y0, x1, y1);
        } catch (NumberFormatException e) {
            throw new UsageException("--region needs four numbers x0,y0,x1,y1, not " + s);
        }
    }
}
