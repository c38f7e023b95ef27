package quire.pipeline.chart.engine;

import quire.pipeline.chart.ChartTable;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;
import quire.pipeline.chart.read.ChartReader;
import quire.pipeline.chart.read.ChartScene;

/**
 * Engine b, the chart expert: charts shown as pictures. Marks come from colour segmentation ({@link RasterMarks}),
 * tick labels, legend and data labels from OCR; the shared {@link ChartReader} maps them to a table (data labels
 * first, axis calibration otherwise). Boxes are in the picture's pixels. Not thread-safe (the OCR is not).
 *
 * <p>The OCR sees a text-only picture ({@link TextPicture}); then lone-digit tick labels it skipped are read again
 * ({@link TickColumn}), slanted category labels are read turned flat ({@link SlantedText}), and the vertical axis
 * title is read from its own ink column turned upright.
 */
public final class RasterChartEngine {

    public static final String NAME = "raster-expert";
    private static final Logger LOG = LoggerFactory.getLogger(RasterChartEngine.class);

    private final ChartOcr ocr;

    public RasterChartEngine(ChartOcr ocr) {
        this.ocr = ocr;
    }

    public Optional<ChartTable> read(BufferedImage image) {
        RasterMarks marks = RasterMarks.of(image);
        RasterLines.replace(marks.lines, image); // data lines and legend samples traced by series colour
        RasterPies.complete(marks.wedges, image); // thin wedges inside the disc the big ones outline
        if (marks.rects.isEmpty() && marks.lines.isEmpty() && marks.wedges.size() < 2) {
            return Optional.empty();
        }
        List<Word> words;
        try {
            words = new java.util.ArrayList<>(OcrFixes.mergeSplitNumbers(ocr.words(image)));
            BufferedImage text = TextPicture.of(image); // what the OCR sees, for finding text by its ink
            if (marks.lines.stream().anyMatch(p -> p.points().size() > 2)) {
                // line charts: the label band is found from OCR's noise under the traces (SlantedLabels), and the
                // tick column read again by LineTickColumn (both measured best on line charts)
                words = new java.util.ArrayList<>(SlantedLabels.reread(image, words, ocr));
                double lineLeft = marks.lines.stream().filter(p -> p.points().size() > 2)
                        .mapToDouble(p -> p.bbox().x0()).min().orElse(0);
                words = new java.util.ArrayList<>(LineTickColumn.reread(image, words, lineLeft, ocr));
            } else {
                OptionalDouble left = plotLeft(marks);
                if (left.isPresent()) {
                    words = new java.util.ArrayList<>(TickColumn.complete(text, words, left.getAsDouble(), ocr));
                }
                OptionalDouble axis = categoryAxis(marks);
                if (axis.isPresent()) {
                    words = new java.util.ArrayList<>(SlantedText.reread(text, words, axis.getAsDouble(), ocr));
                }
            }
            List<Word> title = leftTitle(image, text, words);
            if (!title.isEmpty()) {
                // the upright reading's pieces of the same title go
                BBox t = BBox.unionOf(title.stream().map(Word::bbox).toList());
                words.removeIf(w -> w.bbox().centerX() >= t.x0() - 2 && w.bbox().centerX() <= t.x1() + 2
                        && w.bbox().centerY() >= t.y0() && w.bbox().centerY() <= t.y1());
                words.addAll(title);
            }
            words = words.stream().map(OcrFixes::quarters).toList();
        } catch (Exception e) {
            LOG.warn("OCR of the chart failed, reading marks only: {}", e.toString());
            words = List.of();
        }
        BBox region = new BBox(0, 0, image.getWidth(), image.getHeight());
        ChartScene scene = new ChartScene(region, marks.rects, marks.lines, marks.wedges, words);
        return ChartReader.read(scene, NAME).filter(ChartToTable::hasValues);
    }

