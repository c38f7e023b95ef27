package quire.app.viewer.view;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.pipeline.document.Document;
import quire.pipeline.document.RenderOptions;

/**
 * Renders pages off the FX thread on a bounded executor and hands only finished images to the FX thread.
 * Requests are keyed by page; a new request for a page replaces the old one; pages that scroll out of view are
 * cancelled. Finished images are kept in a small LRU cache per (page, dpi).
 */
public final class PageImages implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PageImages.class);
    /** Cache budget in pixels (4 bytes each): about 200 MB of page images. */
    private static final long CACHE_PIXELS = 50_000_000L;
    /** One page image at most this many pixels; deeper zooms are upscaled (no tiling yet). */
    private static final long MAX_PAGE_PIXELS = 40_000_000L;

    private record Key(Document doc, int page, float dpi) {
    }

    private final ThreadPoolExecutor pool;
    /** A render under way and everyone waiting for it (several cells may ask for the same page). */
    private static final class Pending {
        final float dpi;
        final List<Consumer<Image>> waiting = new ArrayList<>();
        Future<?> future;

        Pending(float dpi) {
            this.dpi = dpi;
        }
    }

    private final Map<Integer, Pending> pending = new HashMap<>();
    private final LinkedHashMap<Key, Image> cache = new LinkedHashMap<>(32, 0.75f, true);
    private long cachedPixels;

    public PageImages(int threads, int queueCapacity) {
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity),
                r -> {
                    Thread t = new Thread(r, "quire-render-" + n.incrementAndGet());
                    t.setDaemon(true);
                    t.setPriority(Thread.NORM_PRIORITY - 1);
                    return t;
                });
    }

    /** The cached image, or null; FX thread only. */
    public Image cached(Document doc, int page, float dpi) {
        return cache.get(new Key(doc, page, dpi));
    }

    /** Whether a render of this page at this dpi is under way; FX thread only. */
    public boolean isPending(int page, float dpi) {
        Pending p = pending.get(page);
        return p != null && !p.future.isDone() && p.dpi == dpi;
    }

    /**
     * Renders a page in the background and calls {@code onReady} on the FX thread with the image. Returns false
     * when the queue is full (the caller asks again on its next layout pass). FX thread only.
     */
    public boolean request(Document doc, int page, float dpi, Consumer<Image> onReady, Consumer<Exception> onError) {
        Image hit = cached(doc, page, dpi);
        if (hit != null) {
            onReady.accept(hit);
            return true;
        }
        if (isPending(page, dpi)) {
            pending.get(page).waiting.add(onReady);
            return true;
        }
        cancel(page);
        Pending job = new Pending(dpi);
        job.waiting.add(onReady);
        try {
            job.future = pool.submit(() -> {
                try {
                    BufferedImage img = doc.render(page, new RenderOptions(dpi, false, MAX_PAGE_PIXELS, true, true));
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    Image fx = toFx(img);
                    Platform.runLater(() -> {
                        remember(new Key(doc, page, dpi), fx);
                        if (pending.get(page) == job) {
                            pending.remove(page);
                        }
                        job.waiting.forEach(w -> w.accept(fx));
                    });
                } catch (Exception e) {
                    LOG.debug("rendering page {} failed", page, e);
                    Platform.runLater(() -> onError.accept(e));
                }
            });
            pending.put(page, job);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Cancels every pending render outside [first, last]; FX thread only. */
    public void retainOnly(int first, int last) {
        pending.keySet().removeIf(p -> {
            if (p < first || p > last) {
                pending.get(p).future.cancel(true);
                return true;
            }
            return false;
        });
        pool.purge();
    }

    public void cancel(int page) {
        Pending p = pending.remove(page);
        if (p != null) {
            p.future.cancel(true);
        }
    }

    /** Forgets everything (another document). */
    public void clear() {
        pending.values().forEach(p -> p.future.cancel(true));
        pending.clear();
        cache.clear();
        cachedPixels = 0;
        pool.purge();
    }

    private void remember(Key key, Image img) {
        Image old = cache.put(key, img);
        cachedPixels += pixels(img) - (old == null ? 0 : pixels(old));
        var it = cache.entrySet().iterator();
        while (cachedPixels > CACHE_PIXELS && cache.size() > 1 && it.hasNext()) {
            Map.Entry<Key, Image> eldest = it.next();
            if (eldest.getKey().equals(key)) {
                continue;
            }
            cachedPixels -= pixels(eldest.getValue());
            it.remove();
        }
    }

    private static long pixels(Image img) {
        return (long) img.getWidth() * (long) img.getHeight();
    }

    /** Copies a rendered page into an FX image; safe off the FX thread (the image is not yet in a scene). */
    static Image toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
