package quire.ocr.auto;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import quire.ocr.auto.ReReadPolicy.Calibration;
import quire.ocr.auto.ReReadPolicy.Keep;
import quire.ocr.auto.ReReadPolicy.TesseractCalibration;
import quire.ocr.geom.Quad;
import quire.ocr.paddle.LineReading;
import quire.ocr.paddle.LineSampler;
import quire.ocr.paddle.PaddleEngine;
import quire.ocr.paddle.PaddleModels;
import quire.ocr.paddle.Recognizer;
import quire.ocr.tesseract.TesseractEngine;
import quire.ocr.tesseract.TesseractEngine.UprightPage;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;

/**
 * Measures what {@link ReReadPolicy}'s calibrations hold (not run by mvn verify): on a generated degraded-scan set
 * that is NOT the benchmark's ({@code bench/ocr/make_data.py 7 bench/out/ocr-calib}), every word Tesseract reads is
 * also read by PP-OCR's recogniser on the auto engine's crop; a reading counts as right when each of its tokens is a
 * word of that page's gold text. Prints, per confidence bin, how often each engine was right, as the tables
 * {@code ReReadPolicy.defaults()} uses (Tesseract's word confidence for all words, and split by whether all of a
 * word's characters are sure), then the trade-off of each re-read threshold: re-reads a page, words fixed, words
 * broken. With a validation set (another seed, e.g. 8) the trade-off is also measured there with the tables fitted
 * on the first set. Writes every word to OUT/words.tsv.
 *
 * <pre>AutoCalibration CALIBRATION_DIR OUT [DPI=200] [VALIDATION_DIR]</pre>
 */
public final class AutoCalibration {

