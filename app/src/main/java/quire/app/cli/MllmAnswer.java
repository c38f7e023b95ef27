package quire.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import quire.models.ModelException;
import quire.models.mllm.Cancellation;
import quire.models.mllm.GenerationOptions;
import quire.models.mllm.GenerationResult;
import quire.models.mllm.Idefics3Runtime;
import quire.models.mllm.MllmRequest;
import quire.models.mllm.ModelFolder;
import quire.models.store.InstalledModel;
import quire.models.store.ModelStore;
import quire.models.mllm.Precision;
import quire.models.mllm.TokenListener;
import quire.models.mllm.image.RgbImage;
import quire.models.onnx.OnnxSessionFactory;
import quire.models.onnx.SessionSettings;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.Documents;
import quire.pipeline.document.PageGeometry;
import quire.pipeline.document.RenderOptions;
import quire.ocr.OcrEngine;
import quire.ocr.OcrException;
import quire.ocr.auto.OcrEngines;
import quire.pipeline.ask.AskJob;
import quire.pipeline.ask.AskOptions;
import quire.pipeline.ask.Corpus;
import quire.pipeline.ask.Evidence;
import quire.pipeline.ask.EvidenceLocator;
import quire.pipeline.ask.index.Hit;
import quire.pipeline.ask.index.IndexStore;
import quire.pipeline.chart.engine.ChartToTable;
import quire.pipeline.chart.engine.RasterChartEngine;
import quire.pipeline.chart.engine.TesseractChartOcr;
import quire.pipeline.route.PageRouter;
import quire.pipeline.route.TextBlocks;
import quire.pipeline.route.PlanExperts;
import quire.pipeline.route.PlanOptions;
import quire.pipeline.route.PlanRequests;
import quire.pipeline.route.PromptPlan;

/**
 * The {@code --model} path of {@code quire ask}: the multimodal model looks at one image, or at the page of a PDF
 * that keyword retrieval ranks first, as the router plans it (or whole with {@code --no-router}); its answer streams
 * to stdout. Evidence = the prompt's passages whose words support the answer ({@link EvidenceLocator}), as word
 * boxes on the page; an answer nothing supports gets none.
 */
final class MllmAnswer {

    private static final int MAX_EVIDENCE_PASSAGES = 3;

    private MllmAnswer() {
    }

    /** Streams (or with {@code json} prints) the model's answer about {@code file} to {@code out}. */
    static int run(PrintWriter out, Path file, String question, String model, String precision, int maxTokens,
            boolean json, PlanOptions plan) throws Exception {
        Precision p = precision == null ? null : parsePrecision(precision);
        InstalledModel installed = installed(model, p);
        Path dir = installed.dir();
        if (p == null) {
            p = Precision.parse(installed.precision().id());
        }
        Cancellation cancel = new Cancellation();
        Thread hook = new Thread(cancel::cancel, "quire-ask-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        long t0 = System.nanoTime();
        try (OnnxSessionFactory factory = new OnnxSessionFactory(SessionSettings.fromSystemProperties());
             Idefics3Runtime runtime = Idefics3Runtime.open(ModelFolder.open(dir, p), factory)) {
            int page = pageFor(file, question);
            Prepared prepared = plan == null ? wholePage(runtime, file, page, question, maxTokens)
                    : plannedPage(runtime, file, page, question, maxTokens, plan);
            TokenListener stream = json ? TokenListener.NONE : (id, text) -> {
                out.print(text);
                out.flush();
            };
            GenerationResult r = runtime.generate(prepared.request(), stream, cancel);
            if (r.stop() == GenerationResult.Stop.CANCELLED) {
                throw new InterruptedException("cancelled");
            }
            // evidence: the prompt's passages whose words support the answer; none when nothing does
            List<Evidence> evidence = EvidenceLocator.locate(r.text(), prepared.passages(), MAX_EVIDENCE_PASSAGES);
            double answerMs = (System.nanoTime() - t0) / 1e6;
            if (json) {
                out.println(toJson(question, file, dir, r, evidence, answerMs));
            } else {
                out.println();
                PrintWriter err = new PrintWriter(System.err, true);
                for (Evidence e : evidence) {
                    double[] b = e.bbox().toArray();
                    err.printf(Locale.ROOT, "  evidence: %s page %d [%.1f, %.1f, %.1f, %.1f] %s%n", e.file(), e.page(),
                            b[0], b[1], b[2], b[3], e.text());
                }
            }
            out.flush();
            return ExitCode.OK;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: nothing to remove
            }
        }
    }

    /** The request and the passages (text with word boxes) it gave the model. */
    private record Prepared(MllmRequest request, List<EvidenceLocator.Passage> passages) {
    }

    /**
     * The page to look at: for a PDF of several pages, the page of the best keyword-retrieved passage (the ask
     * index, cached by content hash); else page 1.
     */
    static int pageFor(Path file, String question) throws Exception {
        try (Document doc = Documents.open(file)) {
            if (!doc.format().equals("pdf") || doc.pageCount() == 1) {
                return 1;
            }
        }
        try (AskJob job = new AskJob(AskOptions.defaults().withDense(false));
             Corpus corpus = job.open(List.of(file), IndexStore.Progress.NONE)) {
            List<Hit> hits = corpus.retriever().search(question, 1);
            return hits.isEmpty() ? 1 : hits.get(0).block().page();
        }
    }

