package quire.pipeline.document.render;

import java.awt.image.BufferedImage;

/**
 * Reads a rendered page row by row as packed 8-bit samples (RGB triples or grey), straight from the raster's data
 * for the image types PDFBox renders, through {@code getRGB} for anything else.
 */
final class RasterRows {

    private final BufferedImage image;
    private final boolean gray;
    private final int width;
    private final int[] ints;
    private final byte[] bytes;

    RasterRows(BufferedImage image) {
        this.image = image;
        this.gray = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        this.width = image.getWidth();
        this.ints = gray ? null : new int[width];
        this.bytes = gray ? new byte[width] : null;
    }

    boolean gray() {
        return gray;
    }

    int bytesPerRow() {
        return gray ? width : width * 3;
    }

    /** Writes row {@code y} into {@code out} from {@code offset}; {@link #bytesPerRow()} bytes. */
    void row(int y, byte[] out, int offset) {
        if (gray) {
            byte[] row = (byte[]) image.getRaster().getDataElements(0, y, width, 1, bytes);
            System.arraycopy(row, 0, out, offset, width);
            return;
        }
        int type = image.getType();
        int[] px = type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB
                ? (int[]) image.getRaster().getDataElements(0, y, width, 1, ints)
                : image.getRGB(0, y, width, 1, ints, 0, width);
        int o = offset;
        for (int x = 0; x < width; x++) {
            int p = px[x];
            out[o++] = (byte) (p >> 16);
            out[o++] = (byte) (p >> 8);
            out[o++] = (byte) p;
        }
    }
}
