package quire.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
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
import quire.pipeline.route.PageRouter;
import quire.pipeline.route.PlanExperts;
import quire.pipeline.route.PlanOptions;
import quire.pipeline.route.PlanRequests;
import quire.pipeline.route.PromptPlan;

/**
 * The {@code --model} path of {@code quire ask}: the multimodal model looks at one image (or page 1 of a PDF) and
 * its answer streams to stdout.
 */
final class MllmAnswer {

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
            MllmRequest request = plan == null
                    ? MllmRequest.ask(runtime.preprocess(RgbImage.of(firstPage(file))), question,
                            GenerationOptions.greedy(maxTokens))
                    : plannedRequest(runtime, file, question, maxTokens, plan);
            TokenListener stream = json ? TokenListener.NONE : (id, text) -> {
                out.print(text);
                out.flush();
            };
            GenerationResult r = runtime.generate(request, stream, cancel);
            if (r.stop() == GenerationResult.Stop.CANCELLED) {
                throw new InterruptedException("cancelled");
            }
            double answerMs = (System.nanoTime() - t0) / 1e6;
            if (json) {
                out.println(toJson(question, file, dir, r, answerMs));
            } else {
                out.println();
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

    /** Page 1 as the router plans it: text parts as text, visual regions as slicer tiles, merging as a transform. */
    private static MllmRequest plannedRequest(Idefics3Runtime runtime, Path file, String question, int maxTokens,
            PlanOptions options) throws DocumentException, ModelException, OcrException {
        try (Document doc = Documents.open(file)) {
            PageRouter router = new PageRouter(options);
            PromptPlan plan = PromptPlan.of(router.plan(doc, 1), options, router);
            try (OcrEngine ocr = OcrEngines.open(OcrEngines.Kind.AUTO)) {
                plan = PlanExperts.fill(plan, doc, ocr);
            }
            BufferedImage page = doc.render(1, RenderOptions.rgb(options.dpi()).withDownscale(true));
            double scale = page.getWidth() / doc.geometry(1).width();
            return PlanRequests.build(plan, page, scale, question, runtime.processor(),
                    GenerationOptions.greedy(maxTokens));
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

    private static Precision parsePrecision(String s) throws UsageException {
        try {
            return Precision.parse(s);
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown --precision " + s + "; use fp32, q8 or q4");
        }
    }

    /** The image (EXIF orientation applied) or page 1 of a PDF rendered with its longest edge near 2048 px. */
    static BufferedImage firstPage(Path file) throws DocumentException {
        try (Document doc = Documents.open(file)) {
            if (doc.format().equals("pdf")) {
                PageGeometry g = doc.geometry(1);
                float dpi = (float) Math.min(300, 72.0 * 2048 / Math.max(g.width(), g.height()));
                return doc.render(1, RenderOptions.rgb(dpi).withDownscale(true));
            }
            return doc.render(1, RenderOptions.rgb(72).withDownscale(true));
        }
    }

    private static String toJson(String question, Path file, Path dir, GenerationResult r, double answerMs) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        String answer = r.text().strip();
        root.put("question", question);
        root.put("found", !answer.isEmpty());
        root.put("answer", answer);
        root.put("engine", "mllm:" + dir.getFileName());
        root.put("confidence", Math.round(r.confidence() * 1000) / 1000.0);
        root.putArray("evidence");
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
