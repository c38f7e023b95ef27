package quire.pipeline.chart.detect;

import quire.ocr.text.BBox;

/**
 * A region of a page that holds a chart.
 *
 * @param bbox   displayed-page coordinates, marks plus their axis and label text
 * @param origin whether the page draws the chart as vector paths or shows it as an image
 * @param kind   the mark type seen ({@code bar}, {@code hbar}, {@code line}, {@code pie}, or {@code other} for images)
 * @param score  0..1, how sure the detector is
 * @param reason one short sentence for {@code quire route} and logs
 */
public record ChartCandidate(BBox bbox, Origin origin, String kind, double score, String reason) {

    /** Where the chart's pixels come from. */
    public enum Origin { VECTOR, RASTER }
}
