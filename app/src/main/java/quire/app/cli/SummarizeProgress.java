package quire.app.cli;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import quire.pipeline.summarize.BatchListener;
import quire.pipeline.summarize.DocSummary;
import quire.pipeline.summarize.SummaryProgress;

/**
 * The summarize progress bar on stderr: files done of total, pages per second, ETA, and with a model the step of
 * the document in flight (map/reduce, tokens); failures as lines.
 */
final class SummarizeProgress implements BatchListener, AutoCloseable {

    private final boolean quiet;
    private final AtomicInteger pages = new AtomicInteger();
    private volatile ProgressBar bar;
    private volatile long startNanos;
    private volatile String stage = "";

    SummarizeProgress(boolean quiet) {
        this.quiet = quiet;
    }

    @Override
    public void started(int files) {
        startNanos = System.nanoTime();
        if (!quiet) {
            bar = new ProgressBarBuilder().setTaskName("summarize").setInitialMax(files).setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate()
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    @Override
    public void progress(String file, SummaryProgress event) {
        if (event instanceof SummaryProgress.Planned) {
            return;
        }
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        stage = " · " + (name.length() > 24 ? name.substring(0, 23) + "…" : name) + ": " + event.describe();
        message();
    }

    @Override
    public void finished(DocSummary summary, boolean reused) {
        if (!reused) {
            pages.addAndGet(summary.pages());
        }
        stage = "";
        ProgressBar b = bar;
        if (b != null) {
            b.step();
        }
        message();
        if (!summary.ok()) {
            synchronized (System.err) {
                String error = String.valueOf(summary.error());
                System.err.println("quire: " + (error.startsWith(summary.file()) ? error
                        : summary.file() + ": " + error));
            }
        }
    }

    private void message() {
        ProgressBar b = bar;
        if (b != null) {
            b.setExtraMessage(String.format(Locale.ROOT, "%.1f pages/s", pagesPerSecond()) + stage);
        }
    }

    double pagesPerSecond() {
        double s = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        return pages.get() / s;
    }

    @Override
    public void close() {
        ProgressBar b = bar;
        if (b != null) {
            b.close();
        }
    }
}
