package quire.ocr.image;

import java.awt.image.BufferedImage;
import quire.ocr.text.BBox;

/** Quarter-turn rotations of page images and of boxes back to the unturned page. */
public final class Rotation {

    private Rotation() {
    }

    /** The image turned {@code turns} × 90° clockwise. */
    public static BufferedImage turnClockwise(BufferedImage image, int turns) {
        int k = Math.floorMod(turns, 4);
        int w = image.getWidth();
        int h = image.getHeight();
        int ow = k % 2 == 0 ? w : h;
        int oh = k % 2 == 0 ? h : w;
        int type = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = new BufferedImage(ow, oh, type);
        var src = image.getRaster();
        var dst = out.getRaster();
        int bands = Math.min(src.getNumBands(), dst.getNumBands());
        int[] px = new int[Math.max(4, src.getNumBands())];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] p = k == 0 ? new int[] {x, y} : k == 1 ? new int[] {h - 1 - y, x}
                        : k == 2 ? new int[] {w - 1 - x, h - 1 - y} : new int[] {y, w - 1 - x};
                if (type == BufferedImage.TYPE_BYTE_GRAY && image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
                    dst.setPixel(p[0], p[1], src.getPixel(x, y, px));
                } else {
                    out.setRGB(p[0], p[1], image.getRGB(x, y));
                }
            }
        }
        return out;
    }

    /** A box on the image turned {@code turns} × 90° clockwise, mapped back onto the original {@code w × h} image. */
    public static BBox unturn(BBox b, int turns, int w, int h) {
        return switch (Math.floorMod(turns, 4)) {
            case 1 -> new BBox(b.y0(), h - b.x1(), b.y1(), h - b.x0());
            case 2 -> new BBox(w - b.x1(), h - b.y1(), w - b.x0(), h - b.y0());
            case 3 -> new BBox(w - b.y1(), b.x0(), w - b.y0(), b.x1());
            default -> b;
        };
    }
}
