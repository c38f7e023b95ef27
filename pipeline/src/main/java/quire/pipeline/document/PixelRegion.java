package quire.pipeline.document;

import java.awt.image.BufferedImage;
import java.util.Optional;
import quire.ocr.text.BBox;

/**
 * A page region in the pixels of a page rendered at {@code scale} pixels per point: the box grown outwards to whole
 * pixels and clipped to the image.
 */
public record PixelRegion(int x0, int y0, int x1, int y1) {

    public static PixelRegion of(BBox box, double scale, int imageWidth, int imageHeight) {
        int x0 = (int) Math.max(0, Math.min(imageWidth - 1, Math.floor(box.x0() * scale)));
        int y0 = (int) Math.max(0, Math.min(imageHeight - 1, Math.floor(box.y0() * scale)));
        int x1 = (int) Math.max(x0 + 1, Math.min(imageWidth, Math.ceil(box.x1() * scale)));
        int y1 = (int) Math.max(y0 + 1, Math.min(imageHeight, Math.ceil(box.y1() * scale)));
        return new PixelRegion(x0, y0, x1, y1);
    }

    public int width() {
        return x1 - x0;
    }

    public int height() {
        return y1 - y0;
    }

    /** The region of {@code page} (shares its pixels), or empty when either side is under {@code minSide} pixels. */
    public static Optional<BufferedImage> crop(BufferedImage page, BBox box, double scale, int minSide) {
        PixelRegion r = of(box, scale, page.getWidth(), page.getHeight());
        return r.width() < minSide || r.height() < minSide ? Optional.empty()
                : Optional.of(page.getSubimage(r.x0, r.y0, r.width(), r.height()));
    }
}
