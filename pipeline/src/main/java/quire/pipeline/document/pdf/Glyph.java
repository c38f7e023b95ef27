package quire.pipeline.document.pdf;

import quire.ocr.text.BBox;

/**
 * One glyph of the text layer in displayed-page coordinates.
 *
 * @param text       its Unicode text (may be several chars for ligatures)
 * @param box        the axis-aligned box of the glyph's ascent–descent quad
 * @param corners    the quad itself: x0,y0 (origin on the descent line), x1,y1, x2,y2, x3,y3, counter-clockwise in text space
 * @param originX    where the baseline starts
 * @param originY    where the baseline starts
 * @param dirX       unit vector along the baseline
 * @param dirY       unit vector along the baseline
 * @param advance    baseline length of the glyph
 * @param size       the glyph's em size on the page
 * @param spaceWidth the width of a space in this glyph's font on the page
 */
record Glyph(String text, BBox box, double[] corners, double originX, double originY, double dirX, double dirY,
             double advance, double size, double spaceWidth) {

    boolean isBlank() {
        return text.isBlank();
    }

    /** Position of a point along the baseline direction. */
    double along(double x, double y) {
        return x * dirX + y * dirY;
    }

    /** Position of a point across the baseline direction (downwards on an upright page). */
    double across(double x, double y) {
        return -x * dirY + y * dirX;
    }

    double startAlong() {
        return along(originX, originY);
    }

    double endAlong() {
        return startAlong() + advance;
    }

    double baselineAcross() {
        return across(originX, originY);
    }

    /** Angle of the baseline in degrees, 0 = left to right, 90 = top to bottom (y down). */
    double angle() {
        return Math.toDegrees(Math.atan2(dirY, dirX));
    }
}
