package quire.pipeline.route;

/** How a region was found; the router reads some signals differently per source. */
public enum RegionSource {
    /** Lines of the text layer joined into a block. */
    TEXT_BLOCK,
    /** An image placed on the page (or the whole page of an image document). */
    IMAGE,
    /** An area of a raster image split off by the text-density estimate. */
    RASTER_AREA,
    /** A chart candidate of the shared {@code ChartDetector}. */
    CHART,
    /** A cluster of vector paths (drawings, ruled tables). */
    DRAWING,
    /** The whole page, when nothing else was found on it. */
    PAGE
}
