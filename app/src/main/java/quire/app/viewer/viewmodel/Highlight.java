package quire.app.viewer.viewmodel;

import quire.ocr.text.BBox;

/** A region drawn over a page: displayed-page points, origin top-left (cli.md coordinates). */
public record Highlight(int page, BBox bbox, Kind kind, String label) {

    /** What the region shows; each kind has its own colour (style class {@code highlight-<kind>}). */
    public enum Kind {
        EVIDENCE, FIND, FIND_CURRENT, OCR_WORD, ROUTER_REGION, CHART_CELL, CHART, SELECTION;

        public String styleClass() {
            return "highlight-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