    /** The whole page through default processing; its text-layer blocks are the passages evidence may come from. */
    private static Prepared wholePage(Idefics3Runtime runtime, Path file, int page, String question, int maxTokens)
            throws DocumentException {
        List<EvidenceLocator.Passage> passages = new ArrayList<>();
        try (Document doc = Documents.open(file)) {
            if (doc.format().equals("pdf")) {
                for (TextBlocks.Block b : TextBlocks.group(doc.textLayer(page).lines())) {
                    passages.add(new EvidenceLocator.Passage(file, page, b.lines()));
                }
            }
        }
        MllmRequest request = MllmRequest.ask(runtime.preprocess(RgbImage.of(page(file, page))), question,
                GenerationOptions.greedy(maxTokens));
        return new Prepared(request, passages);
    }

    /** The page as the router plans it: text parts as text, visual regions as slicer tiles, merging as a transform. */
    private static Prepared plannedPage(Idefics3Runtime runtime, Path file, int pageNo, String question,
            int maxTokens, PlanOptions options) throws DocumentException, ModelException, OcrException {
        try (Document doc = Documents.open(file)) {
            PageRouter router = new PageRouter(options);
            PromptPlan plan = PromptPlan.of(router.plan(doc, pageNo), options, router);
            // the same OCR as the ask index (decision 0007)
            try (OcrEngine ocr = OcrEngines.openForQuestions()) {
                plan = PlanExperts.fill(plan, doc, ocr, new ChartToTable(new RasterChartEngine(new TesseractChartOcr())));
            }
            BufferedImage page = doc.render(pageNo, RenderOptions.rgb(options.dpi()).withDownscale(true));
            double scale = page.getWidth() / doc.geometry(pageNo).width();
            MllmRequest request = PlanRequests.build(plan, page, scale, question, runtime.processor(),
                    GenerationOptions.greedy(maxTokens));
            List<EvidenceLocator.Passage> passages = plan.texts().stream()
                    .map(t -> new EvidenceLocator.Passage(file, pageNo, t.lines())).toList();
            return new Prepared(request, passages);
        }
    }

    /** A catalog id from the model store (in the asked precision, if any) or a model folder. */
    static InstalledModel installed(String idOrDir, Precision asked) throws ModelException {
        ModelStore store = ModelsCommand.store();
        if (asked != null && store.catalog().find(idOrDir).isPresent()) {
            quire.models.catalog.Precision cp = java.util.Arrays.stream(quire.models.catalog.Precision.values())
                    .filter(c -> c.name().equals(asked.name())).findFirst()
                    .orElseThrow(() -> new ModelException("the model store has no " + asked + " variant of " + idOrDir
                            + "; use fp32, q8, q4, fp16 or q4f16"));
            return store.find(idOrDir, cp).orElseThrow(() -> new ModelException("model " + idOrDir + " is not "
                    + "installed in " + asked.name().toLowerCase(Locale.ROOT) + "; run: quire models pull " + idOrDir));
        }
        return store.require(idOrDir);
    }

    static Precision parsePrecision(String s) throws UsageException {
        try {
            return Precision.parse(s);
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown --precision " + s + "; use fp32, q8 or q4");
        }
    }

    /** The image (EXIF orientation applied) or page 1 of a PDF rendered with its longest edge near 2048 px. */
    static BufferedImage firstPage(Path file) throws DocumentException {
        return page(file, 1);
    }

    /** The image, or page {@code n} of a PDF rendered with its longest edge near 2048 px. */
    static BufferedImage page(Path file, int n) throws DocumentException {
        try (Document doc = Documents.open(file)) {
            if (doc.format().equals("pdf")) {
                PageGeometry g = doc.geometry(n);
                float dpi = (float) Math.min(300, 72.0 * 2048 / Math.max(g.width(), g.height()));
                return doc.render(n, RenderOptions.rgb(dpi).withDownscale(true));
            }
            return doc.render(1, RenderOptions.rgb(72).withDownscale(true));
        }
    }

    private static String toJson(String question, Path file, Path dir, GenerationResult r, List<Evidence> evidence,
            double answerMs) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        String answer = r.text().strip();
        root.put("question", question);
        root.put("found", !answer.isEmpty());
        root.put("answer", answer);
        root.put("engine", "mllm:" + dir.getFileName());
        root.put("confidence", Math.round(r.confidence() * 1000) / 1000.0);
        ArrayNode ev = root.putArray("evidence");
        for (Evidence e : evidence) {
            ObjectNode item = ev.addObject();
            item.put("file", e.file().toString());
            item.put("page", e.page());
            ArrayNode box = item.putArray("bbox");
            for (double v : e.bbox().toArray()) {
                box.add(v);
            }
            item.put("text", e.text());
        }
        root.put("file", file.toString());
        ObjectNode t = root.putObject("timings");
        t.put("index_ms", 0);
        t.put("answer_ms", Math.round(answerMs));
        t.put("vision_ms", Math.round(r.timings().visionMs()));
        t.put("prefill_ms", Math.round(r.timings().prefillMs()));
        t.put("decode_tokens_per_s", Double.parseDouble(String.format(Locale.ROOT, "%.2f",
                r.timings().decodeTokensPerSecond())));
        t.put("prompt_tokens", r.promptTokens());
        t.put("answer_tokens", r.tokens().length);
        return root.toString();
    }
}
