package quire.models.mllm;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.RunOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.models.ModelException;
import quire.models.mllm.GenerationResult.Stop;
import quire.models.mllm.GenerationResult.Timings;
import quire.models.mllm.image.Idefics3ImageProcessor;
import quire.models.mllm.image.ProcessedImage;
import quire.models.mllm.image.RgbImage;
import quire.models.mllm.prompt.ImagePrompt;
import quire.models.mllm.prompt.PromptTokenizer;

/**
 * A loaded Idefics3-family model (SmolVLM, granite-docling): processor, tokenizer and the three ONNX graphs.
 * {@link #generate} is synchronous and may be called from one thread at a time. The sessions belong to the
 * {@link quire.models.onnx.OnnxSessionFactory} that opened them and close with it.
 */
public final class Idefics3Runtime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Idefics3Runtime.class);

    private final ModelFolder folder;
    private final Idefics3Graphs graphs;
    private final PromptTokenizer tokenizer;
    private final Idefics3ImageProcessor processor;

    private Idefics3Runtime(ModelFolder folder, Idefics3Graphs graphs, PromptTokenizer tokenizer) {
        this.folder = folder;
        this.graphs = graphs;
        this.tokenizer = tokenizer;
        this.processor = new Idefics3ImageProcessor(folder.config().image());
    }

    /** Opens and validates all three graphs and the tokenizer now. */
    public static Idefics3Runtime open(ModelFolder folder, quire.models.onnx.OnnxSessionFactory factory)
            throws ModelException {
        if (!folder.precision().cpuFriendly()
                && factory.settings().provider() == quire.models.onnx.ExecutionProvider.CPU) {
            throw new ModelException(folder.precision() + " graphs need a GPU provider (ONNX Runtime's CPU kernels for"
                    + " fp16 are slow or missing); use q8, q4 or fp32 on CPU");
        }
        PromptTokenizer tok;
        try {
            tok = PromptTokenizer.load(folder.tokenizer());
        } catch (IOException | RuntimeException e) {
            throw new ModelException("cannot load " + folder.tokenizer() + " (corrupt? re-download the model)", e);
        }
        try {
            Idefics3Graphs graphs = new Idefics3Graphs(folder, factory);
            long imageId = tok.tokenId(quire.models.mllm.prompt.ChatTemplate.IMAGE);
            if (imageId != folder.config().imageTokenId()) {
                throw new ModelException("tokenizer's <image> id " + imageId + " differs from config.json's "
                        + folder.config().imageTokenId() + " in " + folder.dir() + "; the folder mixes two models");
            }
            return new Idefics3Runtime(folder, graphs, tok);
        } catch (ModelException | RuntimeException e) {
            tok.close();
            throw e;
        }
    }

    public ModelFolder folder() {
        return folder;
    }

    public PromptTokenizer tokenizer() {
        return tokenizer;
    }

    public Idefics3ImageProcessor processor() {
        return processor;
    }

    public ProcessedImage preprocess(RgbImage image) {
        return processor.process(image);
    }

    /** The prompt string (image placeholders expanded for the given features) and its ids. */
    public record Prompt(String text, long[] ids) { }

    public Prompt prompt(MllmRequest request, List<ImageFeatures> features) {
        String rendered = folder.template().render(request.content());
        List<String> expansions = new ArrayList<>();
        for (ImageFeatures f : features) {
            expansions.add(ImagePrompt.expand(f.rows(), f.cols(), f.tokensPerTile()));
        }
        String text = ImagePrompt.substitute(rendered, expansions);
        return new Prompt(text, tokenizer.encode(text));
    }

    /** Runs the vision encoder on one image: {@code [tiles·64, hidden]} features, tiles then global. */
    public ImageFeatures encode(ProcessedImage image, Cancellation cancel) throws ModelException, InterruptedException {
        RunOptions ro = null;
        try (OnnxTensor pv = graphs.pixels(image); OnnxTensor pm = graphs.pixelMask(image)) {
            ro = cancel.begin();
            try (OrtSession.Result r = graphs.vision.run(
                    Map.of(Idefics3Graphs.PIXEL_VALUES, pv, Idefics3Graphs.PIXEL_MASK, pm),
                    Set.of(graphs.featuresOutput), ro)) {
                OnnxTensor t = (OnnxTensor) r.get(0);
                long[] shape = t.getInfo().getShape();
                int hidden = (int) shape[shape.length - 1];
                int rows = (int) (t.getInfo().getNumElements() / hidden);
                if (rows % image.tiles() != 0) {
                    throw new ModelException("vision encoder returned " + rows + " feature rows for " + image.tiles()
                            + " tiles; the export does not match the processor");
                }
                float[] data = GenerationLoop.floats(t, 0, rows * hidden);
                int[] perTile = ImagePrompt.uniform(image.rows(), image.cols(), rows / image.tiles());
                return new ImageFeatures(data, perTile, hidden, image.rows(), image.cols());
            }
        } catch (OrtException e) {
            if (cancel.isCancelled()) {
                throw new InterruptedException("cancelled during the vision encoder");
            }
            throw new ModelException("the vision encoder failed: " + e.getMessage(), e);
        } finally {
            if (ro != null) {
                cancel.end(ro);
            }
        }
    }

    /**
     * Answers one request, streaming tokens to {@code listener}. Cancelled generations return what they had with
     * {@link Stop#CANCELLED}.
     */
    public GenerationResult generate(MllmRequest request, TokenListener listener, Cancellation cancel)
            throws ModelException {
        try (AutoCloseable watch = cancel.watch(Thread.currentThread())) {
            return doGenerate(request, listener, cancel);
        } catch (ModelException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GenerationResult(new long[0], "", Stop.CANCELLED, new long[0], new Timings(0, 0, 0, 0), Double.NaN, 0);
        } catch (Exception e) {
            throw new ModelException("generation failed: " + e.getMessage(), e);
        }
    }

    private GenerationResult doGenerate(MllmRequest request, TokenListener listener, Cancellation cancel)
            throws ModelException, InterruptedException, OrtException {
        long t0 = System.nanoTime();
        List<ImageFeatures> features = new ArrayList<>();
        for (ProcessedImage img : request.images()) {
            features.add(request.transform().apply(encode(img, cancel)));
        }
        double visionMs = (System.nanoTime() - t0) / 1e6;
        Prompt prompt = prompt(request, features);
        long[] ids = prompt.ids();
        GenerationOptions opt = request.options();
        int maxNew = Math.min(opt.maxNewTokens(), GenerationOptions.MAX_CONTEXT - ids.length);
        if (maxNew < 1) {
            throw new ModelException("the prompt has " + ids.length + " tokens, over the model's "
                    + GenerationOptions.MAX_CONTEXT + "-token context");
        }
        long tPrefill = System.nanoTime();
        float[] embeds = promptEmbeddings(ids, features);
        double embedMs = (System.nanoTime() - tPrefill) / 1e6;

        Sampler sampler = new Sampler(opt, folder.config().vocabSize());
        for (long id : ids) {
            sampler.observe(id);
        }
        Set<Long> stops = new HashSet<>(folder.config().stopIds());
        stops.addAll(opt.extraStopIds());
        StreamingDecoder stream = new StreamingDecoder(tokenizer, !request.keepSpecialTokens(), listener);
        GenerationLoop.Outcome o = new GenerationLoop(graphs, cancel).run(embeds, ids.length, sampler, maxNew, id -> {
            if (stops.contains(id)) {
                return false;
            }
            stream.add(id);
            return true;
        });
        long[] out = o.ids().stream().mapToLong(Long::longValue).toArray();
        long[] answer = o.stop() == Stop.END_OF_SEQUENCE ? java.util.Arrays.copyOf(out, out.length - 1) : out;
        String text = tokenizer.decode(answer, !request.keepSpecialTokens());
        Timings timings = new Timings(visionMs, embedMs + o.prefillMs(), o.decodeMs(), Math.max(0, out.length - 1));
        LOG.debug("generated {} tokens ({}), vision {} ms, prefill {} ms, decode {} tok/s", out.length, o.stop(),
                Math.round(visionMs), Math.round(timings.prefillMs()), timings.decodeTokensPerSecond());
        return new GenerationResult(out, text, o.stop(), ids, timings, o.minMargin(), Math.exp(o.meanLogProb()));
    }

    /** Embeds the prompt and writes image features over the {@code <image>} rows, in order. */
    private float[] promptEmbeddings(long[] ids, List<ImageFeatures> features) throws OrtException, ModelException {
        int hidden = graphs.hidden;
        float[] embeds;
        try (OnnxTensor t = graphs.longs(ids, 1, ids.length);
             OrtSession.Result r = graphs.embed.run(Map.of(Idefics3Graphs.INPUT_IDS, t))) {
            embeds = GenerationLoop.floats((OnnxTensor) r.get(0), 0, ids.length * hidden);
        }
        int needed = features.stream().mapToInt(ImageFeatures::tokens).sum();
        long imageId = folder.config().imageTokenId();
        int found = 0;
        for (long id : ids) {
            if (id == imageId) {
                found++;
            }
        }
        if (found != needed) {
            throw new ModelException("prompt has " + found + " <image> tokens but the images gave " + needed
                    + " feature rows (wrong rows/cols or image_seq_len?)");
        }
        int f = 0;
        int row = 0;
        for (int i = 0; i < ids.length && f < features.size(); i++) {
            if (ids[i] != imageId) {
                continue;
            }
            ImageFeatures feat = features.get(f);
            if (feat.hidden() != hidden) {
                throw new ModelException("image features have " + feat.hidden() + " dims, the decoder " + hidden);
            }
            System.arraycopy(feat.data(), row * hidden, embeds, i * hidden, hidden);
            if (++row == feat.tokens()) {
                f++;
                row = 0;
            }
        }
        return embeds;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
