package quire.ocr.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import quire.ocr.OcrEngine;
import quire.ocr.auto.OcrEngines;
import quire.ocr.text.PageText;

/**
 * The OCR benchmark (bench/ocr/run.sh runs it; not part of mvn verify). For each Quire engine: render every page
 * with PDFBox (grey, --dpi) and OCR it, two pages at a time like the peer; then score every engine and the peer's
 * text (already in OUT/peer/) against the gold text and print BENCH lines.
 *
 * <pre>OcrBench OUT DPI WORKERS ENGINES(auto,paddle,tesseract) SET=doc.pdf[,doc.pdf...] ...</pre>
 * Each doc.pdf has its gold text next to it as doc.txt. Peer timing: OUT/peer/SET.seconds.
 */
public final class OcrBench {

    private record Doc(String set, Path pdf, Path gold, int pages) {
        String name() {
            return pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
        }
    }

    private record Score(int charErr, int chars, int wordErr, int words) {
        Score plus(Score o) {
            return new Score(charErr + o.charErr, chars + o.chars, wordErr + o.wordErr, words + o.words);
        }

        double cer() {
            return chars == 0 ? 0 : (double) charErr / chars;
        }

        double wer() {
            return words == 0 ? 0 : (double) wordErr / words;
        }
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        float dpi = Float.parseFloat(args[1]);
        int workers = Integer.parseInt(args[2]);
        List<String> engines = List.of(args[3].split(","));
        Map<String, List<Doc>> sets = new LinkedHashMap<>();
        for (int i = 4; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            List<Doc> docs = new ArrayList<>();
            for (String pdf : kv[1].split(",")) {
                Path p = Path.of(pdf);
                try (PDDocument d = Loader.loadPDF(p.toFile())) {
                    docs.add(new Doc(kv[0], p, Path.of(pdf.replaceFirst("\\.pdf$", ".txt")), d.getNumberOfPages()));
                }
            }
            sets.put(kv[0], docs);
        }
        Map<String, Map<String, Double>> seconds = new LinkedHashMap<>();
        Map<String, Map<String, Double>> cpu = new LinkedHashMap<>();
        for (String engine : engines) {
            try (OcrEngine e = OcrEngines.open(OcrEngines.Kind.parse(engine))) {
                warmUp(e);
                // one untimed page of the first set: PDFBox rendering and the engine's Java code are compiled
                // before the clock runs, whichever engine runs first in this JVM
                Doc first = sets.values().iterator().next().get(0);
                readPage(e, first.pdf(), 0, dpi);
                for (var set : sets.entrySet()) {
                    long t0 = System.nanoTime();
                    long c0 = processCpuNanos();
                    run(e, set.getValue(), dpi, workers, out.resolve(engine));
                    double s = (System.nanoTime() - t0) / 1e9;
                    double c = (processCpuNanos() - c0) / 1e9;
                    seconds.computeIfAbsent(engine, k -> new LinkedHashMap<>()).put(set.getKey(), s);
                    cpu.computeIfAbsent(engine, k -> new LinkedHashMap<>()).put(set.getKey(), c);
                    System.err.printf(Locale.ROOT, "%s on %s: %.1f s, %.1f CPU s%n", engine, set.getKey(), s, c);
                }
            }
        }
        for (var set : sets.entrySet()) {
            Score peer = score(set.getValue(), out.resolve("peer"));
            double peerSeconds = Double.parseDouble(
                    Files.readString(out.resolve("peer").resolve(set.getKey() + ".seconds")).strip());
            int pages = set.getValue().stream().mapToInt(Doc::pages).sum();
            Path peerCpu = out.resolve("peer").resolve(set.getKey() + ".cpu");
            for (String engine : engines) {
                Score q = score(set.getValue(), out.resolve(engine));
                String tag = set.getKey() + "-" + engine;
                bench("ocr-cer-" + tag, q.cer(), peer.cer(), "CER");
                bench("ocr-wer-" + tag, q.wer(), peer.wer(), "WER");
                bench("ocr-speed-" + tag, pages / seconds.get(engine).get(set.getKey()), pages / peerSeconds,
                        "pages/s");
                if (Files.exists(peerCpu)) {
                    // lower is better here: the speed lines' ratio is about peer/quire of these
                    bench("ocr-cpu-" + tag, cpu.get(engine).get(set.getKey()) / pages,
                            Double.parseDouble(Files.readString(peerCpu).strip()) / pages, "cpu-s/page");
                }
            }
        }
    }

    /** CPU time of the whole JVM (page workers, JIT, GC), as the peer's is of all its processes. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void bench(String name, double quire, double peer, String unit) {
        System.out.printf(Locale.ROOT, "BENCH %s: quire=%.4f peer=%.4f ratio=%.3f %s%n", name, quire, peer,
                peer == 0 ? Double.NaN : quire / peer, unit);
    }

    private static Score score(List<Doc> docs, Path dir) throws IOException {
        Score total = new Score(0, 0, 0, 0);
        for (Doc d : docs) {
            String gold = Files.readString(d.gold(), StandardCharsets.UTF_8);
            Path hypFile = dir.resolve(d.name() + ".txt");
            String hyp = Files.exists(hypFile) ? Files.readString(hypFile, StandardCharsets.UTF_8) : "";
            total = total.plus(new Score(TextMetrics.charErrors(hyp, gold), TextMetrics.charCount(gold),
                    TextMetrics.wordErrors(hyp, gold), TextMetrics.wordCount(gold)));
        }
        return total;
    }

    private static void run(OcrEngine engine, List<Doc> docs, float dpi, int workers, Path dir) throws Exception {
        Files.createDirectories(dir);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            Map<Doc, List<Future<String>>> pending = new LinkedHashMap<>();
            for (Doc d : docs) {
                List<Future<String>> pages = new ArrayList<>();
                for (int p = 0; p < d.pages(); p++) {
                    int index = p;
                    pages.add(pool.submit(() -> readPage(engine, d.pdf(), index, dpi)));
                }
                pending.put(d, pages);
            }
            for (var e : pending.entrySet()) {
                StringBuilder text = new StringBuilder();
                for (Future<String> f : e.getValue()) {
                    text.append(f.get());
                }
                Files.writeString(dir.resolve(e.getKey().name() + ".txt"), text.toString(), StandardCharsets.UTF_8);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String readPage(OcrEngine engine, Path pdf, int index, float dpi) throws Exception {
        BufferedImage image;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            image = new PDFRenderer(d).renderImageWithDPI(index, dpi, ImageType.GRAY);
        }
        PageText text = engine.read(image, index + 1, 72.0 / dpi);
        return text.plainText();
    }

    private static void warmUp(OcrEngine engine) throws Exception {
        BufferedImage img = new BufferedImage(400, 100, BufferedImage.TYPE_BYTE_GRAY);
        var g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 100);
        g.setColor(java.awt.Color.BLACK);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 30));
        g.drawString("warm up 123", 20, 60);
        g.dispose();
        engine.read(img, 1, 1.0);
    }
}
