package quire.pipeline.document;

import java.awt.RenderingHints;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A small pool of independently loaded {@link PDDocument}s over one file. PDFBox's documents are not thread-safe,
 * so each caller borrows a whole document (with its renderer) for one operation; parallel callers get separate
 * documents, loaded on demand up to {@code max}, after which they wait. Each loaded copy reads the file lazily,
 * so a copy costs its parsed objects, not the file's size.
 */
final class PdfHandles implements AutoCloseable {

    /**
     * One loaded copy of the document with two renderers: {@code renderer} keeps PDFBox's careful image path
     * (area-averaged downscaling, bicubic interpolation); {@code fastRenderer} decodes oversized images subsampled
     * and draws them bilinearly, for previews where speed matters more than the last bit of image fidelity.
     */
    record Handle(PDDocument doc, PDFRenderer renderer, PDFRenderer fastRenderer) {
        static Handle of(PDDocument doc) {
            PDFRenderer fast = new PDFRenderer(doc);
            fast.setSubsamplingAllowed(true);
            fast.setImageDownscalingOptimizationThreshold(0f);
            RenderingHints hints = new RenderingHints(RenderingHints.KEY_INTERPOLATION,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            hints.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            hints.put(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            fast.setRenderingHints(hints);
            return new Handle(doc, new PDFRenderer(doc), fast);
        }
    }

    /** Loads one more copy of the document. */
    interface Loader {
        PDDocument load() throws DocumentException;
    }

    private final Loader loader;
    private final int max;
    private final Deque<Handle> idle = new ArrayDeque<>();
    private final List<Handle> all = new ArrayList<>();
    private boolean closed;

    PdfHandles(PDDocument first, Loader loader, int max) {
        this.loader = loader;
        this.max = Math.max(1, max);
        Handle h = Handle.of(first);
        idle.push(h);
        all.add(h);
    }

    Handle borrow() throws DocumentException {
        synchronized (this) {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("document is closed");
                }
                if (!idle.isEmpty()) {
                    return idle.pop();
                }
                if (all.size() < max) {
                    break; // load outside the lock
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted while waiting for the document");
                }
            }
            all.add(null); // reserve the slot
        }
        PDDocument doc;
        try {
            doc = loader.load();
        } catch (DocumentException | RuntimeException e) {
            synchronized (this) {
                all.remove(null);
                notifyAll();
            }
            throw e;
        }
        Handle h = Handle.of(doc);
        synchronized (this) {
            all.set(all.indexOf(null), h);
            if (closed) {
                closeQuietly(h);
                throw new IllegalStateException("document is closed");
            }
        }
        return h;
    }

    synchronized void release(Handle h) {
        if (closed) {
            closeQuietly(h);
            return;
        }
        idle.push(h);
        notifyAll();
    }

    /** The first copy, for single-threaded set-up work before anyone else can borrow. */
    synchronized Handle peekFirst() {
        return all.get(0);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // borrowed copies are closed when they come back
        for (Handle h : idle) {
            closeQuietly(h);
        }
        idle.clear();
        notifyAll();
    }

    private static void closeQuietly(Handle h) {
        try {
            h.doc().close();
        } catch (IOException e) {
            // nothing useful to do: the file was only read
        }
    }
}