    /** The left edge of the marks: the leftmost bar (two at least) or data line. */
    static OptionalDouble plotLeft(RasterMarks marks) {
        if (marks.rects.size() >= 2) {
            return marks.rects.stream().mapToDouble(r -> r.box().x0()).min();
        }
        return marks.lines.stream().mapToDouble(p -> p.bbox().x0()).min();
    }

    /**
     * Where labels under a horizontal category axis start: the bottom edge most bar area stands on (two bars at
     * least), else the lowest point of the data lines.
     */
    static OptionalDouble categoryAxis(RasterMarks marks) {
        java.util.Map<Long, double[]> bottoms = new java.util.HashMap<>();
        for (ChartScene.Rect r : marks.rects) {
            double[] a = bottoms.computeIfAbsent(Math.round(r.box().y1()), k -> new double[2]);
            a[0]++;
            a[1] += r.box().area();
        }
        OptionalDouble best = bottoms.entrySet().stream().filter(e -> e.getValue()[0] >= 2)
                .max(java.util.Comparator.comparingDouble(e -> e.getValue()[1]))
                .map(e -> OptionalDouble.of(e.getKey())).orElse(OptionalDouble.empty());
        if (best.isPresent()) {
            return best;
        }
        return marks.lines.stream().flatMap(p -> p.points().stream()).mapToDouble(ChartScene.Pt::y).max();
    }

