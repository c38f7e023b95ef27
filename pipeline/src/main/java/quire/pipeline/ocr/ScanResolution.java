package quire.pipeline.ocr;

import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.PageGraphics;
import quire.pipeline.document.PageGraphics.ImagePlacement;

/**
 * The resolution a scanned page was captured at: the pixel density of the image that covers most of the page.
 * Rendering a scan above it only interpolates pixels that were never captured, and enlarges the scan's noise specks
 * with them: on the bench/ask scans (150 dpi, noise, JPEG) a 300 dpi render cost both engines digits
 * ("423.1" read as "4", "12.7%" as "12. 7%") that a render at 150 dpi keeps.
 */
public final class ScanResolution {

    /** The page image must cover at least this share of the page to count as the scan of it. */
    static final double MIN_COVER = 0.5;

    private ScanResolution() {
    }

    /**
     * {@code cap}, or the scan's own resolution when it is lower (never below 72, one pixel per point).
     * Pages without a page-covering image (vector text, outlined glyphs) keep {@code cap}.
     */
    public static float dpiFor(Document doc, int page, float cap) throws DocumentException {
        PageGraphics g = doc.graphics(page);
        double pageArea = g.width() * g.height();
        ImagePlacement scan = null;
        double scanArea = 0;
        for (ImagePlacement im : g.images()) {
            double a = im.bbox().width() * im.bbox().height();
            if (a > scanArea) {
                scanArea = a;
                scan = im;
            }
        }
        if (scan == null || pageArea <= 0 || scanArea < MIN_COVER * pageArea) {
            return cap;
        }
        return (float) Math.min(cap, Math.max(72, nativeDpi(scan)));
    }

    /** Pixels per inch of a placed image (its boxes are in points, 72 per inch); the geometric mean of both axes. */
    static double nativeDpi(ImagePlacement im) {
        double pixels = (double) im.pixelWidth() * im.pixelHeight();
        double inches2 = im.bbox().width() * im.bbox().height() / (72.0 * 72.0);
        return Math.sqrt(pixels / inches2);
    }
}
