package quire.app.cli;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import quire.pipeline.summarize.BatchListener;
import quire.pipeline.summarize.DocSummary;

/** The summarize progress bar on stderr: files done of total, pages per second, ETA; failures as lines. */
final class SummarizeProgress implements BatchListener, AutoCloseable {

    private final boolean quiet;
    private final AtomicInteger pages = new AtomicInteger();
    private volatile ProgressBar bar;
    private volatile long startNanos;

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
    public void finished(DocSummary summary, boolean reused) {
        if (!reused) {
            pages.addAndGet(summary.pages());
        }
        ProgressBar b = bar;
        if (b != null) {
            b.step();
            b.setExtraMessage(String.format(Locale.ROOT, "%.1f pages/s", pagesPerSecond()));
        }
        if (!summary.ok()) {
            synchronized (System.err) {
                String error = String.valueOf(summary.error());
                System.err.println("quire: " + (error.startsWith(summary.file()) ? error
                        : summary.file() + ": " + error));
            }
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
