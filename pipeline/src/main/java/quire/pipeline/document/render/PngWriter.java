package quire.pipeline.document.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A fast PNG encoder for rendered pages: 8-bit RGB or grey, the "up" filter on every row (pages are mostly flat
 * colour, so the row above predicts well) and deflate level 1. ImageIO's writer spends most of its time in
 * adaptive filtering and a higher deflate level for little gain on pages.
 */
public final class PngWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTER_UP = 2;
    private static final int IDAT_CHUNK = 1 << 16;

    private PngWriter() {
    }

    public static void write(BufferedImage image, OutputStream out) throws IOException {
        RasterRows rows = new RasterRows(image);
        int w = image.getWidth();
        int h = image.getHeight();
        out.write(SIGNATURE);
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream(13);
        writeInt(ihdr, w);
        writeInt(ihdr, h);
        ihdr.write(8); // bit depth
        ihdr.write(rows.gray() ? 0 : 2); // colour type: grey or RGB
        ihdr.write(0); // deflate
        ihdr.write(0); // adaptive filtering with the five basic filters
        ihdr.write(0); // no interlace
        chunk(out, "IHDR", ihdr.toByteArray(), ihdr.size());

        int perRow = rows.bytesPerRow();
        byte[] prev = new byte[perRow];
        byte[] cur = new byte[perRow];
        byte[] filtered = new byte[perRow + 1];
        filtered[0] = FILTER_UP;
        byte[] buf = new byte[IDAT_CHUNK];
        Deflater deflater = new Deflater(1);
        try {
            for (int y = 0; y < h; y++) {
                rows.row(y, cur, 0);
                for (int i = 0; i < perRow; i++) {
                    filtered[i + 1] = (byte) (cur[i] - prev[i]);
                }
                deflater.setInput(filtered);
                drain(deflater, buf, out, false);
                byte[] t = prev;
                prev = cur;
                cur = t;
            }
            deflater.finish();
            drain(deflater, buf, out, true);
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0);
        out.flush();
    }

    /** Moves compressed output into IDAT chunks; with {@code finish}, until the stream is complete. */
    private static void drain(Deflater deflater, byte[] buf, OutputStream out, boolean finish) throws IOException {
        while (finish ? !deflater.finished() : !deflater.needsInput()) {
            int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
            if (n > 0) {
                chunk(out, "IDAT", buf, n);
            }
        }
    }

    private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        writeInt(out, length);
        out.write(t);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, length);
        writeInt(out, (int) crc.getValue());
    }

    private static void writeInt(OutputStream out, int v) throws IOException {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
