package quire.pipeline.doctags;

import quire.ocr.text.BBox;

/**
 * A DocTags box: four {@code <loc_n>} values on a 0..500 grid over the model's input image, origin top-left.
 */
public record LocBox(int left, int top, int right, int bottom) {

    /** The grid size DocTags coordinates are expressed on. */
    public static final int GRID = 500;

    /** The box in the coordinates of {@code frame}, the page area the model's input image showed. */
    public BBox toPage(BBox frame) {
        double sx = frame.width() / GRID;
        double sy = frame.height() / GRID;
        return new BBox(frame.x0() + left * sx, frame.y0() + top * sy, frame.x0() + right * sx,
                frame.y0() + bottom * sy);
    }
}
