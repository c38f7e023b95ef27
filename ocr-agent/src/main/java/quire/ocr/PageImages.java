package quire.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/** Small image helpers shared by the engines. */
public final class PageImages {

    /** Pages above this many pixels are refused (Tika's default limit: 100 MP, about A0 at 300 dpi). */
    public static final long MAX_PIXELS = 100_000_000L;

    private PageImages() {
    }

    /** Refuses images that are empty or too large to OCR in memory. */
    public static void checkSize(BufferedImage image) throws OcrException {
        long pixels = (long) image.getWidth() * image.getHeight();
        if (pixels > MAX_PIXELS) {
            throw new OcrException("page image too large for OCR: " + image.getWidth() + "x" + image.getHeight()
                    + " pixels (limit " + MAX_PIXELS / 1_000_000 + " MP); render it at a lower --dpi");
        }
    }

    /**
     * What Java2D makes of each grey level when it draws a grey image into an RGB one (it converts through the
     * colour spaces, so the levels are not simply repeated); a table, so grey pages convert without a drawImage.
     */
    private static final int[] GREY_TO_RGB = greyToRgb();

    private static int[] greyToRgb() {
        BufferedImage levels = new BufferedImage(256, 1, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) levels.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < 256; i++) {
            data[i] = (byte) i;
        }
        BufferedImage rgb = convert(levels, BufferedImage.TYPE_INT_RGB);
        return rgb.getRGB(0, 0, 256, 1, null, 0, 256);
    }

    /** The packed RGB (no alpha) a grey level becomes when a grey image is drawn into an RGB one. */
    public static int greyToRgb(int level) {
        return GREY_TO_RGB[level & 0xff] & 0xffffff;
    }

    /** The image as packed RGB ints, without copying when it already is one. */
    public static int[] rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            byte[] grey = grey(image);
            int[] out = new int[grey.length];
            for (int i = 0; i < grey.length; i++) {
                out[i] = greyToRgb(grey[i]);
            }
            return out;
        }
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_INT_ARGB) {
            rgb = convert(image, BufferedImage.TYPE_INT_RGB);
        }
        if (rgb.getRaster().getDataBuffer() instanceof DataBufferInt ints
                && rgb.getRaster().getSampleModel().getWidth() == rgb.getWidth()
                && rgb.getRaster().getSampleModelTranslateX() == 0
                && rgb.getRaster().getSampleModelTranslateY() == 0) {
            return ints.getData();
        }
        return rgb.getRGB(0, 0, rgb.getWidth(), rgb.getHeight(), null, 0, rgb.getWidth());
    }

    /** The image as 8-bit grey, one byte per pixel, rows packed. */
    public static byte[] grey(BufferedImage image) {
        BufferedImage grey = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? image
                : convert(image, BufferedImage.TYPE_BYTE_GRAY);
        if (grey.getRaster().getDataBuffer() instanceof DataBufferByte bytes
                && grey.getRaster().getSampleModel().getWidth() == grey.getWidth()
                && grey.getRaster().getSampleModelTranslateX() == 0
                && grey.getRaster().getSampleModelTranslateY() == 0
                && bytes.getData().length == grey.getWidth() * grey.getHeight()) {
            return bytes.getData();
        }
        byte[] out = new byte[grey.getWidth() * grey.getHeight()];
        grey.getRaster().getDataElements(0, 0, grey.getWidth(), grey.getHeight(), out);
        return out;
    }

    public static BufferedImage convert(BufferedImage image, int type) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Scales with bilinear interpolation (what OpenCV's INTER_LINEAR does for PP-OCR). */
    public static BufferedImage resize(BufferedImage image, int width, int height) {
        int type = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = new BufferedImage(width, height, type);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
