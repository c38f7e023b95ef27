package quire.pipeline.document;

import quire.pipeline.document.DocumentException.Reason;

/**
 * The DPI a page is actually rendered at, after the pixel cap: a request over the cap is refused, or lowered to fit
 * when the options allow it.
 */
public record RenderSize(float dpi, int width, int height) {

    /** @param pageWidth displayed page width in points (pixels at 72 dpi) */
    public static RenderSize of(double pageWidth, double pageHeight, RenderOptions options, int page)
            throws DocumentException {
        if (!(options.dpi() > 0)) {
            throw new IllegalArgumentException("dpi must be positive: " + options.dpi());
        }
        float dpi = options.dpi();
        double w = pageWidth * dpi / 72.0;
        double h = pageHeight * dpi / 72.0;
        double pixels = Math.max(1, Math.round(w)) * (double) Math.max(1, Math.round(h));
        if (pixels > options.maxPixels()) {
            if (!options.allowDownscale()) {
                throw new DocumentException(Reason.TOO_LARGE, String.format(
                        "page %d at %.0f dpi would be %.0f megapixels, over the cap of %.0f; use a lower dpi",
                        page, dpi, pixels / 1e6, options.maxPixels() / 1e6));
            }
            // shrink a little more than the square root so that rounding cannot land above the cap
            dpi = (float) (dpi * Math.sqrt(options.maxPixels() / pixels) * 0.999);
            w = pageWidth * dpi / 72.0;
            h = pageHeight * dpi / 72.0;
        }
        return new RenderSize(dpi, (int) Math.max(1, Math.round(w)), (int) Math.max(1, Math.round(h)));
    }
}
