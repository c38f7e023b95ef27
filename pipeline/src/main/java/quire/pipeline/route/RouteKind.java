package quire.pipeline.route;

/** Where a region's content goes on its way to the model (cli.md {@code route} routes). */
public enum RouteKind {
    /** Born-digital text, sent as text. */
    TEXT_LAYER("text-layer"),
    /** Text in pixels: the OCR agent reads it and its words are sent as text. */
    OCR("ocr"),
    /** Bars, lines, pies: the chart expert turns it into a table sent as text. */
    CHART_EXPERT("chart-expert"),
    /** Photos and diagrams: slicer tiles through the vision encoder (visual tokens). */
    VISUAL("visual"),
    /** Nothing to send. */
    SKIP("skip");

    private final String label;

    RouteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
