package quire.pipeline.document.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Maps PDF user space relative to the CropBox's lower-left corner (what PDFBox's text stripper reports) to the
 * displayed page: /Rotate applied clockwise, origin top-left, y down (cli.md).
 *
 * @param cropWidth  the CropBox width before rotation
 * @param cropHeight the CropBox height before rotation
 * @param rotation   0, 90, 180 or 270
 */
public record DisplayTransform(double cropWidth, double cropHeight, int rotation) {

    public static DisplayTransform of(PDPage page) {
        PDRectangle crop = page.getCropBox();
        return new DisplayTransform(crop.getWidth(), crop.getHeight(), normalizeRotation(page.getRotation()));
    }

    /** /Rotate snapped to a multiple of 90 in 0..270 (some files carry negative or odd values). */
    public static int normalizeRotation(int rotate) {
        int r = ((rotate % 360) + 360) % 360;
        return (int) (Math.round(r / 90.0) * 90) % 360;
    }

    public double displayWidth() {
        return rotation % 180 == 0 ? cropWidth : cropHeight;
    }

    public double displayHeight() {
        return rotation % 180 == 0 ? cropHeight : cropWidth;
    }

    /** Displayed x of the crop-relative user-space point (x, y). */
    public double x(double x, double y) {
        return switch (rotation) {
            case 90 -> y;
            case 180 -> cropWidth - x;
            case 270 -> cropHeight - y;
            default -> x;
        };
    }

    /** Displayed y of the crop-relative user-space point (x, y). */
    public double y(double x, double y) {
        return switch (rotation) {
            case 90 -> x;
            case 180 -> y;
            case 270 -> cropWidth - x;
            default -> cropHeight - y;
        };
    }
}
