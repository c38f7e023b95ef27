package quire.pipeline.summarize;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.pipeline.summarize.DocumentSummarizer.FileFacts;

/**
 * Runs the summariser over many files on a bounded pool. Each file is isolated: its failure becomes a "failed"
 * entry. Finished files are saved to the state store as they finish, and files whose content hash is already there
 * are reused. {@link #cancel()} (from a shutdown hook or another thread) stops new work, interrupts running work,
 * and {@link #run} returns {@link BatchOutcome.Cancelled} with what finished.
 */
public final class BatchJob {

    private static final Logger LOG = LoggerFactory.getLogger(BatchJob.class);
    /** Heap one document in flight may need (rendering a page, text of a long PDF, embedding batches). */
    public static final long PER_DOC_BYTES = 384L << 20;

    private final DocumentSummarizer summarizer;
    private final StateStore state;
    private final int workers;
    private final BatchListener listener;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile ExecutorService pool;
    private final List<Future<?>> futures = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.Set<String> unsaved = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final TermStats terms = new TermStats();

    public BatchJob(DocumentSummarizer summarizer, StateStore state, int workers, BatchListener listener) {
        this.summarizer = summarizer;
        this.state = state;
        this.workers = Math.max(1, workers);
        this.listener = listener == null ? BatchListener.NONE : listener;
    }

    /** workers = min(requested, cores, max heap / per-document estimate), at least 1. */
    public static int boundedWorkers(int requested, int cores, long maxHeap) {
        long byMemory = Math.max(1, maxHeap / PER_DOC_BYTES);
        return (int) Math.max(1, Math.min(Math.min(requested, cores), byMemory));
    }

    public int workers() {
        return workers;
    }

    public void cancel() {
        cancelled.set(true);
        // queued tasks never run after shutdownNow, so their futures must be cancelled or get() would wait forever
        futures.forEach(f -> f.cancel(true));
        ExecutorService p = pool;
        if (p != null) {
            p.shutdownNow();
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** @param displays the name each file gets in the report, same order as {@code files} */
    public BatchOutcome run(List<Path> files, List<String> displays) {
        listener.started(files.size());
        AtomicInteger reused = new AtomicInteger();
        // results land here as files finish, so a cancel that races a finishing file cannot drop its result
        java.util.concurrent.atomic.AtomicReferenceArray<DocSummary> results =
                new java.util.concurrent.atomic.AtomicReferenceArray<>(files.size());
        ExecutorService p = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "quire-summarize");
            t.setDaemon(true);
            return t;
        });
        pool = p;
        if (cancelled.get()) {
            p.shutdownNow();
        }
        futures.clear();
        try {
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                String d = displays.get(i);
                int index = i;
                futures.add(p.submit(() -> results.set(index, held(one(f, d, reused))), null));
                if (cancelled.get()) {
                    futures.forEach(x -> x.cancel(true));
                }
            }
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // cancelled while submitting: the rest never start
        }
        p.shutdown();
        for (Future<?> fut : futures) {
            try {
                fut.get();
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // counted below as not done
            } catch (InterruptedException e) {
                cancel();
                Thread.currentThread().interrupt();
            }
        }
        try {
            p.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<DocSummary> done = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (results.get(i) != null) {
                done.add(results.get(i));
            }
        }
        int remaining = files.size() - done.size();
        if (cancelled.get()) {
            return new BatchOutcome.Cancelled(done, remaining);
        }
        return new BatchOutcome.Completed(done, reused.get(), terms.recurring(Report.KEY_TERMS));
    }

    /** One file; null when cancelled before or during it. */
    private DocSummary one(Path file, String display, AtomicInteger reused) {
        if (cancelled.get()) {
            return null;
        }
        FileFacts facts;
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            String modified = attrs.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
            if (attrs.isDirectory()) {
                return report(DocSummary.failed(display, "", 0, modified,
                        display + ": is a directory; give a PDF or image file", List.of()), false);
            }
            facts = new FileFacts(FileHash.sha256(file), attrs.size(), modified);
        } catch (NoSuchFileException e) {
            return report(DocSummary.failed(display, "", 0, "", display + ": no such file; check the path",
                    List.of()), false);
        } catch (AccessDeniedException e) {
            return report(DocSummary.failed(display, "", 0, "", display
                    + ": permission denied; make the file readable", List.of()), false);
        } catch (IOException e) {
            return report(DocSummary.failed(display, "", 0, "", display + ": cannot be read ("
                    + e.getMessage() + ")", List.of()), false);
        }
        var cached = state.load(facts.sha256());
        if (cached.isPresent()) {
            reused.incrementAndGet();
            DocSummary c = cached.get();
            return report(new DocSummary(display, c.sha256(), facts.size(), facts.modified(), c.title(), c.pages(),
                    c.engine(), c.summary(), c.keyFigures(), c.charts(), c.notes(), c.thumbnails(), c.terms(),
                    c.status(), c.error()), true);
        }
        try {
            DocSummary s = summarizer.summarize(file, display, facts, e -> listener.progress(display, e));
            if (cancelled.get() && !s.ok()) {
                return null; // an interrupt surfaced as a read error: the file is not done, not broken
            }
            if (s.ok() && !(summarizer.cacheable(s) && state.save(s))) {
                unsaved.add(s.sha256()); // its thumbnails stay in memory: the report cannot reload them
            }
            return report(s, false);
        } catch (InterruptedException e) {
            LOG.debug("cancelled during {}", display);
            return null;
        }
    }

    /**
     * What the job keeps until the report, so memory stays flat over long batches: the term list goes into the
     * running key-term sums, thumbnails stay in the state folder (unless saving failed).
     */
    private DocSummary held(DocSummary s) {
        if (s == null || !s.ok()) {
            return s;
        }
        terms.add(s.terms());
        return unsaved.contains(s.sha256()) ? s.withTerms(List.of()) : s.withoutThumbnails().withTerms(List.of());
    }

    private DocSummary report(DocSummary s, boolean reused) {
        listener.finished(s, reused);
        return s;
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
