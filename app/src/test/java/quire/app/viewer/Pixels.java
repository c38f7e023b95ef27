package quire.app.viewer;

import javafx.geometry.Bounds;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/** Reads a scene snapshot: finds the page's white rectangle and measures highlight tint in regions. */
final class Pixels {

    /** A rectangle in snapshot pixels. */
    record Rect(double x, double y, double w, double h) {
    }

    private final WritableImage image;
    private final PixelReader reader;

    Pixels(WritableImage image) {
        this.image = image;
        this.reader = image.getPixelReader();
    }

    private int argb(int x, int y) {
        return reader.getArgb(x, y);
    }

    private static boolean white(int argb) {
        return ((argb >> 16) & 0xff) >= 250 && ((argb >> 8) & 0xff) >= 250 && (argb & 0xff) >= 250;
    }

    /** Highlight tint: clearly more red than blue (yellow over white or over black glyphs; grey is neutral). */
    static boolean tinted(int argb) {
        int r = (argb >> 16) & 0xff;
        int b = argb & 0xff;
        return r - b > 40;
    }

    /**
     * The page: the longest run of pure white pixels in any row gives its left edge and width, in any column its
     * top edge and height (text shortens runs only where it is; blank margins give the full extent).
     */
    Rect pageRect(Bounds area) {
        int x0 = (int) Math.ceil(area.getMinX());
        int x1 = (int) Math.floor(Math.min(area.getMaxX(), image.getWidth()));
        int y0 = (int) Math.ceil(area.getMinY());
        int y1 = (int) Math.floor(Math.min(area.getMaxY(), image.getHeight()));
        int bestW = 0;
        int bestX = 0;
        for (int y = y0; y < y1; y++) {
            int run = 0;
            for (int x = x0; x < x1; x++) {
                run = white(argb(x, y)) ? run + 1 : 0;
                if (run > bestW) {
                    bestW = run;
                    bestX = x - run + 1;
                }
            }
        }
        int bestH = 0;
        int bestY = 0;
        for (int x = x0; x < x1; x++) {
            int run = 0;
            for (int y = y0; y < y1; y++) {
                run = white(argb(x, y)) ? run + 1 : 0;
                if (run > bestH) {
                    bestH = run;
                    bestY = y - run + 1;
                }
            }
        }
        return new Rect(bestX, bestY, bestW, bestH);
    }

    /** The fraction of tinted pixels in [x0, x1) × [y0, y1) (snapshot pixels). */
    double tintedFraction(double x0, double y0, double x1, double y1) {
        int n = 0;
        int hit = 0;
        for (int y = (int) Math.round(y0); y < (int) Math.round(y1); y++) {
            for (int x = (int) Math.round(x0); x < (int) Math.round(x1); x++) {
                n++;
                if (tinted(argb(x, y))) {
                    hit++;
                }
            }
        }
        return n == 0 ? 0 : hit / (double) n;
    }
}
