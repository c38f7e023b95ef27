package quire.ocr.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import quire.ocr.text.BBox;

/** Renders test pages with Java2D text at known positions and remembers each word's ink box. */
public final class TestPages {

    /** A word drawn on a test page with the pixel box of its ink. */
    public record Drawn(String text, BBox ink) {
    }

    private final BufferedImage image;
    private final Graphics2D g;
    private final List<Drawn> words = new ArrayList<>();

    public TestPages(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** Chinese, Cyrillic, Greek and Arabic words and a year: what an English engine reads best effort. */
    public static BufferedImage mixedScripts() {
        return new TestPages(900, 200)
                .text("\u4e2d\u6587\u8bc6\u522b \u6d4b\u8bd5 2024", 40, 80, 40)
                .text("\u0421\u043b\u043e\u0432\u043e \u03b1\u03b2\u03b3 \u0645\u0631\u062d\u0628\u0627", 40, 160, 40)
                .image();
    }

    /** 10001 × 10001 pixels, over the engines' 100 MP limit; one bit a pixel keeps the test's memory small. */
    public static BufferedImage overPixelLimit() {
        return new BufferedImage(10_001, 10_001, BufferedImage.TYPE_BYTE_BINARY);
    }

    /** Draws {@code line} with its baseline at ({@code x}, {@code baseline}); words separated by single spaces. */
    public TestPages text(String line, int x, int baseline, float size) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(size);
        g.setFont(font);
        g.drawString(line, x, baseline);
        FontRenderContext frc = g.getFontRenderContext();
        int pos = 0;
        for (String w : line.split(" ")) {
            int at = line.indexOf(w, pos);
            double dx = font.getStringBounds(line.substring(0, at), frc).getWidth();
            Rectangle r = font.createGlyphVector(frc, w).getPixelBounds(frc, (float) (x + dx), baseline);
            words.add(new Drawn(w, new BBox(r.x, r.y, r.x + r.width, r.y + r.height)));
            pos = at + w.length();
        }
        return this;
    }

    /** Turns everything drawn after this call by {@code degrees} (clockwise on screen) around the page centre. */
    public TestPages skew(double degrees) {
        g.rotate(Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
        return this;
    }

    /** The image turned {@code turns} × 90° clockwise. */
    public static BufferedImage turn(BufferedImage image, int turns) {
        BufferedImage out = image;
        for (int i = 0; i < Math.floorMod(turns, 4); i++) {
            BufferedImage next = new BufferedImage(out.getHeight(), out.getWidth(), BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    next.getRaster().setSample(out.getHeight() - 1 - y, x, 0, out.getRaster().getSample(x, y, 0));
                }
            }
            out = next;
        }
        return out;
    }

    /** Ink-box centre distance tolerance helper: true when the two boxes' edges differ by at most {@code px}. */
    public static boolean near(BBox a, BBox b, double px) {
        return Math.abs(a.x0() - b.x0()) <= px && Math.abs(a.x1() - b.x1()) <= px
                && Math.abs(a.y0() - b.y0()) <= px && Math.abs(a.y1() - b.y1()) <= px;
    }

    /** Where the shared test models are, or empty (tests then skip visibly). */
    public static java.util.Optional<quire.ocr.paddle.PaddleModels> models() {
        return quire.ocr.paddle.PaddleModels.locate();
    }

    public List<Drawn> words() {
        return List.copyOf(words);
    }

    public BufferedImage image() {
        g.dispose();
        return image;
    }
}
