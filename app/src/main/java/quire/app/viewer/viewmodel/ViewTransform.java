package quire.app.viewer.viewmodel;

import quire.ocr.text.BBox;

/**
 * The one transform from displayed-page points (origin top-left, y down) to a page node's local view units.
 * The page image is rendered for the displayed page (rotation applied) at zoom × 72 dpi × the screen's output
 * scale and then shown at points × zoom, so a box maps by the zoom alone, whatever the page's /Rotate.
 */
public final class ViewTransform {

    private ViewTransform() {
    }

    /** {x, y, width, height} in the page node's local coordinates. */
    public static double[] toView(BBox box, double zoom) {
        return new double[] {box.x0() * zoom, box.y0() * zoom, box.width() * zoom, box.height() * zoom};
    }

    /** The inverse, for rectangles the user drags on a page. */
    public static BBox toPage(double x0, double y0, double x1, double y1, double zoom) {
        return new BBox(x0 / zoom, y0 / zoom, x1 / zoom, y1 / zoom);
    }

    /** The dpi at which to render a page shown at {@code zoom} on a screen with {@code outputScale}. */
    public static float renderDpi(double zoom, double outputScale) {
        return (float) Math.min(600, 72.0 * zoom * Math.max(1.0, outputScale));
    }
}