    /**
     * The vertical axis title runs upwards at the left edge, which OCR of the upright picture misses: the strip left
     * of the leftmost words is turned a quarter clockwise and read again; its words come back as tall boxes.
     */
    private List<Word> leftTitle(BufferedImage image, BufferedImage text, List<Word> words) throws Exception {
        int h0 = image.getHeight();
        // upright words only: pieces of the turned title itself come back tall, slanted labels lean
        double firstText = words.stream().filter(w -> w.bbox().height() < 30 && !SlantedLabels.looksSlanted(w)
                && w.bbox().centerY() > 0.15 * h0 && w.bbox().centerY() < 0.85 * h0
                && w.bbox().height() < 1.2 * w.bbox().width())
                .mapToDouble(w -> w.bbox().x0()).min().orElse(0);
        int stripW = (int) Math.min(firstText - 1, 0.12 * image.getWidth());
        if (stripW < 8) {
            return List.of();
        }
        int h = image.getHeight();
        int[] column = titleColumn(text, stripW);
        boolean oneLine = column != null;
        int cx0 = oneLine ? column[0] : 0, cw = oneLine ? column[1] - column[0] : stripW;
        BufferedImage turned = new BufferedImage(h, cw, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < cw; x++) {
                // quarter turn clockwise: (x, y) → (h - 1 - y, x)
                turned.setRGB(h - 1 - y, x, image.getRGB(cx0 + x, y));
            }
        }
        List<Word> out = new java.util.ArrayList<>();
        List<Word> sparse = ocr.words(turned);
        List<Word> line = oneLine ? titleLine(ocr.lineWords(turned)) : List.of();
        // one-line mode reads most titles better, but not all: the reading with more confident text wins
        for (Word w : weight(line) >= weight(sparse) ? line : sparse) {
            BBox b = w.bbox();
            // back: turned (u, v) came from (v, h - 1 - u)
            out.add(new Word(w.text(), new BBox(b.y0() + cx0, h - b.x1(), b.y1() + cx0, h - b.x0()), w.conf(),
                    w.source()));
        }
        // a title has long words, which come back tall; short ones ("(in") belong to it then
        boolean title = out.stream().anyMatch(w -> w.bbox().height() > 1.6 * w.bbox().width());
        boolean lineWon = oneLine && weight(line) >= weight(sparse);
        return out.stream().filter(w -> (lineWon && title) || w.bbox().height() > 1.6 * w.bbox().width()
                || w.text().length() <= 2).toList();
    }

    /** Confidence-weighted letters and digits of a reading. */
    private static double weight(List<Word> words) {
        return words.stream().mapToDouble(w -> w.conf() * w.text().chars().filter(Character::isLetterOrDigit).count())
                .sum();
    }

    /**
     * The longest stretch of rows with ink in columns x0..x1 whose blank gaps are at most {@code gap} rows: a line
     * of text is one stretch, a column of tick labels is broken by the space between them.
     */
    private static int longestRun(int[] px, int stride, int x0, int x1, int h, int gap) {
        int best = 0, start = -1, last = -1;
        for (int y = 0; y < h; y++) {
            boolean ink = false;
            for (int x = x0; x <= x1 && !ink; x++) {
                ink = (px[y * stride + x] & 0xff) < 160;
            }
            if (!ink) {
                continue;
            }
            if (start < 0 || y - last > gap + 1) {
                start = y;
            }
            last = y;
            best = Math.max(best, last - start + 1);
        }
        return best;
    }

    /**
     * The words of a one-line reading that make the title: the longest stretch of words less than two line heights
     * apart (specks far along the line are dropped), all given the line's height.
     */
    static List<Word> titleLine(List<Word> words) {
        if (words.isEmpty()) {
            return words;
        }
        List<Word> sorted = new java.util.ArrayList<>(words);
        sorted.sort(java.util.Comparator.comparingDouble(w -> w.bbox().x0()));
        double[] y0s = sorted.stream().mapToDouble(w -> w.bbox().y0()).sorted().toArray();
        double[] y1s = sorted.stream().mapToDouble(w -> w.bbox().y1()).sorted().toArray();
        double y0 = y0s[y0s.length / 2], y1 = y1s[y1s.length / 2];
        List<Word> best = List.of(), cur = new java.util.ArrayList<>();
        double end = -Double.MAX_VALUE;
        for (Word w : sorted) {
            if (!cur.isEmpty() && w.bbox().x0() - end > 2 * (y1 - y0)) {
                cur = new java.util.ArrayList<>();
            }
            cur.add(w);
            end = Math.max(end, w.bbox().x1());
            if (cur.stream().mapToInt(q -> q.text().length()).sum() > best.stream().mapToInt(q -> q.text().length())
                    .sum()) {
                best = List.copyOf(cur);
            }
        }
        return best.stream().map(w -> new Word(w.text(), new BBox(w.bbox().x0(), y0, w.bbox().x1(), y1), w.conf(),
                w.source())).toList();
    }

    /**
     * The leftmost column of ink in the strip that is tall and narrow (an axis title set upwards), as {x0, x1}
     * with a margin; null when there is none.
     */
    static int[] titleColumn(BufferedImage text, int stripW) {
        int h = text.getHeight();
        int[] px = text.getRGB(0, 0, stripW, h, null, 0, stripW);
        int[] top = new int[stripW], bottom = new int[stripW];
        java.util.Arrays.fill(top, -1);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < stripW; x++) {
                if ((px[y * stripW + x] & 0xff) < 160) {
                    if (top[x] < 0) {
                        top[x] = y;
                    }
                    bottom[x] = y;
                }
            }
        }
        int x = 0;
        while (x < stripW) {
            if (top[x] < 0) {
                x++;
                continue;
            }
            int x0 = x, y0 = top[x], y1 = bottom[x], blank = 0;
            int end = x;
            for (x = x + 1; x < stripW && blank <= 2; x++) {
                if (top[x] < 0) {
                    blank++;
                } else {
                    blank = 0;
                    end = x;
                    y0 = Math.min(y0, top[x]);
                    y1 = Math.max(y1, bottom[x]);
                }
            }
            int width = end - x0 + 1;
            if (y1 - y0 >= Math.max(40, 4 * width) && width >= 5
                    && longestRun(px, stripW, x0, end, h, Math.max(4, width)) >= Math.max(40, 4 * width)) {
                return new int[] {Math.max(0, x0 - 3), Math.min(stripW, end + 4)};
            }
            x = end + 1;
        }
        return null;
    }
}
