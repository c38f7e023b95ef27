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
import quire.ocr.text.BBox;
import quire.ocr.text.Word;

/**
 * Category labels set at 45° under the plot (rising to the right, ending at their tick), which OCR of the upright
 * picture reads as noise: their band is found from the noise itself (a row of squarish word boxes in the lower half),
 * turned an eighth of a turn clockwise so the labels lie flat, read again, and the words
 * come back with the upright box around each turned word. Used only when the second reading finds labels.
 */
final class SlantedLabels {

    private SlantedLabels() {
    }

    /** The words with those of a 45° label band read again; the same list when there is no such band. */
    static List<Word> reread(BufferedImage image, List<Word> words, ChartOcr ocr) throws Exception {
        int h = image.getHeight(), w = image.getWidth();
        List<Word> squarish = words.stream().filter(x -> x.bbox().height() >= 11 && squarish(x)
                && x.bbox().centerY() > 0.5 * h).toList();
        if (squarish.size() < 3) {
            return words;
        }
        // the densest row of such boxes
        List<Word> band = List.of();
        for (Word seed : squarish) {
            List<Word> row = squarish.stream().filter(x -> x.bbox().y0() <= seed.bbox().y1()
                    && x.bbox().y1() >= seed.bbox().y0()).toList();
            if (row.size() > band.size()) {
                band = row;
            }
        }
        // upright short labels (Jan, Feb, 10, 20) are squarish too, but OCR reads them with confidence
        double meanConf = band.stream().mapToDouble(Word::conf).average().orElse(1);
        if (band.size() < 3 || tickRow(band) || meanConf >= 0.75) {
            return words;
        }
        // a line of upright text (a legend whose dots read as "o") has squarish words among long ones
        List<Word> seedRow = band;
        long upright = words.stream().filter(x -> x.text().length() >= 4 && x.bbox().width() > 2.5 * x.bbox().height()
                && seedRow.stream().anyMatch(b -> x.bbox().centerY() > b.bbox().y0()
                        && x.bbox().centerY() < b.bbox().y1())).count();
        if (upright >= band.size()) {
            return words;
        }
        double top = band.stream().mapToDouble(x -> x.bbox().y0()).min().orElse(0);
        // noise read from one label can stand in two rows: take in the squarish boxes just above, too
        List<Word> above = new ArrayList<>(squarish);
        above.sort(Comparator.comparingDouble((Word x) -> -x.bbox().y1()));
        for (Word x : above) {
            if (x.bbox().y0() < top && x.bbox().y1() >= top - 6) {
                top = x.bbox().y0();
            }
        }
        double bottom = band.stream().mapToDouble(x -> x.bbox().y1()).max().orElse(0);
        // longer labels reach further down-left: take in the words (or noise) that follow on below
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble((Word x) -> x.bbox().y0()));
        for (Word x : sorted) {
            if (x.bbox().y0() > top && x.bbox().y0() <= bottom + 6 && !band.contains(x)
                    && x.bbox().height() < 2 * (bottom - top)) {
                bottom = Math.max(bottom, x.bbox().y1());
            }
        }
        // a label runs from its tick down-left as far as it is long; the band is as tall as the longest
        int y0 = (int) Math.max(0, top - 8);
        int y1 = (int) Math.min(h, Math.max(bottom + 6, y0 + 8));
        int sx0 = 0, sx1 = w;
        BufferedImage strip = image.getSubimage(sx0, y0, sx1 - sx0, y1 - y0);
        double side = (sx1 - sx0) + (y1 - y0);
        // turn 45° clockwise about the strip's corner, shifted so everything stays in view
        AffineTransform turn = new AffineTransform();
        turn.translate((y1 - y0) * Math.sqrt(0.5), 0);
        turn.rotate(Math.PI / 4);
        int tw = (int) Math.ceil(side * Math.sqrt(0.5)) + 2;
        BufferedImage turned = new BufferedImage(tw, tw, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, tw, tw);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(strip, turn, null);
        g.dispose();
        List<Word> found = new ArrayList<>();
        AffineTransform back;
        try {
            back = turn.createInverse();
        } catch (java.awt.geom.NoninvertibleTransformException e) {
            return words;
        }
        // the words of one label follow each other on one line of the turned picture
        List<Word> flat = new ArrayList<>(ocr.words(turned).stream()
                .filter(x -> x.bbox().width() >= 1.2 * x.bbox().height() || x.text().length() <= 2).toList());
        flat.sort(Comparator.comparingDouble((Word x) -> x.bbox().x0()));
        List<List<Word>> labels = new ArrayList<>();
        for (Word x : flat) {
            List<Word> home = null;
            for (List<Word> l : labels) {
                BBox last = l.get(l.size() - 1).bbox();
                if (Math.abs(last.centerY() - x.bbox().centerY()) < 0.5 * last.height()
                        && x.bbox().x0() - last.x1() < 1.2 * last.height()) {
                    home = l;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                labels.add(home);
            }
            home.add(x);
        }
        for (List<Word> l : labels) {
            BBox b = BBox.unionOf(l.stream().map(Word::bbox).toList());
            String text = String.join(" ", l.stream().map(Word::text).toList());
            double conf = l.stream().mapToDouble(Word::conf).min().orElse(0);
            Rectangle2D r = SlantedText.turnedBounds(back, b.x0(), b.y0(), b.x1(), b.y1());
            double minY = r.getMinY() + y0;
            double maxY = r.getMaxY() + y0;
            if (minY >= y0 - 4 && maxY <= y1 + 4) {
                found.add(new Word(text, new BBox(r.getMinX() + sx0, minY, r.getMaxX() + sx0, maxY), conf,
                        l.get(0).source()));
            }
        }
        if (found.size() < Math.max(3, band.size() / 2)) {
            return words;
        }
        List<Word> out = new ArrayList<>();
        for (Word x : words) {
            double cy = x.bbox().centerY();
            if (cy < y0 || cy > y1) {
                out.add(x);
            }
        }
        found.sort(Comparator.comparingDouble(x -> x.bbox().x0()));
        out.addAll(found);
        return out;
    }

    /** Short upright numbers growing left to right (0, 10, 20): a value axis' tick labels, squarish but read fine. */
    static boolean tickRow(List<Word> row) {
        List<Word> sorted = new ArrayList<>(row);
        sorted.sort(Comparator.comparingDouble(x -> x.bbox().x0()));
        double last = -Double.MAX_VALUE;
        int numbers = 0;
        for (Word x : sorted) {
            String t = x.text().replaceAll("[,%$€£]", "").replace('−', '-');
            if (!t.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
                continue;
            }
            double v = Double.parseDouble(t);
            if (v <= last) {
                return false;
            }
            last = v;
            numbers++;
        }
        return numbers * 3 >= 2 * row.size();
    }

    /** A word box about as tall as wide and taller than a line of text: a slanted word, or noise read from one. */
    static boolean looksSlanted(Word x) {
        return x.bbox().height() >= 14 && squarish(x);
    }

    private static boolean squarish(Word x) {
        BBox b = x.bbox();
        return b.height() > 0.6 * b.width() && b.height() < 1.6 * b.width();
    }
}