    private static final double[] TESS_BINS = {0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.96, 1.0001};
    private static final double[] PADDLE_BINS = {0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 1.0001};
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};

    /** One Tesseract word: its text, word confidence, lowest character confidence; PP-OCR's reading of its crop. */
    private record Row(String tess, double tessConf, double tessLowest, boolean tessRight, String paddle,
                       double paddleConf, boolean paddleRight, int columns) {
    }

    private record Sample(List<Row> rows, int pages) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        float dpi = args.length > 2 ? Float.parseFloat(args[2]) : 200;
        Files.createDirectories(out);
        Sample calibration;
        Sample validation = null;
        try (TesseractEngine tess = TesseractEngine.open();
             PaddleEngine paddle = PaddleEngine.openLoaded(PaddleModels.require())) {
            calibration = read(tess, paddle, Path.of(args[0]), dpi);
            if (args.length > 3) {
                validation = read(tess, paddle, Path.of(args[3]), dpi);
            }
        }
        List<String> tsv = new ArrayList<>();
        for (Row r : calibration.rows) {
            tsv.add(String.join("\t", r.tess, fmt(r.tessConf), fmt(r.tessLowest), String.valueOf(r.tessRight),
                    r.paddle, fmt(r.paddleConf), String.valueOf(r.paddleRight), String.valueOf(r.columns)));
        }
        Files.write(out.resolve("words.tsv"), tsv, StandardCharsets.UTF_8);
        List<Row> rows = calibration.rows;
        System.out.println("words: " + rows.size() + ", pages: " + calibration.pages);
        Calibration word = table("tesseract, all words", TESS_BINS, rows, r -> true);
        double sureFrom = ReReadPolicy.SURE_CHARS;
        Calibration sure = table("tesseract, every character >= " + sureFrom, TESS_BINS, rows,
                r -> r.tessLowest >= sureFrom);
        Calibration unsure = table("tesseract, some character < " + sureFrom, TESS_BINS, rows,
                r -> r.tessLowest < sureFrom);
        Calibration paddleTable = paddleTable(rows);
        ReReadPolicy byWord = new ReReadPolicy(word, paddleTable, 0);
        ReReadPolicy split = new ReReadPolicy(new TesseractCalibration(unsure, sure, sureFrom), paddleTable, 0,
                Keep.TESSERACT);
        tradeOff("word confidence alone, calibration set", byWord, calibration);
        tradeOff("split at " + sureFrom + ", calibration set", split, calibration);
        if (validation != null) {
            tradeOff("word confidence alone, validation set", byWord, validation);
            tradeOff("split at " + sureFrom + ", validation set", split, validation);
        }
    }

    private static Sample read(TesseractEngine tess, PaddleEngine paddle, Path dir, float dpi) throws Exception {
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(dir)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        List<Row> rows = new ArrayList<>();
        int pages = 0;
        for (Path pdf : pdfs) {
            List<Set<String>> gold = goldPages(Path.of(pdf.toString().replaceFirst("\\.pdf$", ".txt")));
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                for (int p = 0; p < d.getNumberOfPages(); p++) {
                    BufferedImage img = new PDFRenderer(d).renderImageWithDPI(p, dpi, ImageType.GRAY);
                    rows.addAll(page(tess, paddle, img, dpi, gold.get(p)));
                    pages++;
                }
            }
        }
        return new Sample(rows, pages);
    }

    /**
     * For each threshold: how many words a page the policy re-reads, how many wrong Tesseract words PP-OCR's kept
     * reading fixes, and how many right ones it breaks.
     */
    private static void tradeOff(String name, ReReadPolicy fitted, Sample set) {
        System.out.println("trade-off, " + name + ": threshold, re-reads/page, fixed, broken, net");
        for (double below : THRESHOLDS) {
            ReReadPolicy policy = new ReReadPolicy(fitted.tesseract(), fitted.paddle(), below, Keep.TESSERACT);
            int reread = 0;
            int fixed = 0;
            int broken = 0;
            for (Row r : set.rows) {
                if (!policy.suspicious(r.tess, r.tessConf, r.tessLowest)) {
                    continue;
                }
                reread++;
                if (policy.choose(r.tess, r.tessConf, r.tessLowest, r.paddle, r.paddleConf) == Keep.PADDLE
                        && r.tessRight != r.paddleRight) {
                    fixed += r.paddleRight ? 1 : 0;
                    broken += r.tessRight ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "  %.2f %6.1f %4d %4d %4d%n", below, (double) reread / set.pages, fixed,
                    broken, fixed - broken);
        }
    }

    private static List<Row> page(TesseractEngine tess, PaddleEngine paddle, BufferedImage img, float dpi,
                                  Set<String> gold) throws Exception {
        UprightPage read = tess.readUpright(img, Math.round(dpi));
        List<Word> words = new ArrayList<>();
        List<Double> lowest = new ArrayList<>();
        List<Quad> crops = new ArrayList<>();
        for (int li = 0; li < read.lines().size(); li++) {
            List<Word> line = read.lines().get(li);
            for (int i = 0; i < line.size(); i++) {
                BBox b = AutoEngine.cropBox(line, i, read.upright().getWidth(), read.upright().getHeight());
                if (b != null) {
                    words.add(line.get(i));
                    lowest.add(read.lowestChar(li, i));
                    crops.add(new Quad(b.x0(), b.y0(), b.x1(), b.y0(), b.x1(), b.y1(), b.x0(), b.y1()));
                }
            }
        }
        LineSampler sampler = LineSampler.of(read.upright());
        List<LineReading> readings = paddle.readUprightLines(sampler, crops, AutoEngine.WORD_MIN_WIDTH);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            LineReading r = readings.get(i);
            rows.add(new Row(w.text(), w.conf(), lowest.get(i), right(w.text(), gold), r.text().strip(), r.conf(),
                    right(r.text(), gold), Recognizer.contentWidth(crops.get(i))));
        }
        return rows;
    }

    private static boolean right(String text, Set<String> gold) {
        String[] tokens = text.strip().split("\\s+");
        if (tokens.length == 0 || tokens[0].isEmpty()) {
            return false;
        }
        for (String t : tokens) {
            if (!gold.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** The gold text split into pages (each page ends with its "Page N" footer line), as sets of words. */
    private static List<Set<String>> goldPages(Path gold) throws Exception {
        List<Set<String>> pages = new ArrayList<>();
        Set<String> current = new HashSet<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            current.addAll(List.of(line.strip().split("\\s+")));
            if (line.strip().matches("Page \\d+")) {
                pages.add(current);
                current = new HashSet<>();
            }
        }
        if (!current.isEmpty()) {
            pages.add(current);
        }
        return pages;
    }

    private static Calibration table(String name, double[] bins, List<Row> rows, Predicate<Row> which) {
        List<Row> some = rows.stream().filter(which).toList();
        return table(name, bins, some.stream().mapToDouble(Row::tessConf).toArray(),
                some.stream().map(Row::tessRight).toList());
    }

    private static Calibration paddleTable(List<Row> rows) {
        return table("paddle", PADDLE_BINS, rows.stream().mapToDouble(Row::paddleConf).toArray(),
                rows.stream().map(Row::paddleRight).toList());
    }

    /** Per-bin share of right words, made non-decreasing by pooling adjacent bins (isotonic regression). */
    private static Calibration table(String name, double[] bins, double[] confs, List<Boolean> right) {
        List<double[]> cells = new ArrayList<>(); // {words, mean conf, right}
        System.out.println(name + ": bin, words, mean conf, right");
        for (int b = 0; b + 1 < bins.length; b++) {
            int n = 0;
            int ok = 0;
            double sum = 0;
            for (int i = 0; i < confs.length; i++) {
                if (confs[i] >= bins[b] && confs[i] < bins[b + 1]) {
                    n++;
                    sum += confs[i];
                    ok += right.get(i) ? 1 : 0;
                }
            }
            if (n > 0) {
                System.out.printf(Locale.ROOT, "  [%.2f, %.2f) %5d %.3f %.3f%n", bins[b], bins[b + 1], n, sum / n,
                        (double) ok / n);
                cells.add(new double[] {n, sum / n, (double) ok / n});
            }
        }
        // pool adjacent violators: blocks of {words, right words, first bin}, merged while out of order
        List<double[]> blocks = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            blocks.add(new double[] {cells.get(i)[0], cells.get(i)[0] * cells.get(i)[2], i});
            while (blocks.size() > 1) {
                double[] last = blocks.get(blocks.size() - 1);
                double[] prev = blocks.get(blocks.size() - 2);
                if (prev[1] / prev[0] <= last[1] / last[0]) {
                    break;
                }
                blocks.remove(blocks.size() - 1);
                prev[0] += last[0];
                prev[1] += last[1];
            }
        }
        double[] share = new double[cells.size()];
        for (int b = 0; b < blocks.size(); b++) {
            int end = b + 1 < blocks.size() ? (int) blocks.get(b + 1)[2] : cells.size();
            for (int i = (int) blocks.get(b)[2]; i < end; i++) {
                share[i] = blocks.get(b)[1] / blocks.get(b)[0];
            }
        }
        double[] conf = new double[share.length];
        StringBuilder confText = new StringBuilder();
        StringBuilder shareText = new StringBuilder();
        for (int i = 0; i < share.length; i++) {
            // rounded as printed, so that the tables pasted into ReReadPolicy are the ones measured here
            conf[i] = Double.parseDouble(fmt(cells.get(i)[1]));
            share[i] = Double.parseDouble(fmt(share[i]));
            confText.append(i == 0 ? "" : ", ").append(fmt(conf[i]));
            shareText.append(i == 0 ? "" : ", ").append(fmt(share[i]));
        }
        System.out.println("  conf    {" + confText + "}");
        System.out.println("  correct {" + shareText + "}");
        return new Calibration(conf, share);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
