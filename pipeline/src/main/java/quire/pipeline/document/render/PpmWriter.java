package quire.pipeline.document.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Binary PPM (P6, RGB) or PGM-style P5 (grey), written straight from the raster in large blocks. */
public final class PpmWriter {

    private static final int BLOCK = 1 << 20;

    private PpmWriter() {
    }

    public static void write(BufferedImage image, OutputStream out) throws IOException {
        RasterRows rows = new RasterRows(image);
        String header = (rows.gray() ? "P5" : "P6") + "\n" + image.getWidth() + " " + image.getHeight() + "\n255\n";
        out.write(header.getBytes(StandardCharsets.US_ASCII));
        int perRow = rows.bytesPerRow();
        int rowsPerBlock = Math.max(1, BLOCK / perRow);
        byte[] block = new byte[perRow * rowsPerBlock];
        int filled = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            rows.row(y, block, filled * perRow);
            if (++filled == rowsPerBlock) {
                out.write(block, 0, filled * perRow);
                filled = 0;
            }
        }
        out.write(block, 0, filled * perRow);
        out.flush();
    }
}
