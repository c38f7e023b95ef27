package quire.pipeline.document.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.RenderOptions;

/**
 * Renders pages in parallel on a bounded pool (default 2 workers) and hands each finished image to a consumer on
 * the worker thread, so rendering and writing overlap and at most one image per worker is alive. Documents are
 * thread-safe (a PDF gives each worker its own PDFBox document), so workers share the {@link Document}.
 */
public final class PageRenderService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PageRenderService.class);
    public static final int DEFAULT_WORKERS = 2;

    /** Receives one rendered page; runs on a worker thread. */
    @FunctionalInterface
    public interface PageConsumer {
        void accept(int page, BufferedImage image) throws Exception;
    }

    private final ExecutorService pool;

    public PageRenderService() {
        this(DEFAULT_WORKERS);
    }

    public PageRenderService(int workers) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, workers), r -> {
            Thread t = new Thread(r, "quire-render-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Renders {@code pages} (from 1) and passes each to {@code consumer}; returns one outcome per page in the order
     * asked. Interrupting the caller cancels the pages not yet started.
     */
    public List<PageOutcome> renderAll(Document doc, List<Integer> pages, RenderOptions options,
                                       PageConsumer consumer) throws InterruptedException {
        List<Future<PageOutcome>> futures = new ArrayList<>(pages.size());
        for (int page : pages) {
            futures.add(pool.submit(() -> renderOne(doc, page, options, consumer)));
        }
        List<PageOutcome> outcomes = new ArrayList<>(pages.size());
        try {
            for (int i = 0; i < futures.size(); i++) {
                try {
                    outcomes.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    outcomes.add(new PageOutcome.Failed(pages.get(i), "page " + pages.get(i) + ": " + cause,
                            cause instanceof Exception ex ? ex : new RuntimeException(cause)));
                }
            }
        } catch (InterruptedException | CancellationException e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
        return outcomes;
    }

    private static PageOutcome renderOne(Document doc, int page, RenderOptions options, PageConsumer consumer)
            throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        try {
            BufferedImage image = doc.render(page, options);
            consumer.accept(page, image);
            return new PageOutcome.Ok(page);
        } catch (DocumentException e) {
            LOG.debug("page {} failed", page, e);
            return new PageOutcome.Failed(page, e.getMessage(), e);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            LOG.debug("page {} failed", page, e);
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new PageOutcome.Failed(page, "page " + page + ": " + m, e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
