package quire.pipeline.ask.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import quire.models.embed.BgeEmbedder;
import quire.models.onnx.OnnxSessionFactory;
import quire.models.onnx.SessionSettings;
import quire.pipeline.ask.AskJob;
import quire.pipeline.ask.AskOptions;
import quire.pipeline.ask.Corpus;
import quire.pipeline.ask.index.DocumentIndex;
import quire.pipeline.ask.index.IndexStore;
import quire.pipeline.ask.text.PageOcr;
import quire.pipeline.ask.text.PdfBoxTextLayer;

/**
 * Speed: lexical indexing pages/s of a born-digital 1,000-page PDF (peer: poppler's pdftotext on the same file,
 * text extraction alone), its peak heap, dense embedding pages/s (60 pages), and warm question latency in-process.
 * Args: BIG_PDF SMALL_PDF CACHE_DIR.
 */
public final class SpeedBench {

    private static final String[] QUESTIONS = {
        "What was the revenue for fiscal 2023?", "Who is the Chief Executive Officer?", "How many trees were planted?",
        "When did the new tram line open?", "What was the response rate in the treatment group?",
        "How many people did the group employ?", "What is the recycling rate in the North district?",
        "Who was the principal investigator?", "What dividend per share does the board propose?",
        "How many public schools are there?", "What was the operating margin?", "Where is the company headquartered?",
    };

    public static void main(String[] args) throws Exception {
        Path big = Path.of(args[0]);
        Path small = Path.of(args[1]);
        Path cache = Path.of(args[2]);
        int bigPages;
        try (var p = PdfBoxTextLayer.open(big, PageOcr.NONE)) {
            bigPages = p.pageCount();
        }
        // the peer: pdftotext alone, no index
        long t0 = System.nanoTime();
        Process pdftotext = new ProcessBuilder("pdftotext", big.toString(), "-").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        pdftotext.waitFor();
        double peerPps = bigPages / ((System.nanoTime() - t0) / 1e9);

        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(mem.getHeapMemoryUsage().getUsed());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        AskOptions lexical = AskOptions.defaults().withCacheDir(cache).withDense(false);
        try (AskJob job = new AskJob(lexical); Corpus corpus = job.open(List.of(big), IndexStore.Progress.NONE)) {
            sampler.interrupt();
            double pps = bigPages / (corpus.indexMs() / 1000.0);
            line("ask-lexical-index-speed", pps, peerPps, "pages/s (" + bigPages + " born-digital pages; peer:"
                    + " pdftotext extraction only)");
            line("ask-index-peak-heap-" + bigPages + "p", peak.get() / 1048576.0, Double.NaN,
                    "MiB (max heap " + Runtime.getRuntime().maxMemory() / 1048576 + " MiB)");
            double[] ms = latencies(job, corpus);
            line("ask-warm-question-latency-p50-" + bigPages + "p-lexical", ms[ms.length / 2], Double.NaN, "ms");
            line("ask-warm-question-latency-p95-" + bigPages + "p-lexical", ms[(int) (ms.length * 0.95)], Double.NaN,
                    "ms");
        }

        // dense: lexical index first, then time the embedding pass alone (the model is loaded beforehand)
        IndexStore store = new IndexStore(cache);
        try (OnnxSessionFactory factory = new OnnxSessionFactory(SessionSettings.fromSystemProperties());
             BgeEmbedder embedder = BgeEmbedder.bundled(factory)) {
            embedder.embed(List.of("warm up the session"));
            DocumentIndex idx = store.openOrBuild(small, "text-layer", PdfBoxTextLayer.opener(PageOcr.NONE), IndexStore.Progress.NONE);
            long d0 = System.nanoTime();
            idx = store.fillDense(idx, embedder);
            double secs = (System.nanoTime() - d0) / 1e9;
            line("ask-dense-index-speed", idx.meta().pages() / secs, Double.NaN, "pages/s (" + idx.meta().blocks()
                    + " blocks on " + idx.meta().pages() + " pages, bge-small int8, CPU)");
            idx.close();
        }
        try (AskJob job = new AskJob(AskOptions.defaults().withCacheDir(cache));
             Corpus corpus = job.open(List.of(small), IndexStore.Progress.NONE)) {
            double[] ms = latencies(job, corpus);
            line("ask-warm-question-latency-p50-hybrid", ms[ms.length / 2], Double.NaN, "ms");
            line("ask-warm-question-latency-p95-hybrid", ms[(int) (ms.length * 0.95)], Double.NaN, "ms");
        }
        firstAnswer(small, cache);
    }

    /**
     * Milliseconds from opening a not yet indexed document to its first answer: embeddings made in the background
     * (the viewer's setting) against embeddings made first (the CLI's, for documents of up to 3,000 blocks).
     */
    static void firstAnswer(Path small, Path cache) throws Exception {
        double[] ms = new double[2];
        for (int i = 0; i < 2; i++) {
            AskOptions o = AskOptions.defaults().withCacheDir(cache.resolve("first-" + i))
                    .withDenseWaitBlocks(i == 0 ? 0 : 3000);
            try (AskJob job = new AskJob(o)) {
                long t = System.nanoTime();
                try (Corpus corpus = job.open(List.of(small), IndexStore.Progress.NONE)) {
                    job.ask(corpus, QUESTIONS[0]);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                    job.awaitDense();
                }
            }
        }
        line("ask-first-answer-ms-60p-background-dense", ms[0], ms[1], "ms (peer: embeddings made before answering)");
    }

    private static double[] latencies(AskJob job, Corpus corpus) throws Exception {
        for (int i = 0; i < 3; i++) {
            job.ask(corpus, QUESTIONS[i]);
        }
        List<Double> ms = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (String q : QUESTIONS) {
                long t = System.nanoTime();
                job.ask(corpus, q);
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        double[] a = ms.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }

    private static void line(String name, double quire, double peer, String unit) {
        if (Double.isNaN(peer)) {
            System.out.printf(Locale.ROOT, "BENCH %s: quire=%.1f peer=- ratio=- %s%n", name, quire, unit);
        } else {
            System.out.printf(Locale.ROOT, "BENCH %s: quire=%.1f peer=%.1f ratio=%.2f %s%n", name, quire, peer,
                    quire / peer, unit);
        }
    }
}
