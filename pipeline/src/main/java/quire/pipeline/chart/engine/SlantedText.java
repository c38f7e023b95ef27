package quire.pipeline.chart.engine;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;

/**
 * Slanted tick labels under a horizontal axis (plotting tools turn long category names 30°, 45° or 90°), which OCR
 * of the upright picture reads as noise. The ink of the label band is grouped into text runs; when they share one
 * clear slant, the band is turned so they lie flat, read again, and each label comes back as one word whose box is
 * the slanted label's box in the picture (its top-right corner ends at the tick).
 */
final class SlantedText {

    private SlantedText() {
    }

    /**
     * The words of {@code words} with those in the slanted label band below {@code top} replaced by a second
     * reading; {@code words} unchanged when the band holds no slanted labels.
     */
    static List<Word> reread(BufferedImage text, List<Word> words, double top, ChartOcr ocr) throws Exception {
        int y0 = (int) Math.ceil(top) + 1;
        if (y0 >= text.getHeight() - 8) {
            return words;
        }
        BufferedImage band = text.getSubimage(0, y0, text.getWidth(), text.getHeight() - y0);
        Optional<Slant> slant = find(band);
        if (slant.isEmpty()) {
            return words;
        }
        List<BBox> areas = slant.get().runs().stream()
                .map(r -> new BBox(r.x0(), r.y0() + y0, r.x1(), r.y1() + y0)).toList();
        // upright words read with confidence outside the runs (an axis title under the labels) stay as they are
        List<Word> upright = words.stream().filter(w -> w.conf() >= 0.8 && !inAny(w.bbox(), areas, 2)).toList();
        List<Flat> kept = readTurned(band, slant.get().angle(), ocr, y0).stream()
                .filter(f -> (inAny(f.box(), areas, 4) || f.word().conf() >= 0.85) && !inAny(f.box(),
                        upright.stream().map(Word::bbox).toList(), 0))
                .toList();
        List<Word> labels = labels(kept);
        if (labels.isEmpty()) {
            return words;
        }
        List<BBox> labelBoxes = labels.stream().map(Word::bbox).toList();
        List<Word> out = new ArrayList<>();
        for (Word w : words) {
            if (!inAny(w.bbox(), areas, 2) && (upright.contains(w) || !inAny(w.bbox(), labelBoxes, 0))) {
                out.add(w);
            }
        }
        out.addAll(labels);
        return out;
    }

    /** True when the centre of {@code b} lies in one of the areas (grown by {@code pad}). */
    private static boolean inAny(BBox b, List<BBox> areas, double pad) {
        return areas.stream().anyMatch(a -> inside(b.centerX(), b.centerY(), a, pad));
    }

    private static boolean inside(double x, double y, BBox a, double pad) {
        return x >= a.x0() - pad && x <= a.x1() + pad && y >= a.y0() - pad && y <= a.y1() + pad;
    }

    /** A clear common slant of the text in a picture and the boxes of its slanted runs. */
    record Slant(double angle, List<BBox> runs) {
    }

