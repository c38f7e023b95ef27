package quire.pipeline.document;

/**
 * The displayed page: the CropBox after /Rotate, in points (pixels for images), origin top-left (cli.md).
 *
 * @param page     page number from 1
 * @param rotation the page's /Rotate in degrees (0, 90, 180, 270); 0 for images (EXIF is already applied)
 */
public record PageGeometry(int page, double width, double height, int rotation) {
}
