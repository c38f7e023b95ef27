package quire.pipeline.route;

import java.util.Locale;

/** What a region of a page holds (cli.md {@code route} kinds). */
public enum RegionKind {
    TEXT, TABLE, CHART, PICTURE, BLANK;

    /** The lower-case name written to JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
