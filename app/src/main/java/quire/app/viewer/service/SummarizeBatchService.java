package quire.app.viewer.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import quire.app.viewer.task.Cancellation;
import quire.models.embed.BgeEmbedder;
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
import quire.pipeline.summarize.Summarize;

/**
 * The pipeline's summarize job behind the batch panel: the same resumable, atomic, failure-isolating batch as
 * {@code quire summarize}, with OCR for scans and chart tables, reporting each file as it finishes.
 */
public final class SummarizeBatchService implements BatchService {

    @Override
    public Report run(Request request, Listener listener, Cancellation cancellation) throws Exception {
        List<FileOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<BatchJob> job = new AtomicReference<>();
        int cores = Runtime.getRuntime().availableProcessors();
        int workers = BatchJob.boundedWorkers(cores, cores, Runtime.getRuntime().maxMemory());
        try (OnnxSessionFactory factory = new OnnxSessionFactory(SessionSettings.fromSystemProperties());
             BgeEmbedder bge = BgeEmbedder.bundled(factory);
             OcrPageTextSource ocr = OcrPageTextSource.auto()) {
            DocumentSummarizer summarizer = new DocumentSummarizer(new BgeSentenceEmbedder(bge), null,
                    new EngineChartTables(new ChartToTable(new RasterChartEngine(new TesseractChartOcr()))), true,
                    ocr);
            BatchListener events = new BatchListener() {
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
                Summarize.Outcome result = Summarize.run(request.files(), request.out(), workers, "extractive",
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

    private static FileOutcome outcome(DocSummary s) {
        Path file = Path.of(s.file());
        if (!"ok".equals(s.status())) {
            return new Failed(file, s.error());
        }
        String summary = String.join(" ", s.summary().stream().map(KeySentence::text).toList());
        return new Summarised(file, s.title(), s.pages(), summary.isEmpty() ? "(no text found)" : summary);
    }
}
