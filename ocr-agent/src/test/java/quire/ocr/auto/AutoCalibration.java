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
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import quire.ocr.PageImages;
import quire.ocr.geom.Quad;
import quire.ocr.paddle.LineReading;
import quire.ocr.paddle.LineSampler;
import quire.ocr.paddle.PaddleEngine;
import quire.ocr.paddle.PaddleModels;
import quire.ocr.tesseract.TesseractEngine;
import quire.ocr.tesseract.TesseractEngine.UprightPage;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;

/**
 * Measures what {@link ReReadPolicy}'s calibrations hold (not run by mvn verify): on a generated degraded-scan set
 * that is NOT the benchmark's ({@code bench/ocr/make_data.py 7 bench/out/ocr-calib}), every word Tesseract reads is
 * also read by PP-OCR's recogniser on the auto engine's crop; a reading counts as right when each of its tokens is a
 * word of that page's gold text. Prints, per confidence bin, how often each engine was right, as the tables
 * {@code ReReadPolicy.defaults()} uses, and writes every word to OUT/words.tsv.
 *
 * <pre>AutoCalibration DIR_WITH_PDFS_AND_GOLD OUT [DPI=200]</pre>
 */
public final class AutoCalibration {

    private static final double[] TESS_BINS = {0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.96, 1.0001};
    private static final double[] PADDLE_BINS = {0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 1.0001};

    private record Row(String tess, double tessConf, boolean tessRight, String paddle, double paddleConf,
                       boolean paddleRight) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        float dpi = args.length > 2 ? Float.parseFloat(args[2]) : 200;
        Files.createDirectories(out);
        List<Row> rows = new ArrayList<>();
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(dir)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        try (TesseractEngine tess = TesseractEngine.open();
             PaddleEngine paddle = PaddleEngine.openLoaded(PaddleModels.require())) {
            for (Path pdf : pdfs) {
                List<Set<String>> gold = goldPages(Path.of(pdf.toString().replaceFirst("\\.pdf$", ".txt")));
                try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                    for (int p = 0; p < d.getNumberOfPages(); p++) {
                        BufferedImage img = new PDFRenderer(d).renderImageWithDPI(p, dpi, ImageType.GRAY);
                        rows.addAll(page(tess, paddle, img, dpi, gold.get(p)));
                    }
                }
            }
        }
        List<String> tsv = new ArrayList<>();
        for (Row r : rows) {
            tsv.add(String.join("\t", r.tess, fmt(r.tessConf), String.valueOf(r.tessRight), r.paddle,
                    fmt(r.paddleConf), String.valueOf(r.paddleRight)));
        }
        Files.write(out.resolve("words.tsv"), tsv, StandardCharsets.UTF_8);
        System.out.println("words: " + rows.size());
        table("tesseract", TESS_BINS, rows, true);
        table("paddle", PADDLE_BINS, rows, false);
    }

    private static List<Row> page(TesseractEngine tess, PaddleEngine paddle, BufferedImage img, float dpi,
                                  Set<String> gold) throws Exception {
        UprightPage read = tess.readUpright(img, Math.round(dpi));
        List<Word> words = new ArrayList<>();
        List<Quad> crops = new ArrayList<>();
        for (List<Word> line : read.lines()) {
            for (int i = 0; i < line.size(); i++) {
                BBox b = AutoEngine.cropBox(line, i, read.upright().getWidth(), read.upright().getHeight());
                if (b != null) {
                    words.add(line.get(i));
                    crops.add(new Quad(b.x0(), b.y0(), b.x1(), b.y0(), b.x1(), b.y1(), b.x0(), b.y1()));
                }
            }
        }
        LineSampler sampler = new LineSampler(PageImages.rgb(read.upright()), read.upright().getWidth(),
                read.upright().getHeight());
        List<LineReading> readings = paddle.readUprightLines(sampler, crops, AutoEngine.WORD_MIN_WIDTH);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            LineReading r = readings.get(i);
            rows.add(new Row(w.text(), w.conf(), right(w.text(), gold), r.text().strip(), r.conf(),
                    right(r.text(), gold)));
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

    /** Per-bin share of right words, made non-decreasing by pooling adjacent bins (isotonic regression). */
    private static void table(String name, double[] bins, List<Row> rows, boolean tess) {
        List<double[]> cells = new ArrayList<>(); // {words, mean conf, right}
        System.out.println(name + ": bin, words, mean conf, right");
        for (int b = 0; b + 1 < bins.length; b++) {
            int n = 0;
            int ok = 0;
            double sum = 0;
            for (Row r : rows) {
                double c = tess ? r.tessConf : r.paddleConf;
                if (c >= bins[b] && c < bins[b + 1]) {
                    n++;
                    sum += c;
                    ok += (tess ? r.tessRight : r.paddleRight) ? 1 : 0;
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
        double[] right = new double[cells.size()];
        for (int b = 0; b < blocks.size(); b++) {
            int end = b + 1 < blocks.size() ? (int) blocks.get(b + 1)[2] : cells.size();
            for (int i = (int) blocks.get(b)[2]; i < end; i++) {
                right[i] = blocks.get(b)[1] / blocks.get(b)[0];
            }
        }
        StringBuilder conf = new StringBuilder();
        StringBuilder correct = new StringBuilder();
        for (int i = 0; i < right.length; i++) {
            conf.append(i == 0 ? "" : ", ").append(fmt(cells.get(i)[1]));
            correct.append(i == 0 ? "" : ", ").append(fmt(right[i]));
        }
        System.out.println("  conf    {" + conf + "}");
        System.out.println("  correct {" + correct + "}");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
