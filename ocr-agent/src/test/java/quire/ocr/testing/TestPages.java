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

    public List<Drawn> words() {
        return List.copyOf(words);
    }

    public BufferedImage image() {
        g.dispose();
        return image;
    }
}
