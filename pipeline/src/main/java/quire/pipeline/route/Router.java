package quire.pipeline.route;

import java.util.Locale;

/**
 * The routing decision: a pure function of a region's signals. Order of the rules: charts first (a chart holds text
 * labels but the expert reads it better as a table), then the text layer when it is trustworthy, then blank and tiny
 * regions, then raster text by the density estimate, and everything else is a picture for visual tokens.
 */
public final class Router {

    private Router() {
    }

    public static Route route(RegionSignals s, RouterConfig c) {
        if (s.chartScore() >= c.chartScore()) {
            return new Route(RegionKind.CHART, RouteKind.CHART_EXPERT,
                    "chart candidate scored " + f2(s.chartScore()) + " >= " + f2(c.chartScore()));
        }
        if (s.chars() >= c.minChars()) {
            if (s.unmappedShare() > c.maxUnmapped()) {
                return new Route(RegionKind.TEXT, RouteKind.OCR, "text layer has " + pct(s.unmappedShare())
                        + " unmapped glyphs (> " + pct(c.maxUnmapped()) + "): OCR the pixels");
            }
            if (s.rulings() >= c.tableRulings()) {
                return new Route(RegionKind.TABLE, RouteKind.TEXT_LAYER,
                        s.chars() + " text-layer chars crossed by " + s.rulings() + " rulings: a table sent as text");
            }
            return new Route(RegionKind.TEXT, RouteKind.TEXT_LAYER, s.chars() + " text-layer chars");
        }
        if (s.inkShare() < c.blankInk()) {
            return new Route(RegionKind.BLANK, RouteKind.SKIP, "no ink (" + pct(s.inkShare()) + " dark pixels)");
        }
        if (s.areaShare() < c.minAreaShare()) {
            return new Route(RegionKind.PICTURE, RouteKind.SKIP,
                    "too small to matter (" + pct(s.areaShare()) + " of the page)");
        }
        if (s.source() != RegionSource.DRAWING && s.glyphs() >= c.minGlyphs()
                && s.textLikeShare() >= c.textLikeShare()) {
            return new Route(RegionKind.TEXT, RouteKind.OCR, "text in pixels: " + s.glyphs() + " glyph-sized marks, "
                    + pct(s.textLikeShare()) + " of the ink");
        }
        String what = s.source() == RegionSource.DRAWING ? "vector drawing" : "picture";
        return new Route(RegionKind.PICTURE, RouteKind.VISUAL, what + " without text to read ("
                + pct(s.textLikeShare()) + " glyph-like ink): visual tokens");
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
