package quire.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import quire.models.ModelException;
import quire.models.embed.BgeEmbedder;
import quire.models.mllm.Precision;
import quire.models.store.InstalledModel;
import quire.models.onnx.OnnxSessionFactory;
import quire.models.onnx.SessionSettings;
import quire.pipeline.summarize.BatchJob;
import quire.pipeline.summarize.BgeSentenceEmbedder;
import quire.pipeline.summarize.ChartTables;
import quire.pipeline.summarize.EngineChartTables;
import quire.pipeline.chart.engine.ChartToTable;
import quire.pipeline.chart.engine.RasterChartEngine;
import quire.pipeline.chart.engine.TesseractChartOcr;
import quire.pipeline.ocr.OcrPageTextSource;
import quire.pipeline.summarize.DocumentSummarizer;
import quire.pipeline.summarize.MapReduceSummarizer;
import quire.pipeline.summarize.MllmTextGenerator;
import quire.pipeline.summarize.ReportFormat;
import quire.pipeline.summarize.Summarize;
import quire.pipeline.summarize.Summarize.Outcome;

/**
 * {@code quire summarize DIR|FILE... --out report.md|.html|.json [--workers N] [--model ID|DIR]}: batch summaries
 * of documents, resumable through {@code <out>.quire-state/}; Ctrl+C stops cleanly with exit code 5. With a model
 * the summaries are abstractive (map-reduce); a model that cannot be loaded leaves them extractive.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Summarises every PDF and image in folders and files into one report (Markdown, HTML or JSON).")
public final class SummarizeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(SummarizeCommand.class);

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "folders (searched recursively) and files")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "report.md, report.html or report.json")
    Path out;

    @Option(names = "--workers", paramLabel = "N", description = "parallel documents (default: the cores; bounded by memory)")
    Integer workers;

    @Option(names = "--model", paramLabel = "ID|DIR",
            description = "installed model or model folder for abstractive (map-reduce) summaries; extractive "
                    + "summaries when it cannot be loaded")
    String model;

    @Option(names = "--precision", paramLabel = "P", description = "with --model: fp32, q8 or q4 (default: the installed one)")
    String precision;

    @Option(names = "--max-tokens", paramLabel = "N",
            description = "with --model: most tokens per map or reduce step (default ${DEFAULT-VALUE})")
    int maxTokens = MapReduceSummarizer.Settings.DEFAULT.maxNewTokens();

    @Option(names = "--max-prompt-tokens", paramLabel = "N",
            description = "with --model: most tokens per prompt; smaller chunks are faster to read (default "
                    + "${DEFAULT-VALUE})")
    int maxPromptTokens = MapReduceSummarizer.Settings.DEFAULT.maxPromptTokens();

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Option(names = "--verbose", description = "stack traces on errors")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (ReportFormat.of(out).isEmpty()) {
            throw new UsageException("--out must end in .md, .html or .json (got " + out + ")");
        }
        if (workers != null && workers < 1) {
            throw new UsageException("--workers must be at least 1");
        }
        MapReduceSummarizer.Settings settings;
        try {
            settings = new MapReduceSummarizer.Settings(maxPromptTokens, maxTokens);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + "; use --max-prompt-tokens >= 64 and --max-tokens >= 8");
        }
        Precision asked = precision == null ? null : MllmAnswer.parsePrecision(precision);
        int cores = Runtime.getRuntime().availableProcessors();
        int n = BatchJob.boundedWorkers(workers == null ? cores : workers, cores, Runtime.getRuntime().maxMemory());
        LOG.debug("summarize with {} workers", n);
        try (OnnxSessionFactory factory = new OnnxSessionFactory(SessionSettings.fromSystemProperties());
             BgeEmbedder bge = BgeEmbedder.bundled(factory);
             SummarizeProgress progress = new SummarizeProgress(quiet);
             OcrPageTextSource ocr = OcrPageTextSource.auto();
             MllmTextGenerator generator = model == null ? null : openModel(factory, asked)) {
            MapReduceSummarizer abstractive = generator == null ? null : mapReduce(generator, settings);
            String engine = abstractive == null ? "extractive" : abstractive.engine() + "," + settings.key();
            ChartTables charts = new EngineChartTables(
                    new ChartToTable(new RasterChartEngine(new TesseractChartOcr())));
            DocumentSummarizer summarizer = new DocumentSummarizer(new BgeSentenceEmbedder(bge), abstractive, charts,
                    true, ocr);
            AtomicReference<BatchJob> job = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            Thread hook = new Thread(() -> onSignal(job.get(), done), "quire-summarize-cancel");
            Runtime.getRuntime().addShutdownHook(hook);
            // the hook ends the process once the run has said how it ended (done counts down last)
            try {
                Outcome outcome = Summarize.run(inputs, out, n, engine, summarizer, progress, job::set);
                progress.close();
                if (outcome instanceof Outcome.Written w) {
                    System.err.printf("quire: wrote %s: %d documents (%d failed, %d reused from %s)%n", w.out(),
                            w.report().overview().documents(), w.report().overview().failed(), w.reused(),
                            w.out().getFileName() + ".quire-state");
                    return ExitCode.OK;
                }
                Outcome.Cancelled c = (Outcome.Cancelled) outcome;
                System.err.printf("quire: cancelled: %d documents finished and kept in %s; run the same "
                        + "command again to continue%n", c.finished(), c.stateDir());
                System.err.flush();
                return ExitCode.CANCELLED;
            } finally {
                removeHook(hook);
                done.countDown();
            }
        }
    }

    /** The model, or null after one warning line when it cannot be loaded (the batch goes on extractive). */
    private MllmTextGenerator openModel(OnnxSessionFactory factory, Precision asked) {
        try {
            InstalledModel installed = MllmAnswer.installed(model, asked);
            Precision p = asked != null ? asked : Precision.parse(installed.precision().id());
            MllmTextGenerator g = MllmTextGenerator.open(installed.dir(), p, factory, installed.id());
            LOG.debug("abstractive summaries with {} ({})", installed.dir(), p);
            return g;
        } catch (ModelException | RuntimeException e) {
            LOG.debug("cannot load --model {}", model, e);
            System.err.println("quire: warning: cannot load --model " + model + " (" + e.getMessage()
                    + "); writing extractive summaries");
            return null;
        }
    }

    private static MapReduceSummarizer mapReduce(MllmTextGenerator generator, MapReduceSummarizer.Settings settings)
            throws UsageException {
        try {
            return new MapReduceSummarizer(generator, settings);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Ctrl+C: stop the job, let finished files' state land, then end with the cancel exit code. */
    private static void onSignal(BatchJob job, CountDownLatch done) {
        if (job == null || done.getCount() == 0) {
            return;
        }
        job.cancel();
        boolean stopped = false;
        try {
            stopped = done.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!stopped) { // otherwise the command has already said how it ended
            System.err.println("quire: cancelled; finished documents are kept, run the same command again to continue");
        }
        System.err.flush();
        Runtime.getRuntime().halt(ExitCode.CANCELLED);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and ends the process
        }
    }
}
