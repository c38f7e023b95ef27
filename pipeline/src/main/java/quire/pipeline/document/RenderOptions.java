package quire.pipeline.document;

/**
 * How to render a page.
 *
 * @param dpi            dots per inch (72 = one pixel per point)
 * @param gray           render in 8-bit grey instead of RGB
 * @param maxPixels      the pixel cap per page (default 100 MP)
 * @param allowDownscale when the request exceeds the cap: true = lower the DPI to fit, false = refuse
 * @param preview        a picture for the screen: at low resolutions embedded images may be decoded subsampled
 *                       (about twice as fast on scans, slightly softer). Never for OCR or model input.
 */
public record RenderOptions(float dpi, boolean gray, long maxPixels, boolean allowDownscale, boolean preview) {

    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

    public static RenderOptions rgb(float dpi) {
        return new RenderOptions(dpi, false, DEFAULT_MAX_PIXELS, false, false);
    }

    public static RenderOptions gray(float dpi) {
        return new RenderOptions(dpi, true, DEFAULT_MAX_PIXELS, false, false);
    }

    public RenderOptions withDownscale(boolean allow) {
        return new RenderOptions(dpi, gray, maxPixels, allow, preview);
    }

    /** The same request, rendered as a screen preview (see {@code preview}). */
    public RenderOptions asPreview() {
        return new RenderOptions(dpi, gray, maxPixels, allowDownscale, true);
    }
}
