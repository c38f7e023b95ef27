package quire.app.viewer.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicReference;
import quire.app.viewer.task.Cancellation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.models.ModelException;
import quire.models.embed.BgeEmbedder;
import quire.models.mllm.Precision;
import quire.models.store.InstalledModel;
import quire.models.store.ModelStore;
import quire.models.onnx.OnnxSessionFactory;
import quire.models.onnx.SessionSettings;
import quire.pipeline.chart.engine.ChartToTable;
import quire.pipeline.chart.engine.RasterChartEngine;
import quire.pipeline.chart.engine.TesseractChartOcr;
import quire.pipeline.ocr.OcrPageTextSource;
import quire.pipeline.summarize.BatchJob;
import quire.pipeline.summarize.BatchListener;
import quire.pipeline.summarize.BgeSentenceEmbedder;
import quire.pipeline.summarize.DocSummary;
import quire.pipeline.summarize.DocumentSummarizer;
import quire.pipeline.summarize.EngineChartTables;
import quire.pipeline.summarize.KeySentence;
import quire.pipeline.summarize.MapReduceSummarizer;
import quire.pipeline.summarize.MllmTextGenerator;
import quire.pipeline.summarize.SummaryProgress;
import quire.pipeline.summarize.Summarize;

/**
 * The pipeline's summarize job behind the batch panel: the same resumable, atomic, failure-isolating batch as
 * {@code quire summarize}, with OCR for scans and chart tables, reporting each file as it finishes.
 */
public final class SummarizeBatchService implements BatchService {

    private static final Logger LOG = LoggerFactory.getLogger(SummarizeBatchService.class);

    private final Supplier<Optional<InstalledModel>> models;

    /** Extractive summaries only. */
    public SummarizeBatchService() {
        this(Optional::empty);
    }

    /** @param store where an installed model for abstractive summaries is looked up */
    public SummarizeBatchService(ModelStore store) {
        this(() -> preferred(store));
    }

    /** @param models the model a batch with {@link Request#useModel()} summarises with, looked up per call */
    public SummarizeBatchService(Supplier<Optional<InstalledModel>> models) {
        this.models = models;
    }

    @Override
    public Optional<String> summaryModel() {
        return installed().map(InstalledModel::id);
    }

    private Optional<InstalledModel> installed() {
        return models.get();
    }

    /** A chat model (SmolVLM) first; the document models (granite-docling) also follow instructions. */
    private static Optional<InstalledModel> preferred(ModelStore store) {
        try {
            List<InstalledModel> all = store.installed();
            return all.stream().filter(m -> m.id().toLowerCase(Locale.ROOT).contains("smolvlm")).findFirst()
                    .or(() -> all.stream().findFirst());
        } catch (RuntimeException e) {
            LOG.debug("cannot list installed models", e);
            return Optional.empty();
        }
    }

    @Override
    public Report run(Request request, Listener listener, Cancellation cancellation) throws Exception {
        List<FileOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<BatchJob> job = new AtomicReference<>();
        int cores = Runtime.getRuntime().availableProcessors();
        int workers = BatchJob.boundedWorkers(cores, cores, Runtime.getRuntime().maxMemory());
        try (OnnxSessionFactory factory = new OnnxSessionFactory(SessionSettings.fromSystemProperties());
             BgeEmbedder bge = BgeEmbedder.bundled(factory);
             OcrPageTextSource ocr = OcrPageTextSource.auto();
             MllmTextGenerator model = request.useModel() ? open(factory, listener) : null) {
            MapReduceSummarizer abstractive = model == null ? null
                    : new MapReduceSummarizer(model, MapReduceSummarizer.Settings.DEFAULT);
            String engine = abstractive == null ? "extractive"
                    : abstractive.engine() + "," + MapReduceSummarizer.Settings.DEFAULT.key();
            DocumentSummarizer summarizer = new DocumentSummarizer(new BgeSentenceEmbedder(bge), abstractive,
                    new EngineChartTables(new ChartToTable(new RasterChartEngine(new TesseractChartOcr()))), true,
                    ocr);
            BatchListener events = new BatchListener() {
                @Override
                public void progress(String file, SummaryProgress event) {
                    listener.stage(Path.of(file), event.describe());
                }

                @Override
                public void finished(DocSummary summary, boolean reused) {
                    FileOutcome outcome = outcome(summary);
                    outcomes.add(outcome);
                    listener.progress(outcome.file(), 1, 1);
                    listener.finished(outcome);
                }
            };
            // the panel's Cancel only sets a flag: pass it on to the batch within a tick
            Thread watcher = new Thread(() -> {
                try {
                    while (!cancellation.isCancelled()) {
                        Thread.sleep(50);
                    }
                    BatchJob running = job.get();
                    if (running != null) {
                        running.cancel();
                    }
                } catch (InterruptedException done) {
                    // the batch finished first
                }
            }, "quire-batch-cancel");
            watcher.setDaemon(true);
            watcher.start();
            try {
                Summarize.Outcome result = Summarize.run(request.files(), request.out(), workers, engine,
                        summarizer, events, started -> {
                            job.set(started);
                            if (cancellation.isCancelled()) {
                                started.cancel();
                            }
                        });
                return new Report(request.out(), outcomes, result instanceof Summarize.Outcome.Cancelled);
            } finally {
                watcher.interrupt();
            }
        }
    }

    /** The installed model, or null after one warning (the batch goes on with extractive summaries). */
    private MllmTextGenerator open(OnnxSessionFactory factory, Listener listener) {
        Optional<InstalledModel> m = installed();
        if (m.isEmpty()) {
            listener.warning("No model installed: extractive summaries");
            return null;
        }
        try {
            return MllmTextGenerator.open(m.get().dir(), Precision.parse(m.get().precision().id()), factory,
                    m.get().id());
        } catch (ModelException | RuntimeException e) {
            LOG.warn("cannot load {} for summaries", m.get().dir(), e);
            listener.warning("Cannot load " + m.get().id() + " (" + e.getMessage() + "): extractive summaries");
            return null;
        }
    }

    private static FileOutcome outcome(DocSummary s) {
        Path file = Path.of(s.file());
        if (!"ok".equals(s.status())) {
            return new Failed(file, s.error());
        }
        String summary = String.join(" ", s.summary().stream().map(KeySentence::text).toList());
        return new Summarised(file, s.title(), s.pages(), summary.isEmpty() ? "(no text found)" : summary);
    }
}