    /**
     * The slant (degrees the text rises, counterclockwise from the x axis) shared by most glyphs' nearest
     * neighbours, when it is between 15° and 90° and at least two runs of three glyphs follow it.
     */
    static Optional<Slant> find(BufferedImage band) {
        int w = band.getWidth(), h = band.getHeight();
        int[] px = band.getRGB(0, 0, w, h, null, 0, w);
        boolean[] dark = new boolean[px.length];
        for (int i = 0; i < px.length; i++) {
            dark[i] = (px[i] & 0xff) < 190 && ((px[i] >> 8) & 0xff) < 190;
        }
        List<double[]> glyphs = Glyphs.of(dark, w, h);
        int n = glyphs.size();
        if (n < 6) {
            return Optional.empty();
        }
        double[] heights = glyphs.stream().mapToDouble(g -> g[3] - g[1]).sorted().toArray();
        double size = heights[n / 2];
        double[] cx = new double[n], cy = new double[n];
        for (int i = 0; i < n; i++) {
            cx[i] = glyphs.get(i)[5] / glyphs.get(i)[4];
            cy[i] = glyphs.get(i)[6] / glyphs.get(i)[4];
        }
        // direction to each glyph's nearest neighbour: along the text for most glyphs
        double[] nn = new double[n];
        int[] bins = new int[36];
        int counted = 0;
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestD = 2 * size;
            for (int j = 0; j < n; j++) {
                double d = Math.hypot(cx[j] - cx[i], cy[j] - cy[i]);
                if (j != i && d < bestD) {
                    bestD = d;
                    best = j;
                }
            }
            nn[i] = Double.NaN;
            if (best >= 0) {
                nn[i] = direction(cx[best] - cx[i], cy[best] - cy[i]);
                bins[(int) Math.floor((nn[i] + 90) / 5) % 36]++;
                counted++;
            }
        }
        int peak = 0;
        for (int b = 1; b < 36; b++) {
            if (bins[b] + bins[(b + 1) % 36] > bins[peak] + bins[(peak + 1) % 36]) {
                peak = b;
            }
        }
        double centre = peak * 5 - 85;
        double sum = 0;
        int k = 0;
        for (double a : nn) {
            if (!Double.isNaN(a) && angleGap(a, centre) <= 10) {
                sum += centre + signedGap(a, centre);
                k++;
            }
        }
        if (k < 6 || k < 0.4 * counted) {
            return Optional.empty();
        }
        double angle = sum / k;
        if (Math.abs(angle) < 15) {
            return Optional.empty();
        }
        // runs: glyphs linked along the slant, a word space apart at most
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = cx[j] - cx[i], dy = cy[j] - cy[i];
                if (Math.hypot(dx, dy) <= 1.8 * size && angleGap(direction(dx, dy), angle) <= 15) {
                    union(parent, i, j);
                }
            }
        }
        java.util.Map<Integer, List<Integer>> groups = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), q -> new ArrayList<>()).add(i);
        }
        List<BBox> runs = new ArrayList<>();
        List<Double> fitted = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            if (g.size() >= 3) {
                fitted.add(lineAngle(g, cx, cy));
            }
            if (g.size() >= 2) {
                runs.add(BBox.unionOf(g.stream().map(i -> {
                    double[] q = glyphs.get(i);
                    return new BBox(q[0], q[1], q[2], q[3]);
                }).toList()));
            }
        }
        if (fitted.size() < 2) {
            return Optional.empty();
        }
        // nearest neighbours only roughly follow the baseline (glyphs differ in height): the runs' fitted lines do
        fitted.sort(null);
        return Optional.of(new Slant(fitted.get(fitted.size() / 2), runs));
    }

    /** Direction of the straight line through the glyph centres of one run (principal axis). */
    private static double lineAngle(List<Integer> run, double[] cx, double[] cy) {
        double mx = 0, my = 0;
        for (int i : run) {
            mx += cx[i];
            my += cy[i];
        }
        mx /= run.size();
        my /= run.size();
        double sxx = 0, syy = 0, sxy = 0;
        for (int i : run) {
            sxx += (cx[i] - mx) * (cx[i] - mx);
            syy += (cy[i] - my) * (cy[i] - my);
            sxy += (cx[i] - mx) * (cy[i] - my);
        }
        double t = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        return direction(Math.cos(t), Math.sin(t));
    }

    /** Direction of a vector in degrees counterclockwise (y grows downwards), folded into (-90, 90]. */
    private static double direction(double dx, double dy) {
        double a = Math.toDegrees(Math.atan2(-dy, dx));
        if (a <= -90) {
            a += 180;
        } else if (a > 90) {
            a -= 180;
        }
        return a;
    }

    private static double signedGap(double a, double b) {
        double d = a - b;
        while (d > 90) {
            d -= 180;
        }
        while (d <= -90) {
            d += 180;
        }
        return d;
    }

    private static double angleGap(double a, double b) {
        return Math.abs(signedGap(a, b));
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        p[find(p, a)] = find(p, b);
    }

    /**
     * OCR of the band turned clockwise by {@code angle} degrees (slanted text lies flat), each word with its box in
     * the picture.
     */
    private static List<Flat> readTurned(BufferedImage band, double angle, ChartOcr ocr, int y0) throws Exception {
        double t = Math.toRadians(angle);
        AffineTransform rot = AffineTransform.getRotateInstance(t);
        Rectangle2D bounds = turnedBounds(rot, 0, 0, band.getWidth(), band.getHeight());
        AffineTransform fwd = AffineTransform.getTranslateInstance(-bounds.getMinX(), -bounds.getMinY());
        fwd.concatenate(rot);
        BufferedImage turned = new BufferedImage((int) Math.ceil(bounds.getWidth()), (int) Math.ceil(bounds.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, turned.getWidth(), turned.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(band, fwd, null);
        g.dispose();
        AffineTransform back = fwd.createInverse();
        List<Word> flat = ocr.words(turned);
        List<Flat> out = new ArrayList<>();
        for (Word w : flat) {
            BBox fb = w.bbox();
            Rectangle2D b = turnedBounds(back, fb.x0(), fb.y0(), fb.x1(), fb.y1());
            out.add(new Flat(w, new BBox(b.getMinX(), b.getMinY() + y0, b.getMaxX(), b.getMaxY() + y0)));
        }
        return out;
    }

    /** The axis-aligned bounds of the box (x0, y0)–(x1, y1) after {@code t}: of its four turned corners. */
    static Rectangle2D turnedBounds(AffineTransform t, double x0, double y0, double x1, double y1) {
        return t.createTransformedShape(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0)).getBounds2D();
    }

    /** A word read in the turned band: its box there, and its (slanted) box in the picture. */
    record Flat(Word word, BBox box) {
    }

    /** Words of one turned line a space apart make one label: its text, and its box in the picture. */
    static List<Word> labels(List<Flat> flats) {
        List<Flat> sorted = new ArrayList<>(flats);
        sorted.sort(Comparator.comparingDouble((Flat f) -> f.word().bbox().x0()));
        List<List<Flat>> lines = new ArrayList<>();
        for (Flat f : sorted) {
            BBox b = f.word().bbox();
            List<Flat> home = null;
            for (List<Flat> l : lines) {
                BBox last = l.get(l.size() - 1).word().bbox();
                double hgt = Math.max(last.height(), b.height());
                double gap = b.x0() - last.x1();
                if (Math.abs(b.centerY() - last.centerY()) < 0.5 * hgt && gap > -2 && gap < 1.2 * hgt) {
                    home = l;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                lines.add(home);
            }
            home.add(f);
        }
        List<Word> out = new ArrayList<>();
        for (List<Flat> l : lines) {
            String text = String.join(" ", l.stream().map(f -> f.word().text()).toList())
                    .replaceAll("^[\"'`‘’“”]+|[\"'`‘’“”]+$", "");
            double conf = l.stream().mapToDouble(f -> f.word().conf()).min().orElse(0);
            out.add(new Word(text, BBox.unionOf(l.stream().map(Flat::box).toList()), conf, l.get(0).word().source()));
        }
        return out;
    }
}
