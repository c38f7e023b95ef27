package quire.pipeline.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Images as documents: EXIF orientation applied (PNG eXIf chunk, JPEG APP1), one page per TIFF frame. */
class ImageDocumentIT {

    @TempDir
    Path dir;

    /** A 40x20 white image with a red 4x4 square in its stored top-left corner. */
    private static BufferedImage marked() {
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 20);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 4, 4);
        g.dispose();
        return img;
    }

    @ParameterizedTest(name = "PNG with EXIF orientation {0}: mark at {1},{2}")
    @CsvSource(textBlock = """
            1, 1,  1
            3, 38, 18
            6, 18, 1
            8, 1,  38
            """)
    void pngExifOrientationIsApplied(int orientation, int markX, int markY) throws Exception {
        Path png = dir.resolve("o" + orientation + ".png");
        Files.write(png, withExifChunk(encode(marked(), "png"), orientation));
        try (Document doc = Documents.open(png, null)) {
            assertThat(doc.format()).isEqualTo("png");
            PageGeometry g = doc.geometry(1);
            boolean swapped = orientation >= 5;
            assertThat(g.width()).isEqualTo(swapped ? 20 : 40);
            assertThat(g.height()).isEqualTo(swapped ? 40 : 20);
            BufferedImage img = doc.render(1, RenderOptions.rgb(72));
            assertThat(img.getWidth()).isEqualTo((int) g.width());
            assertThat(new Color(img.getRGB(markX, markY))).isEqualTo(Color.RED);
            assertThat(doc.textLayer(1).lines()).isEmpty();
            assertThat(doc.stats(1).imageArea()).isEqualTo(1.0);
        }
    }

    @Test
    void jpegExifOrientationIsApplied() throws Exception {
        byte[] jpeg = encode(marked(), "jpeg");
        // APP1 Exif right after SOI
        byte[] tiff = exifTiff(6);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int len = 2 + 6 + tiff.length;
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (len >> 8), (byte) len});
        out.write("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.write(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        Path file = dir.resolve("photo.bin"); // no extension: the type comes from the bytes
        Files.write(file, out.toByteArray());
        try (Document doc = Documents.open(file, null)) {
            assertThat(doc.format()).isEqualTo("jpeg");
            assertThat(doc.geometry(1).width()).isEqualTo(20);
            BufferedImage img = doc.render(1, RenderOptions.rgb(144));
            assertThat(img.getWidth()).isEqualTo(40);
            Color c = new Color(img.getRGB(37, 3));
            assertThat(c.getRed()).isGreaterThan(200);
            assertThat(c.getGreen()).isLessThan(90);
        }
    }

    @Test
    void multiPageTiffHasOnePagePerFrame() throws Exception {
        Path tiff = dir.resolve("scan.tif");
        Color[] colors = {Color.BLACK, Color.BLUE, Color.GREEN};
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < 3; i++) {
                BufferedImage frame = new BufferedImage(30 + 10 * i, 50, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = frame.createGraphics();
                g.setColor(colors[i]);
                g.fillRect(0, 0, frame.getWidth(), 50);
                g.dispose();
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        try (Document doc = Documents.open(tiff, null)) {
            assertThat(doc.format()).isEqualTo("tiff");
            assertThat(doc.pageCount()).isEqualTo(3);
            assertThat(doc.geometry(3).width()).isEqualTo(50);
            BufferedImage second = doc.render(2, RenderOptions.rgb(72));
            assertThat(second.getWidth()).isEqualTo(40);
            assertThat(new Color(second.getRGB(5, 5))).isEqualTo(Color.BLUE);
            BufferedImage grey = doc.render(3, RenderOptions.gray(36));
            assertThat(grey.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            assertThat(grey.getWidth()).isEqualTo(25);
        }
    }

    private static byte[] encode(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    /** A big-endian TIFF structure holding IFD0 with one Orientation entry. */
    private static byte[] exifTiff(int orientation) {
        return new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, // header, IFD0 at 8
            0, 1, // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation SHORT 1 = value
            0, 0, 0, 0}; // no next IFD
    }

    /** Inserts an eXIf chunk after IHDR (signature 8 bytes + IHDR 25 bytes). */
    private static byte[] withExifChunk(byte[] png, int orientation) throws IOException {
        byte[] data = exifTiff(orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        byte[] type = {'e', 'X', 'I', 'f'};
        out.write(new byte[] {0, 0, 0, (byte) data.length});
        out.write(type);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        long v = crc.getValue();
        out.write(new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v});
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }
}
